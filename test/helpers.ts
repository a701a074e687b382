// Shared test set-up: build a fixture site once, serve a folder, launch one headless Chromium.
import { existsSync } from "node:fs";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Server } from "node:http";
import { chromium, type Browser, type ConsoleMessage, type Page } from "playwright-core";
import { buildSite, type BuildReport } from "../src/build.ts";
import { parseBaseUrl } from "../src/settings.ts";
import { serveSite } from "../src/serve.ts";

/** The folder holding one tiny content tree per scenario. */
export const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures");

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

/** Where Chromium is: CHROMIUM_PATH, or the usual Debian and Ubuntu locations. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].filter(
    (candidate): candidate is string => Boolean(candidate),
  );
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      `No Chromium found (looked at ${candidates.join(", ")}). Install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to its binary.`,
    );
  }
  return found;
}

/** Launches headless Chromium with the flags that keep it off the network. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
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

/** Hashes every file under a folder (paths and bytes), to prove a folder is byte-for-byte unchanged or identical. */
export async function hashTree(dir: string): Promise<Map<string, string>> {
  const { readdir, readFile } = await import("node:fs/promises");
  const { createHash } = await import("node:crypto");
  const hashes = new Map<string, string>();
  async function walk(current: string): Promise<void> {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else hashes.set(path.relative(dir, full), createHash("sha256").update(await readFile(full)).digest("hex"));
    }
  }
  await walk(dir);
  return new Map([...hashes.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The project's root folder, where package.json lives. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Runs the command line (`tsx src/cli.ts …`) and returns its exit code and output. */
export async function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const { spawn } = await import("node:child_process");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(projectRoot, "src", "cli.ts"), ...args], {
      cwd: options.cwd ?? projectRoot,
      env: { ...process.env, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}
