// Shared test set-up: build a fixture site once, serve a folder, launch one headless Chromium.
import { existsSync } from "node:fs";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Server } from "node:http";
import { chromium, type Browser, type ConsoleMessage, type Page } from "playwright-core";
import { buildSite, type BuildReport } from "../../src/build/build-site.ts";
import { parseBaseUrl } from "../../src/site/base-url.ts";
import { serveSite } from "../../src/serve/static-server.ts";
import { chromiumPath } from "../../scripts/chromium.ts";
import { listFiles } from "../../src/lib/files.ts";

export { chromiumPath };

/** The folder holding one tiny content tree per scenario. */
export const fixturesDir = path.resolve(import.meta.dirname, "../fixtures");

/** Returns the path of a fixture content tree. */
export function fixture(name: string): string {
  return path.join(fixturesDir, name);
}

/** Makes a fresh temporary folder; remove it with `rm` when done. */
export async function tempDir(prefix = "role-guides-test-"): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

/** Copies a fixture into a temporary folder so a test can change it. */
export async function copyFixture(name: string): Promise<string> {
  const dir = await tempDir();
  await cp(fixture(name), dir, { recursive: true });
  return dir;
}

/** A built fixture site in a temporary folder. */
export interface BuiltSite {
  outputDir: string;
  report: BuildReport;
  cleanup(): Promise<void>;
}

/** Builds a fixture (or any content folder) into a fresh temporary output folder. */
export async function buildFixture(contentDir: string, options: { baseUrl?: string } = {}): Promise<BuiltSite> {
  const root = await tempDir();
  const outputDir = path.join(root, "site");
  const report = await buildSite({ contentDir, outputDir, ...parseBaseUrl(options.baseUrl ?? "/") });
  return { outputDir, report, cleanup: () => rm(root, { recursive: true, force: true }) };
}

/** A site served on a free localhost port. */
export interface ServedSite {
  url: string;
  close(): Promise<void>;
}

/** Serves a built folder on a free port under an optional path prefix. */
export async function serve(siteDir: string, pathPrefix = "/"): Promise<ServedSite> {
  const { server, url } = await serveSite({ siteDir, port: 0, pathPrefix });
  return { url, close: () => closeServer(server) };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** Launches headless Chromium with the flags that keep it off the network. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}

/** Collects console errors, uncaught exceptions and CSP violations of a page, for tests that must see none. */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

/** Hashes every file under a folder (paths and bytes; a symbolic link by where it points), to prove a folder is byte-for-byte unchanged or identical. */
export async function hashTree(dir: string): Promise<Map<string, string>> {
  const { lstat, readFile, readlink } = await import("node:fs/promises");
  const { createHash } = await import("node:crypto");
  const hashes = new Map<string, string>();
  for (const file of await listFiles(dir, () => true, { symlinks: true })) {
    const full = path.join(dir, file);
    const bytes = (await lstat(full)).isSymbolicLink() ? Buffer.from(`symlink to ${await readlink(full)}`) : await readFile(full);
    hashes.set(file, createHash("sha256").update(bytes).digest("hex"));
  }
  return hashes;
}

/** The project's root folder, where package.json lives. */
export const projectRoot = path.resolve(import.meta.dirname, "../..");

/** Where and as whom a command of the project runs. */
export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Run as this user (and its group), when the tests run as root. */
  user?: { uid: number; gid: number };
}

/** Runs the command line (`tsx src/cli.ts …`) and returns its exit code and output. */
export function runCli(args: string[], options: RunOptions = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  // tsx by its full address, so the command line also starts from a working folder without node_modules.
  return runNode(["--import", import.meta.resolve("tsx"), path.join(projectRoot, "src", "cli.ts"), ...args], options);
}

/** Runs this Node with `args` (a script and its arguments) to the end and returns its exit code and output. */
export async function runNode(args: string[], options: RunOptions = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const { spawn } = await import("node:child_process");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: options.cwd ?? projectRoot,
      env: { ...process.env, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
      ...options.user,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** The sources whose bytes decide what the bundled site looks like; a change to any of them means a fresh build. */
const bundledSiteSources = ["content", "layouts", "src", ".eleventy.ts", "package-lock.json"];

/**
 * Builds the bundled guides (content/) once per version of the sources and returns the output folder. The build is
 * kept in the system's temporary folder under a hash of the sources, so every test file of a run (and the next run,
 * when nothing changed) shares it. Each process using a build marks it as in use until it exits; builds of other
 * versions that no running process uses and nobody touched for ten minutes are removed.
 */
export async function buildBundledSite(): Promise<string> {
  const { createHash } = await import("node:crypto");
  const { readdir, readFile, stat, utimes, writeFile } = await import("node:fs/promises");
  const { rmSync } = await import("node:fs");
  const hash = createHash("sha256");
  for (const source of bundledSiteSources) {
    const full = path.join(projectRoot, source);
    const tree = (await stat(full)).isDirectory()
      ? await hashTree(full)
      : new Map([
          [
            "",
            createHash("sha256")
              .update(await readFile(full))
              .digest("hex"),
          ],
        ]);
    for (const [file, digest] of tree) hash.update(`${source}/${file}\0${digest}\0`);
  }
  const cachePrefix = "role-guides-bundled-";
  const cacheDir = path.join(tmpdir(), `${cachePrefix}${hash.digest("hex").slice(0, 16)}`);
  const outputDir = path.join(cacheDir, "site");
  if (!existsSync(path.join(outputDir, "index.html"))) {
    await buildSite({ contentDir: path.join(projectRoot, "content"), outputDir, ...parseBaseUrl("/") });
  }
  const inUse = path.join(cacheDir, `in-use-${process.pid}`);
  await writeFile(inUse, "");
  process.once("exit", () => rmSync(inUse, { force: true }));
  const now = new Date();
  await utimes(cacheDir, now, now);
  for (const name of await readdir(tmpdir())) {
    const other = path.join(tmpdir(), name);
    if (!name.startsWith(cachePrefix) || other === cacheDir) continue;
    // Another run may be removing the same folder: a folder that vanished meanwhile needs nothing more.
    const { mtimeMs } = await stat(other).catch(() => ({ mtimeMs: now.getTime() }));
    const entries = await readdir(other).catch(() => []);
    const users = entries.filter((entry) => entry.startsWith("in-use-")).map((entry) => Number(entry.slice("in-use-".length)));
    if (now.getTime() - mtimeMs > 10 * 60_000 && !users.some(isRunning)) await rm(other, { recursive: true, force: true });
  }
  return outputDir;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Makes every Content-Security-Policy violation in a browser context a console error that watchForErrors collects. */
export async function reportCspViolations(context: import("playwright-core").BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(
        `Content-Security-Policy violation: ${event.effectiveDirective} blocked ${event.blockedURI || "inline code"} (${event.sourceFile || "page"}:${event.lineNumber})`,
      );
    });
  });
}
