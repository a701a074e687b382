// The Pagefind normaliser: identical content gives a byte-identical index, which Pagefind's own client still searches.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { cp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { after, before, describe, it } from "node:test";
import { decode, encode } from "cbor-x";
import * as pagefind from "pagefind";
import { addHtmlFilesInOrder, normalisePagefindIndex } from "../../src/search/pagefind-normalise.ts";
import { buildFixture, fixture, hashTree, launchBrowser, serve, tempDir, watchForErrors, type BuiltSite } from "../support/harness.ts";

const signature = Buffer.from("pagefind_dcd");
const folders = ["roles", "skills", "technologies"] as const;

type Filter = [string, [string, number[]][]];
interface Entry {
  languages: Record<string, { hash: string }>;
}

/** Decodes a .pf_ file: gzip of "pagefind_dcd" then CBOR. */
async function readPf(file: string): Promise<{ cbor: Buffer; value: unknown }> {
  const raw = gunzipSync(await readFile(file));
  assert.ok(raw.subarray(0, 12).equals(signature), `${file} lacks the pagefind_dcd signature`);
  const cbor = raw.subarray(12);
  return { cbor, value: decode(cbor) as unknown };
}

async function readEntry(pagefindDir: string): Promise<Entry> {
  return JSON.parse(await readFile(path.join(pagefindDir, "pagefind-entry.json"), "utf8")) as Entry;
}

async function readMeta(pagefindDir: string): Promise<{ hash: string; meta: unknown[] }> {
  const hash = (await readEntry(pagefindDir)).languages.en?.hash ?? assert.fail("no English index");
  return { hash, meta: (await readPf(path.join(pagefindDir, `pagefind.${hash}.pf_meta`))).value as unknown[] };
}

/** Pagefind's file hash: SHA-1, each byte in hex without a leading zero. */
function pagefindHash(bytes: Buffer): string {
  return [...createHash("sha1").update(bytes).digest()].map((byte) => byte.toString(16)).join("");
}

const byUtf8 = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** Indexes a built site with Pagefind alone (no normalising) into `outputPath`, as the build does. */
async function indexWithPagefind(siteDir: string, outputPath: string, inOrder = false): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  assert.deepEqual(errors, []);
  assert.ok(index);
  try {
    const added = inOrder
      ? await addHtmlFilesInOrder(index, siteDir, folders)
      : await index.addDirectory({ path: siteDir, glob: "{roles,skills,technologies}/**/*.html" });
    assert.deepEqual(added.errors, []);
    assert.deepEqual((await index.writeFiles({ outputPath })).errors, []);
  } finally {
    await index.deleteIndex();
  }
}

/**
 * Rewrites an index the way another Pagefind run might have written it: every filter's values and the meta file's
 * filter list in reverse order, each file renamed by its new hash.
 */
async function scramble(pagefindDir: string): Promise<void> {
  const { hash, meta } = await readMeta(pagefindDir);
  const pack = (cbor: Buffer) => gzipSync(Buffer.concat([signature, cbor]));
  const filters = meta[3] as [string, string][];
  const scrambled: [string, string][] = [];
  for (const [name, filterHash] of filters) {
    const file = path.join(pagefindDir, "filter", `${filterHash}.pf_filter`);
    const [filterName, values] = (await readPf(file)).value as Filter;
    const cbor = Buffer.from(encode([filterName, [...values].reverse()]));
    const newHash = `en_${pagefindHash(cbor).slice(0, 7)}`;
    await rm(file);
    await writeFile(path.join(pagefindDir, "filter", `${newHash}.pf_filter`), pack(cbor));
    scrambled.unshift([name, newHash]);
  }
  const metaCbor = Buffer.from(encode([...meta.slice(0, 3), scrambled, ...meta.slice(4)]));
  const newMetaHash = `en_${pagefindHash(metaCbor).slice(0, 10)}`;
  await rm(path.join(pagefindDir, `pagefind.${hash}.pf_meta`));
  await writeFile(path.join(pagefindDir, `pagefind.${newMetaHash}.pf_meta`), pack(metaCbor));
  const entryPath = path.join(pagefindDir, "pagefind-entry.json");
  await writeFile(entryPath, (await readFile(entryPath, "utf8")).replace(`"hash":"${hash}"`, `"hash":"${newMetaHash}"`));
}

