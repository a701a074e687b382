// Builds the stylesheet and browser scripts into content-hashed files and tells templates their URLs.
import { createHash } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { build, type Plugin } from "esbuild";
import { sourceDir } from "../lib/project-paths.ts";
import type { BuildContext } from "../site/context.ts";
import { changedUnder } from "../site/changes.ts";
import { browserMessages } from "../i18n/browser-messages.ts";
import { catalogueTranslator } from "../i18n/messages.ts";

const stylesDir = path.join(sourceDir, "styles");

/**
 * Every stylesheet and script a page loads, by the name templates ask for; each bundles what it imports. Scripts live
 * in the folder of the feature they serve, under `browser/`.
 */
const entryPoints = [
  "styles/site.css",
  "styles/role.css",
  "compare/browser/compare.ts",
  "search/browser/search.ts",
  "self-check/browser/self-check.ts",
  "browser/site.ts",
  "browser/theme-init.ts",
].map((entry) => path.join(sourceDir, entry));

/** The folders whose changes call for new assets. */
const watchedFolders = [...new Set(entryPoints.map((entry) => path.dirname(entry)))];

/** URLs (root-relative, before the path prefix) of every built asset, by name. */
export type AssetUrls = Record<string, string>;

/** Provides `assets` to templates: each stylesheet and browser script under a URL that changes when its content does. */
export default function assetsPlugin(eleventyConfig: UserConfig, context: BuildContext): void {
  const urls: AssetUrls = {};
  eleventyConfig.addGlobalData("assets", () => urls);
  for (const folder of watchedFolders) eleventyConfig.addWatchTarget(folder);
  eleventyConfig.on("eleventy.before", async () => {
    // A watch rebuild that touched no stylesheet or script keeps the assets the previous run wrote.
    if (!watchedFolders.some((folder) => changedUnder(context.changes, folder))) return;
    const built = await buildAssets();
    const assetsDir = path.join(context.outputDir, "assets");
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

/** Bundles and minifies every entry stylesheet and browser script; files starting with "_" are partials they import. */
export async function buildAssets(): Promise<BuiltAsset[]> {
  const result = await build({
    entryPoints,
    bundle: true,
    minify: true,
    // Classic scripts, not modules: module scripts are blocked on pages opened from disk (file://).
    format: "iife",
    target: ["es2022", "chrome111", "firefox115", "safari16"],
    write: false,
    outdir: "/assets",
    legalComments: "none",
    logLevel: "silent",
    plugins: [browserMessagesModule],
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

/**
 * The English interface text the scripts show unless a page carries its own language's (src/i18n/browser-messages.ts),
 * as the module "virtual:browser-messages": only the scripts that import it change with it.
 */
const browserMessagesModule: Plugin = {
  name: "browser-messages",
  setup(build) {
    build.onResolve({ filter: /^virtual:browser-messages$/ }, (args) => ({ path: args.path, namespace: "browser-messages" }));
    build.onLoad({ filter: /.*/, namespace: "browser-messages" }, () => ({ contents: JSON.stringify(browserMessages(catalogueTranslator())), loader: "json" }));
  },
};

/** Reads one built asset's source, for tests and reports. */
export async function readStyleSource(name: string): Promise<string> {
  return readFile(path.join(stylesDir, name), "utf8");
}
