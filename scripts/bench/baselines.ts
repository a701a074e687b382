// The baselines our build is measured against: plain Eleventy plus the Pagefind command line, and Hugo plus Pagefind.
import { cp, mkdir, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { measureProcess, type ProcessMeasurement } from "./measure-process.ts";

const root = path.resolve(import.meta.dirname, "../..");
const pagefindBin = path.join(root, "node_modules", ".bin", "pagefind");
const eleventyBin = path.join(root, "node_modules", "@11ty", "eleventy", "cmd.cjs");

const minimalLayout = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head><body><main data-pagefind-body><h1>{{ title }}</h1>{{ content | safe }}</main></body></html>\n`;

/** Times plain Eleventy (defaults, one minimal layout) over the same Markdown, followed by the Pagefind command line. */
export async function measureEleventyBaseline(contentDir: string, workDir: string): Promise<ProcessMeasurement> {
  const input = path.join(workDir, "eleventy-input");
  const output = path.join(workDir, "eleventy-output");
  await cp(contentDir, input, { recursive: true });
  await mkdir(path.join(input, "_includes"), { recursive: true });
  await writeFile(path.join(input, "_includes", "minimal.njk"), minimalLayout);
  await mkdir(path.join(input, "_data"), { recursive: true });
  await writeFile(path.join(input, "_data", "layout.json"), JSON.stringify("minimal.njk"));
  const script = `set -e\nnode ${JSON.stringify(eleventyBin)} --input=${JSON.stringify(input)} --output=${JSON.stringify(output)} --quiet\n${JSON.stringify(pagefindBin)} --site ${JSON.stringify(output)} --silent\n`;
  return measureProcess("sh", ["-c", script], { cwd: workDir });
}

/** Whether a `hugo` binary is installed. */
export function hugoVersion(): string | undefined {
  try {
    return execFileSync("hugo", ["version"], { encoding: "utf8" }).trim().split(" ").slice(0, 2).join(" ");
  } catch {
    return undefined;
  }
}

/** Times Hugo over the same Markdown with a minimal layout, followed by the Pagefind command line. */
export async function measureHugoBaseline(contentDir: string, workDir: string): Promise<ProcessMeasurement | undefined> {
  if (!hugoVersion()) return undefined;
  const site = path.join(workDir, "hugo-site");
  const output = path.join(workDir, "hugo-output");
  await cp(contentDir, path.join(site, "content"), { recursive: true });
  await mkdir(path.join(site, "layouts", "_default"), { recursive: true });
  // Our front matter uses "aliases" for search names; Hugo would turn them into redirect pages, so they are switched off.
  await writeFile(
    path.join(site, "hugo.toml"),
    `baseURL = "/"\ndisableAliases = true\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]\n[markup.goldmark.renderer]\nunsafe = false\n`,
  );
  const layout = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main data-pagefind-body><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>\n`;
  await writeFile(path.join(site, "layouts", "_default", "single.html"), layout);
  await writeFile(
    path.join(site, "layouts", "_default", "list.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n`,
  );
  const script = `set -e\nhugo --quiet --source ${JSON.stringify(site)} --destination ${JSON.stringify(output)}\n${JSON.stringify(pagefindBin)} --site ${JSON.stringify(output)} --silent\n`;
  return measureProcess("sh", ["-c", script], { cwd: workDir });
}

/** Times our full build (validation, pages, search index, offline files) as `npm run build` runs it. */
export function measureOurBuild(contentDir: string, outputDir: string): Promise<ProcessMeasurement> {
  return measureProcess(process.execPath, [path.join(root, "scripts", "role-guides.js"), "build", "--content", contentDir, "--output", outputDir], {
    cwd: root,
  });
}

/** Whether the baseline tools are in place. */
export function baselineToolsPresent(): boolean {
  return existsSync(pagefindBin) && existsSync(eleventyBin);
}