describe("normalisePagefindIndex", () => {
  let first: BuiltSite;
  let second: BuiltSite;
  let root: string;
  let rawSite: string;

  before(async () => {
    [first, second] = [await buildFixture(fixture("basic")), await buildFixture(fixture("basic"))];
    root = await tempDir();
    // A copy of the site whose index comes from Pagefind alone, for comparing search answers.
    rawSite = path.join(root, "raw-site");
    await cp(first.outputDir, rawSite, { recursive: true });
    await rm(path.join(rawSite, "pagefind"), { recursive: true });
    await indexWithPagefind(rawSite, path.join(rawSite, "pagefind"));
    await normalisePagefindIndex(path.join(first.outputDir, "pagefind"));
    await normalisePagefindIndex(path.join(second.outputDir, "pagefind"));
  });

  after(async () => {
    await first.cleanup();
    await second.cleanup();
    await rm(root, { recursive: true, force: true });
    await pagefind.close();
  });

  it("makes two builds of the same content byte-identical", async () => {
    assert.deepEqual(await hashTree(path.join(second.outputDir, "pagefind")), await hashTree(path.join(first.outputDir, "pagefind")));
  });

  it("sorts filter values and their pages, and names every file by its content hash as Pagefind does", async () => {
    const pagefindDir = path.join(first.outputDir, "pagefind");
    const { hash, meta } = await readMeta(pagefindDir);
    const metaCbor = (await readPf(path.join(pagefindDir, `pagefind.${hash}.pf_meta`))).cbor;
    assert.equal(hash, `en_${pagefindHash(metaCbor).slice(0, 10)}`);
    const filters = meta[3] as [string, string][];
    assert.deepEqual(
      filters.map(([name]) => name),
      ["category", "importance", "kind", "need", "role", "type"],
    );
    for (const [name, filterHash] of filters) {
      const { cbor, value } = await readPf(path.join(pagefindDir, "filter", `${filterHash}.pf_filter`));
      assert.equal(filterHash, `en_${pagefindHash(cbor).slice(0, 7)}`, name);
      const [filterName, values] = value as Filter;
      assert.equal(filterName, name);
      assert.deepEqual(
        values.map(([text]) => text),
        values.map(([text]) => text).sort(byUtf8),
        `${name} values in order`,
      );
      for (const [text, pages] of values)
        assert.deepEqual(
          pages,
          [...pages].sort((a, b) => a - b),
          `${name}=${text} pages in order`,
        );
    }
    const type = (await readPf(path.join(pagefindDir, "filter", `${filters.find(([name]) => name === "type")?.[1]}.pf_filter`))).value as Filter;
    assert.deepEqual(
      type[1].map(([text, pages]) => [text, pages.length]),
      [
        ["Role", 2],
        ["Skill", 3],
        ["Technology", 2],
      ],
    );
    // Every filter file is one the meta file names: the replaced ones are gone.
    assert.deepEqual((await readdir(path.join(pagefindDir, "filter"))).sort(), filters.map(([, filterHash]) => `${filterHash}.pf_filter`).sort());
    assert.deepEqual(
      (await readdir(pagefindDir)).filter((name) => name.endsWith(".pf_meta")),
      [`pagefind.${hash}.pf_meta`],
    );
  });

  it("gives the same bytes whatever order Pagefind wrote the filters in", async () => {
    const copy = path.join(root, "scrambled");
    await cp(path.join(first.outputDir, "pagefind"), copy, { recursive: true });
    await scramble(copy);
    assert.notDeepEqual(await hashTree(copy), await hashTree(path.join(first.outputDir, "pagefind")));
    await normalisePagefindIndex(copy);
    assert.deepEqual(await hashTree(copy), await hashTree(path.join(first.outputDir, "pagefind")));
  });

  it("changes nothing when run on its own output", async () => {
    const pagefindDir = path.join(second.outputDir, "pagefind");
    const before = await hashTree(pagefindDir);
    await normalisePagefindIndex(pagefindDir);
    assert.deepEqual(await hashTree(pagefindDir), before);
  });

  it("numbers pages in path order when they are added with addHtmlFilesInOrder, with the same fragments", async () => {
    const ordered = path.join(root, "ordered");
    await indexWithPagefind(first.outputDir, ordered, true);
    const { meta } = await readMeta(ordered);
    const urls: string[] = [];
    for (const [fragmentHash] of meta[1] as [string, number][]) {
      const fragment = gunzipSync(await readFile(path.join(ordered, "fragment", `${fragmentHash}.pf_fragment`))).subarray(12);
      urls.push((JSON.parse(fragment.toString("utf8")) as { url: string }).url);
    }
    assert.deepEqual(urls, [...urls].sort(byUtf8));
    assert.equal(urls.length, 7);
    assert.deepEqual(
      await readdir(path.join(ordered, "fragment")).then((names) => names.sort()),
      await readdir(path.join(rawSite, "pagefind", "fragment")).then((names) => names.sort()),
    );
  });

  it("still answers filtered searches in Pagefind's client exactly as the index Pagefind wrote", async () => {
    const browser = await launchBrowser();
    const raw = await serve(rawSite);
    const normalised = await serve(first.outputDir);
    try {
      const answers: unknown[] = [];
      for (const site of [raw, normalised]) {
        // No service worker: it would store the whole site first, and nothing here needs it.
        const context = await browser.newContext({ serviceWorkers: "block" });
        const page = await context.newPage();
        const errors = watchForErrors(page);
        await page.goto(site.url);
        // A string, so the test runner's transform cannot add helpers the page lacks.
        const answer: unknown = await page.evaluate(`(async () => {
          const pf = await import("/pagefind/pagefind.js");
          const summary = async (found) => ({
            results: await Promise.all(found.results.map(async (result) => [(await result.data()).url, result.score])),
            filters: found.filters,
            totalFilters: found.totalFilters,
          });
          return {
            filters: await pf.filters(),
            sqlSkills: await summary(await pf.search("sql", { filters: { type: "Skill" } })),
            required: await summary(await pf.search(null, { filters: { importance: "Required" }, sort: { title: "asc" } })),
            backEnd: await summary(await pf.search("developer", { filters: { role: ["Back-end developer"], type: { any: ["Skill", "Technology"] } } })),
          };
        })()`);
        assert.deepEqual(errors, [], site.url);
        answers.push(answer);
        await context.close();
      }
      const [before, afterNormalising] = answers as [{ filters: Record<string, Record<string, number>>; sqlSkills: { results: [string, number][] } }, unknown];
      assert.deepEqual(before.filters.type, { Role: 2, Skill: 3, Technology: 2 });
      assert.ok(
        before.sqlSkills.results.some(([url]) => url === "/skills/sql/"),
        "sql finds the SQL skill",
      );
      assert.deepEqual(afterNormalising, before);
    } finally {
      await raw.close();
      await normalised.close();
      await browser.close();
    }
  });
});
