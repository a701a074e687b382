#!/usr/bin/env node
// @ts-check
// Starts the command line (src/cli.ts) from JavaScript compiled once per version of the sources, instead of compiling
// the TypeScript on every start as tsx does: about 0.8 s of CPU less per command (docs/performance.md). The compiled
// copy lives in .cache/compiled/<hash of the sources>/ beside the project, so packages and package.json are found as
// from src/. `dev` (npm start) follows edits to the sources, so it runs them through tsx instead.
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, utimes } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "..");
/** What the compiled copy is made from; a change to any byte of them makes a new copy. */
const sources = ["src", "layouts", ".eleventy.ts", "tsconfig.json", "package-lock.json", "scripts/role-guides.js"];
const compiledRoot = path.join(root, ".cache", "compiled");

const command = process.argv[2];
if (command === "dev") {
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(path.join(root, "src", "cli.ts")).href);
} else {
  await import(pathToFileURL(path.join(await compiledCopy(), "src", "cli.js")).href);
}

/** The folder of the compiled copy of the current sources, compiling them first when no copy is there yet. */
async function compiledCopy() {
  const files = (await Promise.all(sources.map((source) => filesUnder(source)))).flat().sort();
  const hash = createHash("sha256");
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(await readFile(path.join(root, file)))
      .update("\0");
  const target = path.join(compiledRoot, hash.digest("hex").slice(0, 16));
  const now = new Date();
  // The time of last use, so that copies other commands may still be running from are kept (see below).
  if (
    await utimes(target, now, now).then(
      () => true,
      () => false,
    )
  )
    return target;
  // Compiled into a folder of its own and renamed into place, so a command started meanwhile never sees half a copy.
  await mkdir(compiledRoot, { recursive: true });
  const building = `${target}.${process.pid}.building`;
  const { build } = await import("esbuild");
  await build({
    entryPoints: files.filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts")).map((file) => path.join(root, file)),
    outdir: building,
    outbase: root,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    logLevel: "warning",
    // Every module becomes one file, importing the others as they are, so each keeps a single instance as under tsx.
    plugins: [
      {
        name: "each-file-on-its-own",
        setup(compile) {
          compile.onResolve({ filter: /^\.\.?\// }, (args) =>
            args.kind === "entry-point" ? undefined : { path: args.path.replace(/\.ts$/, ".js"), external: true },
          );
        },
      },
    ],
  });
  try {
    await rename(building, target);
  } catch (error) {
    // Another command compiled the same sources first; its copy is as good.
    await rm(building, { recursive: true, force: true });
    if (
      !(await stat(target).then(
        () => true,
        () => false,
      ))
    )
      throw error;
  }
  // Copies of older sources go once unused for a day: a command started before the sources changed may still be
  // loading page templates from its copy.
  for (const old of await readdir(compiledRoot)) {
    const folder = path.join(compiledRoot, old);
    const used = await stat(folder).then(
      (found) => found.mtimeMs,
      () => now.getTime(),
    );
    if (folder !== target && now.getTime() - used > 24 * 60 * 60 * 1000) await rm(folder, { recursive: true, force: true });
  }
  return target;
}

/**
 * Every file under `source` (a file or folder relative to the root), as root-relative paths with forward slashes.
 * @param {string} source
 * @returns {Promise<string[]>}
 */
async function filesUnder(source) {
  const full = path.join(root, source);
  const found = await stat(full).catch(() => undefined);
  if (!found) return [];
  if (!found.isDirectory()) return [source];
  const entries = await readdir(full, { recursive: true, withFileTypes: true });
  // parentPath is Node 20.12's name for what Node 20.11 calls path.
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path
        .relative(root, path.join(entry.parentPath ?? entry.path, entry.name))
        .split(path.sep)
        .join("/"),
    );
}
