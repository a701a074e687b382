// Measures the first search in headless Chromium, for this site's search page and for Pagefind's default UI on the same index:
// bytes transferred (as served, and as a host that gzips text would send them) and time from typing to the first result.
//
//   npx tsx scripts/measure-search.ts [--content test/fixtures/search | --site <built folder>] [--query postgres] [--runs 5] [--details]
import { cp, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import { chromium, type Browser, type Page } from "playwright-core";
import { chromiumPath } from "./chromium.ts";
import { buildSite } from "../src/build/build-site.ts";
import { serveSite } from "../src/serve/static-server.ts";

/** What one search UI cost for its first search. */
export interface SearchMeasurement {
  ui: string;
  /** Requests from opening the page until the network settles after the first result. */
  requests: number;
  /** Bytes as the local server sent them (uncompressed). */
  bytes: number;
  /** Bytes a host that gzips text would send: HTML, scripts, styles and JSON gzipped; Pagefind's index files are already compressed. */
  gzipBytes: number;
  /** Of `bytes`, those fetched after the reader started typing: the search itself. */
  searchBytes: number;
  /** Milliseconds from the first keystroke to the first result on screen: the median of the runs. */
  firstResultMs: number;
  /** Every run's time, in run order. */
  runsMs: number[];
  /** What the first run fetched, in order of completion. */
  transfers: Transfer[];
}

/** One response: its URL path, bytes as served (headers and body), and whether it was requested after the reader started typing. */
export interface Transfer {
  path: string;
  bytes: number;
  afterTyping: boolean;
}

/** A response as Chromium reports it, before its body size is checked against the file served. */
interface Reported {
  path: string;
  headers: number;
  body: number;
  afterTyping: boolean;
}

/** Options for a measurement. */
export interface MeasureOptions {
  /** A built site folder (it is copied, never changed). */
  siteDir: string;
  query: string;
  /** The path the site was built for, like "/" or "/guides/". */
  pathPrefix?: string;
  /** How many cold runs per UI; the time reported is their median. */
  runs?: number;
}

/** The two UIs compared: how to open each, where its box is, and a result's title link (the default UI shows empty result shells first). */
const uis = [
  { ui: "Role Guides search page (Pagefind JS API)", page: "search/", input: "#search-input", result: "#search-results-list .search-result__link" },
  { ui: "Pagefind default UI", page: "pagefind-default-ui/", input: ".pagefind-ui__search-input", result: ".pagefind-ui__result-link" },
] as const;

/** Measures the first search on a copy of `siteDir` for this site's UI and for Pagefind's default UI; returns one row per UI. */
export async function measureSearch(options: MeasureOptions): Promise<SearchMeasurement[]> {
  const prefix = options.pathPrefix ?? "/";
  const copy = path.join(tmpdir(), `role-guides-measure-${process.pid}-${Date.now()}`);
  await cp(options.siteDir, copy, { recursive: true });
  await writeDefaultUiPage(copy, prefix);
  const { server, url } = await serveSite({ siteDir: copy, port: 0, pathPrefix: prefix });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    // The UIs take turns, run by run, so that a machine growing busier or quieter weighs on both alike.
    const runs: Run[][] = uis.map(() => []);
    for (let run = 0; run < (options.runs ?? 3); run++) {
      for (const [index, ui] of uis.entries()) runs[index]!.push(await measureOnce(browser, `${url}${ui.page}`, ui, options.query, copy, prefix));
    }
    return uis.map((ui, index) => {
      const times = runs[index]!.map((run) => run.firstResultMs);
      return { ...runs[index]![0]!, ui: ui.ui, firstResultMs: median(times), runsMs: times };
    });
  } finally {
    await browser.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await rm(copy, { recursive: true, force: true });
  }
}

/**
 * Writes a page that mounts Pagefind's default UI (its script and stylesheet from the index folder, as its docs show): the
 * site's own search page with its main content and search script swapped out, so both pages carry the same shell.
 */
async function writeDefaultUiPage(siteDir: string, prefix: string): Promise<void> {
  const dir = path.join(siteDir, "pagefind-default-ui");
  await mkdir(dir, { recursive: true });
  const ui = `<link rel="stylesheet" href="${prefix}pagefind/pagefind-ui.css"><script src="${prefix}pagefind/pagefind-ui.js"></script><script src="start.js"></script>`;
  const main = `<main id="main" tabindex="-1"><h1>Search the guides</h1><div id="search"></div></main>`;
  const shell = await readFile(path.join(siteDir, "search", "index.html"), "utf8").catch(() => undefined);
  const searchScript = /<script\b[^>]*\bsrc="[^"]*\bsearch\.[0-9a-f]+\.js"[^>]*><\/script>/;
  const page =
    shell && searchScript.test(shell)
      ? shell.replace(searchScript, ui).replace(/<main\b[\s\S]*<\/main>/, main)
      : `<!doctype html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>Pagefind default UI</title>${ui}</head><body>${main}</body></html>\n`;
  await writeFile(path.join(dir, "index.html"), page);
  // The same typing delay as the site's own page, so that the times compare loading and rendering rather than debouncing.
  await writeFile(
    path.join(dir, "start.js"),
    `window.addEventListener("DOMContentLoaded", () => { new PagefindUI({ element: "#search", bundlePath: ${JSON.stringify(`${prefix}pagefind/`)}, baseUrl: ${JSON.stringify(prefix)}, debounceTimeoutMs: 150, showImages: false }); });\n`,
  );
}

type Run = Omit<SearchMeasurement, "ui" | "runsMs">;

