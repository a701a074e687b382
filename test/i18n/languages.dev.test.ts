// The dev server on a site in several languages: a translation's page is served under its language, and an edit to a
// translation's text is served after the rebuild.
import assert from "node:assert/strict";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { startDevServer, type DevServer } from "../../src/dev/dev-server.ts";
import { copyFixture, tempDir } from "../support/harness.ts";

/** The longest one wait may take: a loaded machine rebuilds slowly, and a hung wait must fail, not stall. */
const waitLimitMs = 60_000;

/** Fetches a page's text until `done` accepts it, failing with the last text once the limit passes. */
async function pageWhen(url: string, done: (text: string) => boolean): Promise<string> {
  const deadline = Date.now() + waitLimitMs;
  let last = "";
  while (Date.now() < deadline) {
    last = await fetch(url).then(
      (response) => response.text(),
      (error: unknown) => String(error),
    );
    if (done(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Gave up waiting for ${url}; last seen: ${last.slice(0, 500)}`);
}

describe("the dev server, with translations", () => {
  let content: string;
  let outputRoot: string;
  let server: DevServer;

  before(async () => {
    content = await copyFixture("languages");
    outputRoot = await tempDir();
    server = await startDevServer({ contentDir: content, port: 0, pathPrefix: "/", outputDir: path.join(outputRoot, "site") });
  });
  after(async () => {
    await server?.close();
    await rm(content, { recursive: true, force: true });
    await rm(outputRoot, { recursive: true, force: true });
  });

  it("serves a translation and, after an edit to its text, the new text", async () => {
    const url = new URL("de/roles/back-end-developer/", server.url).href;
    assert.match(await pageWhen(url, (text) => text.includes("Datenbankabfragen")), /<html lang="de">/);
    const file = path.join(content, "de", "roles", "back-end-developer.md");
    await writeFile(file, (await readFile(file, "utf8")).replace("beschleunigen Datenbankabfragen", "pflegen Datenbankindizes"));
    await pageWhen(url, (text) => text.includes("pflegen Datenbankindizes"));
  });
});
