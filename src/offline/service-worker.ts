// Writes the service worker, with the precache plan of this build baked in, into the output folder.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";
import { sourceDir } from "../lib/project-paths.ts";
import { listBuiltFiles, planPrecache, type PrecacheManifest } from "./precache.ts";

// From the sources even when the compiled copy of the code runs (scripts/role-guides.js).
const workerSource = path.join(sourceDir, "offline", "browser", "_service-worker.ts");

/** Plans the precache of a finished site and writes `sw.js` at its root; returns the plan. */
export async function writeServiceWorker(siteDir: string, pathPrefix: string, languageFolders: readonly string[] = []): Promise<PrecacheManifest> {
  const manifest = planPrecache(await listBuiltFiles(siteDir), pathPrefix, undefined, languageFolders);
  const result = await build({
    entryPoints: [workerSource],
    bundle: true,
    minify: true,
    format: "iife",
    target: ["es2022"],
    write: false,
    legalComments: "none",
    logLevel: "silent",
    define: { __PRECACHE__: JSON.stringify(manifest) },
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error("esbuild produced no service worker");
  await writeFile(path.join(siteDir, "sw.js"), output.contents);
  return manifest;
}
