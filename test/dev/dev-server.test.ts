// The dev server on a copied fixture: edits are served (an edit to a body alone re-rendering only that guide's pages), a
// broken edit shows in the page while the server keeps running, an open page reloads itself; it listens on 127.0.0.1
// only, answers hostile requests like `npm run serve` does, and no request stops it.
import assert from "node:assert/strict";
import { mkdir, readFile, readdir, rm, stat, symlink, unlink, writeFile } from "node:fs/promises";
import { get } from "node:http";
import { createServer } from "node:net";
import { networkInterfaces } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { startDevServer, type DevServer } from "../../src/dev/dev-server.ts";
import { copyFixture, launchBrowser, reportCspViolations, serve, tempDir, watchForErrors } from "../support/harness.ts";
import { accepts, rawRequest } from "../support/raw-http.ts";

/** The longest any one wait may take; a loaded CI machine rebuilds slowly, and a hung wait must fail, not stall. */
const waitLimitMs = 60_000;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Fetches a page as "status body"; node:http, because fetch() marks every request as a script's, and the dev server adds its reload client to page navigations only. */
function getPage(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = get(url, { timeout: 10_000 }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve(`${response.statusCode ?? 0} ${body}`));
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error(`${url} timed out`)));
    request.on("error", reject);
  });
}

/** Polls `read` until `done` accepts its value, failing with the last value seen once the limit passes. */
async function waitUntil<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + waitLimitMs;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      last = await read();
      if (done(last)) return last;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const seen = last === undefined ? `error: ${String(lastError)}` : String(last).slice(0, 2000);
  throw new Error(`Gave up waiting for ${what}; last seen: ${seen}`);
}

/** The guides' pages and data files the dev server wrote (roles/<slug>/index.html, roles/<slug>.json, ...), with their modification times. */
async function guideFiles(siteDir: string): Promise<Map<string, number>> {
  const files = new Map<string, number>();
  for (const collection of ["roles", "skills", "technologies"]) {
    for (const entry of await readdir(path.join(siteDir, collection), { withFileTypes: true })) {
      const file = entry.isDirectory() ? path.join(collection, entry.name, "index.html") : path.join(collection, entry.name);
      if (entry.isDirectory() || entry.name.endsWith(".json")) files.set(file, (await stat(path.join(siteDir, file))).mtimeMs);
    }
  }
  return files;
}

