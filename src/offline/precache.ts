// Decides what the service worker stores for offline use, from the files of a finished build.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { mapInBatches } from "../lib/batches.ts";
import { fileUrlPath } from "../lib/url-paths.ts";
import path from "node:path";

/** Above this many bytes the whole site is not stored up front: core pages and the search index are, the rest on first view. */
export const fullPrecacheLimitBytes = 30 * 1024 * 1024;

/** What the service worker is told at build time. */
export interface PrecacheManifest {
  /** Changes whenever any stored file changes; names the cache, so a new deploy replaces the old one whole. */
  version: string;
  /** "full": every page is stored at install; "core": core pages and the search index at install, other pages on first view. */
  mode: "full" | "core";
  /** URLs to store at install, under the site's path prefix: the default language's pages and index, and what every language shares. */
  urls: string[];
  /**
   * The URLs of each other language (by its folder, like "de"), stored when a reader first opens one of its pages (and
   * at install when the installing page is in it): its pages and its search index, chosen as for the default language.
   */
  languages: Record<string, string[]>;
  /** URL path prefixes stored when first fetched, in either mode: the guides' images, left out of the install. */
  storeOnView: string[];
  /** The URL of the page shown for an address the site does not have. */
  notFoundUrl: string;
  /** Total bytes of the stored files, uncompressed. */
  bytes: number;
}

/** A built file as the planner sees it. */
export interface BuiltFile {
  /** Path relative to the output folder, with forward slashes. */
  path: string;
  bytes: number;
  hash: string;
}

// The data exports, feeds and crawler files are for other programs, not for reading offline; so are Pagefind's own UI
// files. Each language's folder has its own exports, feed and index, matched with the folder taken off.
const neverStored = [/^schema\//, /^sitemap\.xml$/, /^robots\.txt$/, /^share\.png$/, /^\.role-guides-output$/, /^sw\.js$/, /^_headers$/, /^_redirects$/];
const neverStoredInLanguage = [
  /^(roles|skills|technologies)\.json$/,
  /^(roles|skills|technologies)\/[^/]+\.json$/,
  /^feed\.xml$/,
  /^pagefind\/pagefind-(ui|component-ui|modular-ui|highlight)\./,
  /^pagefind\/wasm\.unknown\.pagefind$/,
];
const corePage = /^(index\.html|404\.html|search\/index\.html|roles\/index\.html|skills\/index\.html|technologies\/index\.html|roles\/[^/]+\/index\.html)$/;

/**
 * The guides' images: each comes in several formats and widths of which a browser fetches one, so storing them all at
 * install would spend the offline budget on files never shown. They are stored when a page first shows them.
 */
const storedOnView = /^images\//;

/**
 * Plans the precache for a list of built files; pure, so tests can feed it any list. `languageFolders` are the folders
 * of the site's other languages (like "de"), whose files are stored apart, per language.
 */
export function planPrecache(
  files: readonly BuiltFile[],
  pathPrefix: string,
  limitBytes = fullPrecacheLimitBytes,
  languageFolders: readonly string[] = [],
): PrecacheManifest {
  const folderOf = (file: BuiltFile) => languageFolders.find((folder) => file.path.startsWith(`${folder}/`));
  const inLanguage = (file: BuiltFile) => {
    const folder = folderOf(file);
    return folder === undefined ? file.path : file.path.slice(folder.length + 1);
  };
  const stored = files
    .filter((file) => !neverStored.some((pattern) => pattern.test(file.path)) && !neverStoredInLanguage.some((pattern) => pattern.test(inLanguage(file))))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  const atInstall = stored.filter((file) => !storedOnView.test(file.path));
  const own = atInstall.filter((file) => folderOf(file) === undefined);
  const totalBytes = own.reduce((sum, file) => sum + file.bytes, 0);
  const mode = totalBytes <= limitBytes ? "full" : "core";
  const choose = (list: readonly BuiltFile[]) =>
    mode === "full" ? list : list.filter((file) => !file.path.endsWith(".html") || corePage.test(inLanguage(file)));
  const chosen = choose(own);
  const url = (file: BuiltFile) => pathPrefix + fileUrlPath(file.path).slice(1);
  const version = createHash("sha256")
    .update(stored.map((file) => `${file.path}\0${file.hash}`).join("\n"))
    .digest("hex")
    .slice(0, 16);
  return {
    version,
    mode,
    urls: chosen.map(url),
    languages: Object.fromEntries(languageFolders.map((folder) => [folder, choose(atInstall.filter((file) => folderOf(file) === folder)).map(url)])),
    storeOnView: [`${pathPrefix}images/`],
    notFoundUrl: `${pathPrefix}404.html`,
    bytes: chosen.reduce((sum, file) => sum + file.bytes, 0),
  };
}

/** Lists every file under a built site with its size and content hash. */
export async function listBuiltFiles(siteDir: string): Promise<BuiltFile[]> {
  const names = await readdir(siteDir, { recursive: true, withFileTypes: true });
  const files = await mapInBatches(
    names.filter((entry) => entry.isFile()),
    async (entry) => {
      const full = path.join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name);
      const bytes = await readFile(full);
      return { path: path.relative(siteDir, full).split(path.sep).join("/"), bytes: bytes.length, hash: createHash("sha256").update(bytes).digest("hex") };
    },
  );
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}
