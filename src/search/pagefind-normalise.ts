// Makes Pagefind's output reproducible: identical pages give byte-identical files under pagefind/.
//
// Pagefind 1.5.2 keeps filters in Rust HashMaps and writes them in iteration order, which changes from run
// to run (Pagefind issue #638). That order reaches three kinds of file:
//   filter/<lang>_<hash>.pf_filter   the values of one filter, each with the pages that carry it;
//   pagefind.<lang>_<hash>.pf_meta   the page list, index chunks, filters (by file hash) and sort orders;
//   pagefind-entry.json              names each language's meta file by its hash (languages in hash-map order too).
// Each .pf_ file is gzip of "pagefind_dcd" followed by CBOR (minicbor: definite-length arrays, text strings,
// integers in their shortest form), and is named by Pagefind's `full_hash`: SHA-1 of the CBOR bytes, written
// byte by byte in hex without zero padding. The word index and the fragments are already stable for a given
// page order. The page order itself is the order pages were added (see addHtmlFilesInOrder below).
//
// normalisePagefindIndex decodes those files, sorts what Pagefind left in hash order, and writes them back under
// new content hashes with the same naming scheme, so Pagefind's own client loads them unchanged.
import { createHash } from "node:crypto";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { constants as zlibConstants, gunzipSync, gzipSync } from "node:zlib";
import { Decoder, Encoder } from "cbor-x";
import type { IndexingResponse, PagefindIndex } from "pagefind";
import { listFiles } from "../lib/files.ts";

/** The 12 bytes Pagefind puts before the CBOR of every .pf_ file, inside the gzip. */
const signature = Buffer.from("pagefind_dcd", "utf8");
/** Hex digits of a filter file's hash after "<lang>_", as Pagefind names them. */
const filterHashLength = 7;

const cborDecoder = new Decoder({ mapsAsObjects: true });
const cborEncoder = new Encoder({ useRecords: false, mapsAsObjects: true });

type CborValue = unknown;
/** One filter file: [filter name, [[value, [page number, …]], …]]. */
type FilterIndex = [string, [string, number[]][]];

/**
 * Rewrites the Pagefind index in `pagefindDir` (the folder holding pagefind-entry.json) so it no longer depends on
 * Pagefind's hash-map order: filter values sorted by value with page numbers ascending, the meta file's filter list
 * sorted by filter name and its sort orders by sort name, every rewritten file renamed by the hash of its new content.
 * Replaced files are deleted. Running it again on its own output changes nothing.
 */
export async function normalisePagefindIndex(pagefindDir: string): Promise<void> {
  const entryPath = path.join(pagefindDir, "pagefind-entry.json");
  const entryText = await readFile(entryPath, "utf8");
  const entry = parseEntry(entryText, entryPath);

  const languages: Record<string, Record<string, unknown>> = {};
  const replaced: string[] = [];
  // Pagefind 1.5.2 lists the languages in hash-map order too; sorted here, as later Pagefind versions do.
  for (const [language, info] of sortByText(Object.entries(entry.languages), ([name]) => name)) {
    const result = await normaliseLanguage(pagefindDir, language, info.hash);
    languages[language] = { ...info, hash: result.metaHash };
    replaced.push(...result.replaced);
  }

  const newEntryText = JSON.stringify({ ...entry, languages });
  if (newEntryText !== entryText) {
    const temporary = `${entryPath}.normalising`;
    await writeFile(temporary, newEntryText);
    await rename(temporary, entryPath);
  }
  // Only now that the entry names the new files are the old ones unreachable.
  for (const file of replaced) await rm(file, { force: true });
}