describe("the dev server", () => {
  let contentDir: string;
  let outputRoot: string;
  let server: DevServer;
  let base: string;
  let port: number;
  let browser: Browser;
  const rolePath = () => path.join(contentDir, "roles", "back-end-developer.md");
  const page = (url: string) => getPage(`${base}${url}`);
  const siteDir = () => path.join(outputRoot, "site");

  /** The titles of the search results for `query`, as the site's Pagefind client finds them in the served index. */
  async function searchTitles(query: string): Promise<string> {
    const tab = await browser.newPage();
    try {
      await tab.goto(`${base}/roles/back-end-developer/`);
      return await tab.evaluate(async (term) => {
        const api = (await import(`/pagefind/pagefind.js?${Date.now()}`)) as {
          search(q: string): Promise<{ results: Array<{ data(): Promise<{ meta: { title: string } }> }> }>;
        };
        const found = await api.search(term);
        return (await Promise.all(found.results.map((result) => result.data()))).map((item) => item.meta.title).join(", ");
      }, query);
    } finally {
      await tab.close();
    }
  }

  before(async () => {
    contentDir = await copyFixture("basic");
    outputRoot = await tempDir();
    port = await freePort();
    server = await startDevServer({ contentDir, port, pathPrefix: "/", outputDir: path.join(outputRoot, "site") });
    base = server.url.replace(/\/$/, "");
    await waitUntil(
      "the first page",
      () => page("/roles/back-end-developer/"),
      (text) => text.startsWith("200"),
    );
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await rm(contentDir, { recursive: true, force: true });
    await rm(outputRoot, { recursive: true, force: true });
  });

  it("serves the guides with the live-reload client", async () => {
    const text = await page("/roles/back-end-developer/");
    assert.match(text, /<h1[^>]*>Back-end developer<\/h1>/);
    assert.match(text, /<script type="module" src="\/\.role-guides\/live-reload\.js"><\/script><\/head>/);
    assert.doesNotMatch(text, /content-problems/);
  });

  it("serves an edited guide after the rebuild, shows its new title on the pages that link to it, and finds it in search", async () => {
    const source = await readFile(rolePath(), "utf8");
    await writeFile(rolePath(), source.replace("title: Back-end developer", "title: Server-side wizard"));
    await waitUntil(
      "the edited title",
      () => page("/roles/back-end-developer/"),
      (text) => /<h1[^>]*>Server-side wizard<\/h1>/.test(text),
    );
    assert.match(await page("/skills/sql/"), /Server-side wizard/, "a skill the role needs names the role by its new title");
    assert.match(await page("/search/"), /data-value="Server-side wizard"/, "the views follow the new model: the role filter offers the new title");
    assert.match(
      await waitUntil(
        "the edited title in the search index",
        () => searchTitles("wizard"),
        (found) => found.includes("Server-side wizard"),
      ),
      /Server-side wizard/,
    );
  });

  it("re-renders only the edited guide's page and data file after an edit to its body alone, and re-indexes it", async () => {
    const before = await guideFiles(siteDir());
    const skillPath = path.join(contentDir, "skills", "sql.md");
    const source = await readFile(skillPath, "utf8");
    await writeFile(skillPath, `${source.trimEnd()}\n\nA sentence about zebrafinches, added in the dev server.\n`);
    await waitUntil(
      "the edited body",
      () => page("/skills/sql/"),
      (text) => text.includes("zebrafinches"),
    );
    // The data files are written once the pages are; wait for this one too.
    await waitUntil(
      "the edited data file",
      () => page("/skills/sql.json"),
      (text) => text.includes("zebrafinches"),
    );
    const after = await guideFiles(siteDir());
    const guidePages = [...before.keys()];
    assert.equal(guidePages.length, 14, `the fixture's 7 guides have a page and a data file each: ${guidePages.join(", ")}`);
    const rewritten = guidePages.filter((file) => after.get(file) !== before.get(file)).sort();
    assert.deepEqual(rewritten, ["skills/sql.json", "skills/sql/index.html"]);
    assert.match(
      await waitUntil(
        "the new sentence in the search index",
        () => searchTitles("zebrafinches"),
        (found) => found.length > 0,
      ),
      /SQL/,
    );
  });

  it("re-renders only the pages that show a guide after an edit to its title: its own, those linking it and the roles'", async () => {
    const before = await guideFiles(siteDir());
    const technologyPath = path.join(contentDir, "technologies", "javascript.md");
    const source = await readFile(technologyPath, "utf8");
    await writeFile(technologyPath, source.replace("title: JavaScript", "title: ECMAScript"));
    await waitUntil(
      "the new title",
      () => page("/technologies/javascript/"),
      (text) => /<h1[^>]*>ECMAScript<\/h1>/.test(text),
    );
    await waitUntil(
      "the new title in the data file of a skill naming it",
      () => page("/skills/web-accessibility.json"),
      (text) => text.includes("ECMAScript"),
    );
    const after = await guideFiles(siteDir());
    const rewritten = [...before.keys()].filter((file) => after.get(file) !== before.get(file)).sort();
    // Web accessibility names JavaScript; role pages show roadmaps and related roles worked out across guides. SQL,
    // query-plan analysis and PostgreSQL never mention JavaScript, so their pages are left as they were.
    assert.deepEqual(rewritten, [
      "roles/back-end-developer.json",
      "roles/back-end-developer/index.html",
      "roles/front-end-developer.json",
      "roles/front-end-developer/index.html",
      "skills/web-accessibility.json",
      "skills/web-accessibility/index.html",
      "technologies/javascript.json",
      "technologies/javascript/index.html",
    ]);
    assert.match(await page("/roles/front-end-developer/"), /ECMAScript/, "the role that uses it names it by its new title");
  });

  it("shows a broken edit in the page and the terminal without stopping, and clears it once fixed", async () => {
    const good = await readFile(rolePath(), "utf8");
    assert.match(good, /^ {4}- sql$/m);
    await writeFile(rolePath(), good.replace(/^ {4}- sql$/m, "    - postgress"));
    const broken = await waitUntil(
      "the problem banner",
      () => page("/roles/back-end-developer/"),
      (text) => text.includes("content-problems"),
    );
    assert.match(broken, /^200 /, "the server keeps serving");
    assert.match(broken, /roles\/back-end-developer\.md:9 skills\.required\[0\]: unknown skill &quot;postgress&quot;/);
    assert.match(broken, /<h1[^>]*>Server-side wizard<\/h1>/, "the page shows the last good version");
    assert.match(await page("/skills/sql/"), /content-problems/, "every page shows the banner");

    await writeFile(rolePath(), good);
    const fixed = await waitUntil(
      "the banner to clear",
      () => page("/roles/back-end-developer/"),
      (text) => text.startsWith("200") && !text.includes("content-problems"),
    );
    assert.match(fixed, /<h1[^>]*>Server-side wizard<\/h1>/);
  });

  it("notices a deleted guide that others still name", async () => {
    const skillPath = path.join(contentDir, "skills", "web-accessibility.md");
    const skill = await readFile(skillPath, "utf8");
    await unlink(skillPath);
    const broken = await waitUntil(
      "the problem banner",
      () => page("/roles/back-end-developer/"),
      (text) => text.includes("content-problems"),
    );
    assert.match(broken, /unknown skill &quot;web-accessibility&quot;/);
    await writeFile(skillPath, skill);
    await waitUntil(
      "the banner to clear",
      () => page("/roles/back-end-developer/"),
      (text) => text.startsWith("200") && !text.includes("content-problems"),
    );
  });

  it("reloads an open page once an edit is built, within the page's Content-Security-Policy", async () => {
    const context = await browser.newContext();
    await reportCspViolations(context);
    const tab = await context.newPage();
    const errors = watchForErrors(tab);
    try {
      await tab.goto(`${base}/skills/sql/`);
      const skillPath = path.join(contentDir, "skills", "sql.md");
      const source = await readFile(skillPath, "utf8");
      await writeFile(skillPath, source.replace("title: SQL", "title: Structured queries"));
      await tab.waitForFunction(() => document.querySelector("h1")?.textContent === "Structured queries", undefined, { timeout: waitLimitMs });
      await writeFile(skillPath, source);
      await tab.waitForFunction(() => document.querySelector("h1")?.textContent === "SQL", undefined, { timeout: waitLimitMs });
      assert.deepEqual(
        errors.filter((error) => !/sw\.js|service worker/i.test(error)),
        [],
      );
    } finally {
      await context.close();
    }
  });

  it("listens on 127.0.0.1 only", async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    assert.equal(await accepts(port, "127.0.0.1"), true);
    assert.equal(await accepts(port, "::1"), false, "not on the IPv6 loopback (it would be on every IPv6 address)");
    const external = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address && !address.internal)
      .map((address) => address?.address ?? "");
    for (const address of external) assert.equal(await accepts(port, address), false, `not on ${address}`);
  });

  it("answers hostile requests with 400 or 404, serves nothing outside its folder, and keeps running", async () => {
    // A folder beside the output folder whose name starts like it, and a link out of the output folder.
    await mkdir(path.join(outputRoot, "site-secret"), { recursive: true });
    await writeFile(path.join(outputRoot, "site-secret", "secret.txt"), "TOP SECRET");
    await symlink(path.join(outputRoot, "site-secret"), path.join(siteDir(), "leak")).catch(() => undefined);
    for (const target of [
      "/%ff",
      "/%",
      "/..%2f..%2fetc/passwd",
      "/../../etc/passwd",
      "/..%2fsite-secret/secret.txt",
      "/../site-secret/secret.txt",
      "/leak/secret.txt",
      "//_headers",
      "/./_headers",
      "/.role-guides-output",
      "*",
      "/%c0%ae%c0%ae/",
    ]) {
      const response = await rawRequest(port, "GET", target);
      assert.ok(response.status === 400 || response.status === 404, `${target} got ${response.status}`);
      assert.doesNotMatch(response.body, /TOP SECRET|root:/, target);
    }
    for (const method of ["POST", "PUT", "DELETE", "TRACE"]) assert.equal((await rawRequest(port, method, "/")).status, 405, method);
    assert.match(await page("/roles/back-end-developer/"), /^200 /, "the server still answers");
  });

  it("sends the same security headers as npm run serve, on pages and errors alike", async () => {
    const served = await serve(siteDir());
    try {
      const staticPort = Number(new URL(served.url).port);
      for (const target of ["/roles/back-end-developer/", "/nothing-here/", "/%ff"]) {
        const dev = await rawRequest(port, "GET", target);
        const built = await rawRequest(staticPort, "GET", target);
        assert.equal(dev.status, built.status, target);
        for (const name of ["content-security-policy", "x-content-type-options", "referrer-policy", "permissions-policy", "cross-origin-opener-policy"]) {
          assert.ok(built.headers.get(name), `npm run serve sends ${name} for ${target}`);
          assert.equal(dev.headers.get(name), built.headers.get(name), `${name} for ${target}`);
        }
      }
    } finally {
      await served.close();
    }
  });
});
