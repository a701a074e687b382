// Builds the stylesheet and browser scripts into content-hashed files and tells templates their URLs.
import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { UserConfig } from "@11ty/eleventy";
import { build } from "esbuild";
import { settingsOf } from "../settings.ts";
import { changedUnder, trackChanges } from "./changes.ts";

const sourceRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const stylesDir = path.join(sourceRoot, "styles");
const browserDir = path.join(sourceRoot, "browser");

/** URLs (root-relative, before the path prefix) of every built asset, by name. */
export type AssetUrls = Record<string, string>;

/** Provides `assets` to templates: each stylesheet and browser script under a URL that changes when its content does. */
export default function assetsPlugin(eleventyConfig: UserConfig): void {
  const settings = settingsOf(eleventyConfig);
  const urls: AssetUrls = {};
  eleventyConfig.addGlobalData("assets", () => urls);
  eleventyConfig.addWatchTarget(stylesDir);
  eleventyConfig.addWatchTarget(browserDir);
  const changes = trackChanges(eleventyConfig);
  eleventyConfig.on("eleventy.before", async () => {
    // A watch rebuild that touched no stylesheet or script keeps the assets the previous run wrote.
    if (!changedUnder(changes(), stylesDir) && !changedUnder(changes(), browserDir)) return;
    const built = await buildAssets();
    const assetsDir = path.join(settings.outputDir, "assets");
    await rm(assetsDir, { recursive: true, force: true });
    await mkdir(assetsDir, { recursive: true });
    for (const key of Object.keys(urls)) delete urls[key];
    for (const asset of built) {
      await writeFile(path.join(assetsDir, asset.fileName), asset.contents);
      urls[asset.name] = `/assets/${asset.fileName}`;
    }
  });
}

/** A built asset: its logical name (like "site.css" or "search.js"), hashed file name and bytes. */
export interface BuiltAsset {
  name: string;
  fileName: string;
  contents: Uint8Array;
}

/** Bundles and minifies every entry stylesheet in src/styles and entry script in src/browser; files starting with "_" are partials they import. */
export async function buildAssets(): Promise<BuiltAsset[]> {
  const styles = (await readdir(stylesDir)).filter((name) => name.endsWith(".css") && !name.startsWith("_")).sort();
  const scripts = (await readdir(browserDir)).filter((name) => name.endsWith(".ts") && !name.startsWith("_")).sort();
  const result = await build({
    entryPoints: [...styles.map((name) => path.join(stylesDir, name)), ...scripts.map((name) => path.join(browserDir, name))],
    bundle: true,
    minify: true,
    // Classic scripts, not modules: module scripts are blocked on pages opened from disk (file://).
    format: "iife",
    target: ["es2022", "chrome111", "firefox115", "safari16"],
    write: false,
    outdir: "/assets",
    legalComments: "none",
    logLevel: "silent",
  });
  return result.outputFiles
    .map((file) => {
      const name = path.basename(file.path);
      const hash = createHash("sha256").update(file.contents).digest("hex").slice(0, 10);
      const extension = path.extname(name);
      return { name, fileName: `${path.basename(name, extension)}.${hash}${extension}`, contents: file.contents };
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** Reads one built asset's source, for tests and reports. */
export async function readStyleSource(name: string): Promise<string> {
  return readFile(path.join(stylesDir, name), "utf8");
}