/** Normalises one language's filter files and meta file; returns the new meta hash and the files it replaced. */
async function normaliseLanguage(pagefindDir: string, language: string, metaHash: string): Promise<{ metaHash: string; replaced: string[] }> {
  const metaPath = path.join(pagefindDir, `pagefind.${metaHash}.pf_meta`);
  const decoded = await readCbor(metaPath);
  if (!Array.isArray(decoded) || decoded.length < 5)
    throw formatError(metaPath, "a CBOR array of at least 5 items (version, pages, index chunks, filters, sorts)");
  const meta: readonly CborValue[] = decoded;
  const filterList = meta[3];
  const sortList = meta[4];
  if (!isArrayOf(filterList, isStringPair)) throw formatError(metaPath, "item 3 to be a list of [filter name, filter file hash]");
  if (!isArrayOf(sortList, isSortOrder)) throw formatError(metaPath, "item 4 to be a list of [sort name, [page number, …]]");

  // Read every filter file before writing any, so a new name can never overwrite a file still to be read.
  const filters: FilterIndex[] = [];
  for (const [filterName, filterHash] of sortByText(filterList, ([name]) => name)) {
    const filterPath = path.join(pagefindDir, "filter", `${filterHash}.pf_filter`);
    const filter = await readCbor(filterPath);
    if (!isFilterIndex(filter)) throw formatError(filterPath, "[filter name, [[value, [page number, …]], …]]");
    if (filter[0] !== filterName) throw formatError(filterPath, `the filter "${filterName}" that the meta file names it for, not "${filter[0]}"`);
    filters.push(filter);
  }

  const written = new Set<string>();
  const newFilterList: [string, string][] = [];
  const takenHashes = new Set<string>();
  for (const [filterName, values] of filters) {
    const sortedValues = sortByText(values, ([value]) => value).map(([value, pages]): [string, number[]] => [value, [...pages].sort((a, b) => a - b)]);
    const cbor = encodeCbor([filterName, sortedValues] satisfies FilterIndex);
    const newHash = uniqueShortHash(`${language}_${pagefindHash(cbor)}`, language.length + 1 + filterHashLength, takenHashes);
    const newPath = path.join(pagefindDir, "filter", `${newHash}.pf_filter`);
    await writeFile(newPath, packPagefindFile(cbor));
    written.add(newPath);
    newFilterList.push([filterName, newHash]);
  }

  const newMeta: CborValue[] = [...meta];
  newMeta[3] = newFilterList;
  newMeta[4] = sortByText(sortList, ([name]) => name);
  const metaCbor = encodeCbor(newMeta);
  const newMetaHash = `${language}_${pagefindHash(metaCbor).slice(0, language.length + 8)}`;
  const newMetaPath = path.join(pagefindDir, `pagefind.${newMetaHash}.pf_meta`);
  await writeFile(newMetaPath, packPagefindFile(metaCbor));
  written.add(newMetaPath);

  const previous = [metaPath, ...filterList.map(([, hash]) => path.join(pagefindDir, "filter", `${hash}.pf_filter`))];
  return { metaHash: newMetaHash, replaced: previous.filter((file) => !written.has(file)) };
}

/**
 * Adds every `*.html` file under the given folders of `siteDir` to `index`, one at a time in sorted path order, and
 * returns what `addDirectory` would. Pagefind numbers pages in the order they are added, and `addDirectory` adds them in
 * the order the file system lists them (hash order on ext4, creation order on tmpfs), so the page numbers inside the
 * meta, filter and word-index files would otherwise differ between machines. The pages and their fragments are the
 * same as `addDirectory({ path: siteDir, glob: "{a,b}/**\/*.html" })` gives for folders a and b.
 */
export async function addHtmlFilesInOrder(index: PagefindIndex, siteDir: string, folders: readonly string[]): Promise<IndexingResponse> {
  const errors: string[] = [];
  let pageCount = 0;
  for (const file of await htmlFilesInOrder(siteDir, folders)) {
    const added = await index.addHTMLFile({ sourcePath: file, content: await readFile(path.join(siteDir, file), "utf8") });
    if (added.errors.length > 0) errors.push(...added.errors.map((error) => `${file}: ${error}`));
    else pageCount += 1;
  }
  return { errors, page_count: pageCount };
}

/** The `*.html` files under the given folders of `siteDir`, as forward-slash paths relative to it, in the order pages are added. */
export async function htmlFilesInOrder(siteDir: string, folders: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const folder of new Set(folders))
    files.push(...(await listFiles(path.join(siteDir, folder), (file) => file.endsWith(".html"))).map((file) => `${folder}/${file}`));
  return sortPaths(files);
}

/** Sorts paths the way pages are added to the index: by their UTF-8 bytes. */
export function sortPaths(paths: readonly string[]): string[] {
  return sortByText(paths, (name) => name);
}

