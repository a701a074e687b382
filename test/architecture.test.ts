// The code's shape, as docs/architecture.md draws it: every folder of src/ is on the folder map and every folder on the
// map exists, and no import climbs from a lower layer to a higher one.
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { listFiles } from "../src/lib/files.ts";
import { projectRoot } from "./support/harness.ts";

/** The layers, lowest first, by the path prefixes they hold (as in docs/architecture.md). */
const layers: ReadonlyArray<readonly string[]> = [
  ["src/lib/", "src/types/"],
  ["src/schema/"],
  ["src/content/", "src/i18n/"],
  ["src/views/", "src/roadmap/", "src/compare/"],
  [
    "src/site/",
    "src/assets/",
    "src/images/",
    "src/search/",
    "src/offline/",
    "src/self-check/",
    "src/deploy/",
    "src/exports/",
    "src/check/",
    "src/scaffold/",
    "src/serve/",
    "src/dev/",
    "src/browser/",
    "src/styles/",
  ],
  ["layouts/"],
  ["src/build/", "src/cli.ts", ".eleventy.ts"],
];

function layerOf(file: string): number {
  const index = layers.findIndex((prefixes) => prefixes.some((prefix) => file === prefix || file.startsWith(prefix)));
  if (index < 0) throw new Error(`${file} is on no layer of docs/architecture.md`);
  return index;
}

describe("the code's shape", () => {
  it("lists every folder of src/ on the folder map of docs/architecture.md, and no folder that is gone", async () => {
    const doc = await readFile(path.join(projectRoot, "docs/architecture.md"), "utf8");
    const map = /<!-- folder-map:start -->([\s\S]*?)<!-- folder-map:end -->/.exec(doc)?.[1] ?? "";
    const mapped = [...map.matchAll(/^(src\/[a-z0-9-]+\/)/gm)].map((match) => match[1]).sort();
    const folders = (await readdir(path.join(projectRoot, "src"), { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => `src/${entry.name}/`)
      .sort();
    assert.deepEqual(mapped, folders);
  });

  it("has no import from a lower layer to a higher one", async () => {
    const sources = [
      ...(await listFiles(path.join(projectRoot, "src"), (file) => file.endsWith(".ts"))).map((file) => `src/${file}`),
      ...(await listFiles(path.join(projectRoot, "layouts"), (file) => file.endsWith(".ts"))).map((file) => `layouts/${file}`),
    ];
    const climbs: string[] = [];
    for (const file of sources) {
      const text = await readFile(path.join(projectRoot, file), "utf8");
      for (const [, specifier] of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
        const target = path
          .relative(projectRoot, path.resolve(projectRoot, path.dirname(file), specifier ?? ""))
          .split(path.sep)
          .join("/");
        if (target.startsWith("scripts/")) climbs.push(`${file} imports ${target}: src/ never imports from scripts/`);
        else if (layerOf(target) > layerOf(file)) climbs.push(`${file} imports ${target}`);
      }
    }
    assert.deepEqual(climbs, []);
  });
});