/** One cold run: a fresh context with no cache and no service worker, the page loaded, the query typed, the first result awaited. */
async function measureOnce(browser: Browser, pageUrl: string, ui: (typeof uis)[number], query: string, siteDir: string, prefix: string): Promise<Run> {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const reported: Reported[] = [];
  let typing = false;
  const startedAfterTyping = new WeakMap<object, boolean>();
  const pending: Array<Promise<void>> = [];
  page.on("request", (request) => startedAfterTyping.set(request, typing));
  page.on("requestfinished", (request) => {
    const afterTyping = startedAfterTyping.get(request) ?? typing;
    pending.push(
      request.sizes().then(
        (sizes) => void reported.push({ path: new URL(request.url()).pathname, headers: sizes.responseHeadersSize, body: sizes.responseBodySize, afterTyping }),
        () => undefined, // the context closed first: the measurement is already taken
      ),
    );
  });
  try {
    await page.goto(pageUrl, { waitUntil: "load" });
    await page.locator(ui.input).waitFor();
    await page.waitForLoadState("networkidle");
    typing = true;
    const firstResultMs = await typeAndTime(page, ui.input, ui.result, query);
    await page.waitForLoadState("networkidle");
    await Promise.all(pending);
    const sized = await Promise.all(reported.map((response) => sizeOf(siteDir, prefix, response)));
    const responses = sized.map((size) => size.transfer);
    const gzip = sized.map((size) => size.gzipBytes);
    return {
      requests: responses.length,
      bytes: sum(responses.map((response) => response.bytes)),
      gzipBytes: sum(gzip),
      searchBytes: sum(responses.filter((response) => response.afterTyping).map((response) => response.bytes)),
      firstResultMs,
      transfers: responses,
    };
  } finally {
    await context.close();
  }
}

/** Types the query as one input event and returns the milliseconds until the first result element is in the page. */
async function typeAndTime(page: Page, input: string, result: string, query: string): Promise<number> {
  await page.locator(input).focus();
  return page.evaluate(
    ([inputSelector, resultSelector, text]) =>
      new Promise<number>((resolve) => {
        const box = document.querySelector<HTMLInputElement>(inputSelector)!;
        let started = 0;
        const observer = new MutationObserver(() => {
          if (!document.querySelector(resultSelector)) return;
          observer.disconnect();
          resolve(performance.now() - started);
        });
        observer.observe(document.body, { childList: true, subtree: true });
        started = performance.now();
        box.value = text;
        box.dispatchEvent(new Event("input", { bubbles: true }));
      }),
    [input, result, query] as const,
  );
}

/**
 * The bytes of a response as served and as a gzipping host would send them (text types gzipped; Pagefind's index files are
 * compressed already). The body's size comes from the file served when there is one: Chromium reports no body for a worker's script.
 */
async function sizeOf(siteDir: string, prefix: string, response: Reported): Promise<{ transfer: Transfer; gzipBytes: number }> {
  let file = path.join(siteDir, decodeURIComponent(response.path.slice(prefix.length)));
  if (response.path.endsWith("/")) file = path.join(file, "index.html");
  const body = response.path.startsWith(prefix) && (await stat(file).catch(() => undefined))?.isFile() ? await readFile(file) : undefined;
  const bytes = response.headers + (body?.length ?? response.body);
  const gzipped = body && /\.(html|js|css|json|svg|webmanifest|txt)$/.test(file) ? gzipSync(body).length : (body?.length ?? response.body);
  return { transfer: { path: response.path, bytes, afterTyping: response.afterTyping }, gzipBytes: response.headers + gzipped };
}

/** Formats measurements as a table, with each figure of the first row as a share of the second's. */
export function formatMeasurements(rows: readonly SearchMeasurement[], query: string): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const header = ["UI", "requests", "bytes", "bytes gzipped", "of which search", "first result (median)", "runs"];
  const lines = rows.map((row) => [
    row.ui,
    String(row.requests),
    kb(row.bytes),
    kb(row.gzipBytes),
    kb(row.searchBytes),
    `${Math.round(row.firstResultMs)} ms`,
    row.runsMs.map(Math.round).join(", "),
  ]);
  const [mine, theirs] = rows;
  if (mine && theirs) {
    const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : "–");
    lines.push([
      "ratio (first ÷ second)",
      ratio(mine.requests, theirs.requests),
      ratio(mine.bytes, theirs.bytes),
      ratio(mine.gzipBytes, theirs.gzipBytes),
      ratio(mine.searchBytes, theirs.searchBytes),
      ratio(mine.firstResultMs, theirs.firstResultMs),
      "",
    ]);
  }
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const format = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ");
  return [`First search for “${query}”:`, format(header), format(widths.map((width) => "-".repeat(width))), ...lines.map(format)].join("\n");
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      content: { type: "string", default: path.join("test", "fixtures", "search") },
      site: { type: "string" },
      query: { type: "string", default: "postgres" },
      runs: { type: "string", default: "3" },
      details: { type: "boolean", default: false },
    },
  });
  let siteDir = values.site;
  let built: string | undefined;
  if (!siteDir) {
    built = path.join(tmpdir(), `role-guides-measure-site-${process.pid}`);
    siteDir = path.join(built, "site");
    await buildSite({ contentDir: values.content, outputDir: siteDir, pathPrefix: "/" });
    await pagefind.close();
  }
  try {
    const rows = await measureSearch({ siteDir, query: values.query, runs: Number(values.runs) });
    console.log(formatMeasurements(rows, values.query));
    if (values.details) {
      for (const row of rows)
        console.log(
          `\n${row.ui}:\n${row.transfers.map((item) => `  ${item.afterTyping ? "search" : "page  "} ${String(item.bytes).padStart(8)}  ${item.path}`).join("\n")}`,
        );
    }
  } finally {
    if (built) await rm(built, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