/** pagefind-entry.json, checked to be in the form this module rewrites: JSON.stringify must give back Pagefind's very bytes. */
function parseEntry(entryText: string, entryPath: string): { languages: Record<string, { hash: string } & Record<string, unknown>> } & Record<string, unknown> {
  let entry: unknown;
  try {
    entry = JSON.parse(entryText);
  } catch (error) {
    // Seen once, unexplained: an empty or cut-off file right after Pagefind reported it written. Name it if it recurs.
    throw new Error(`${entryPath}: not JSON (${entryText.length} bytes): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (!isRecord(entry) || !isRecord(entry.languages)) throw formatError(entryPath, 'an object with "languages"');
  for (const [language, info] of Object.entries(entry.languages)) {
    const hash = isRecord(info) ? info.hash : undefined;
    if (typeof hash !== "string" || !hash.startsWith(`${language}_`)) throw formatError(entryPath, `languages.${language}.hash to be "${language}_<hash>"`);
  }
  if (JSON.stringify(entry) !== entryText) throw formatError(entryPath, "compact JSON that JSON.stringify writes back byte for byte");
  return entry as { languages: Record<string, { hash: string } & Record<string, unknown>> } & Record<string, unknown>;
}

/**
 * Reads a .pf_ file: gunzips it, checks the signature and returns the decoded CBOR. Refuses a file that cbor-x would not
 * encode back to the very same bytes, since every file this module writes relies on cbor-x encoding as Pagefind does.
 */
async function readCbor(file: string): Promise<CborValue> {
  const raw = gunzipSync(await readFile(file));
  if (!raw.subarray(0, signature.length).equals(signature)) throw formatError(file, 'gzip of "pagefind_dcd" followed by CBOR');
  const cbor = raw.subarray(signature.length);
  const value = cborDecoder.decode(cbor) as CborValue;
  if (!encodeCbor(value).equals(cbor))
    throw formatError(file, "CBOR that cbor-x re-encodes byte for byte (this Pagefind version writes a form this module does not know)");
  return value;
}

function encodeCbor(value: CborValue): Buffer {
  return Buffer.from(cborEncoder.encode(value));
}

/**
 * Writes a .pf_ file's bytes as Pagefind does: gzip (best compression) of the signature and the CBOR, with the
 * modification time 0 and the operating-system byte 255 ("unknown"), so the bytes depend on nothing but the content.
 */
function packPagefindFile(cbor: Buffer): Buffer {
  const gzip = gzipSync(Buffer.concat([signature, cbor]), { level: zlibConstants.Z_BEST_COMPRESSION });
  gzip.writeUInt32LE(0, 4);
  gzip[9] = 0xff;
  return gzip;
}

/** Pagefind's `full_hash`: SHA-1, each byte in lower-case hex without a leading zero. */
function pagefindHash(bytes: Buffer): string {
  return [...createHash("sha1").update(bytes).digest()].map((byte) => byte.toString(16)).join("");
}

/** The first `length` characters of `full`, lengthened one character at a time while another file already has them. */
function uniqueShortHash(full: string, length: number, taken: Set<string>): string {
  let short = full.slice(0, length);
  while (taken.has(short) && short.length < full.length) short = full.slice(0, short.length + 1);
  if (taken.has(short)) throw new Error(`Two Pagefind filter files have the same content hash ${full}`);
  taken.add(short);
  return short;
}

/** A copy of `items` sorted by the UTF-8 bytes of a text key, the order Rust gives Strings. */
function sortByText<T>(items: readonly T[], key: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, bytes: Buffer.from(key(item), "utf8") }))
    .sort((a, b) => Buffer.compare(a.bytes, b.bytes))
    .map(({ item }) => item);
}

function formatError(file: string, expected: string): Error {
  return new Error(`Cannot normalise the Pagefind index: ${file} is not in the expected form; expected ${expected}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isArrayOf<T>(value: unknown, check: (item: unknown) => item is T): value is T[] {
  return Array.isArray(value) && value.every((item) => check(item));
}

function isPageNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

function isStringPair(value: unknown): value is [string, string] {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === "string" && typeof value[1] === "string";
}

function isSortOrder(value: unknown): value is [string, number[]] {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === "string" && isArrayOf(value[1], isPageNumber);
}

function isFilterIndex(value: unknown): value is FilterIndex {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === "string" && isArrayOf(value[1], isSortOrder);
}
