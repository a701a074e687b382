// Indexes the guide pages with Pagefind's Node API: in a build while Eleventy renders them, in the dev server after
// each run.
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import * as pagefind from "pagefind";
import type { PagefindIndex } from "pagefind";
import { allGuides, type SiteModel } from "../content/model.ts";
import type { BuildContext } from "../site/context.ts";
import type { PostBuildStep } from "../site/post-build.ts";
import { addHtmlFilesInOrder, htmlFilesInOrder, normalisePagefindIndex } from "./pagefind-normalise.ts";
import { OrderedIndexer } from "./ordered-indexing.ts";

/**
 * Sets up the search index of this build or dev session and returns the step that finishes it once every page is
 * written, failing the build on any Pagefind error. A build indexes each guide page while Eleventy renders the rest
 * (see src/search/ordered-indexing.ts). In the dev server only the first run waits for the index; after an edit the
 * page reloads at once and the index follows in the background.
 */
export function searchIndexing(eleventyConfig: UserConfig, context: BuildContext): PostBuildStep {
  if (context.mode === "build" && context.modelIsPrebuilt) {
    return indexWhileRendering(eleventyConfig, context.outputDir, context.content.model);
  }
  const refresh = context.mode === "dev" && context.background
    ? context.background.refresher("Search indexing", () => swapInNewIndex(context.outputDir))
    : undefined;
  let indexed = false;
  return {
    name: "Search indexing",
    run: async () => {
      if (refresh && indexed) {
        refresh();
        return;
      }
      await buildSearchIndex(context.outputDir);
      indexed = true;
    },
  };
}

/**
 * Sends every guide page to Pagefind as Eleventy renders it, then writes the index once all are in. Should the pages
 * written differ from those expected, the index is built again from the files, so the result never depends on timing.
 */
function indexWhileRendering(eleventyConfig: UserConfig, outputDir: string, model: SiteModel): PostBuildStep {
  let indexer: OrderedIndexer | undefined;
  let index: PagefindIndex | undefined;
  eleventyConfig.on("eleventy.before", async () => {
    const created = await pagefind.createIndex({ forceLanguage: "en" });
    assertNoErrors("create the index", created.errors);
    if (!created.index) throw new Error("Pagefind did not create an index");
    index = created.index;
    indexer = new OrderedIndexer(index, expectedSearchPages(model));
  });
  eleventyConfig.addTransform("search-index", function (this: { page: { outputPath: string | false } }, content: string) {
    const { outputPath } = this.page;
    if (indexer && typeof outputPath === "string" && outputPath.endsWith(".html")) {
      const relative = path.relative(outputDir, outputPath).split(path.sep).join("/");
      if (guideFolders.some((folder) => relative.startsWith(`${folder}/`))) indexer.offer(relative, content);
    }
    return content;
  });
  return { name: "Search indexing", run: async () => {
    if (!indexer || !index) throw new Error("the search index was never started");
    let redo: string;
    try {
      const result = await indexer.finish();
      const written = await htmlFilesInOrder(outputDir, guideFolders);
      if (result.complete && written.join("\n") === indexer.expected.join("\n")) {
        assertNoErrors(`index the pages matching ${guidePagesGlob}`, result.errors);
        const files = await index.writeFiles({ outputPath: path.join(outputDir, "pagefind") });
        assertNoErrors("write the index", files.errors);
        await normalisePagefindIndex(path.join(outputDir, "pagefind"));
        return;
      }
      redo = result.complete ? "the pages written differ from those expected" : result.reason;
    } finally {
      await index.deleteIndex();
    }
    console.warn(`Search: indexing the written pages again, as ${redo}.`);
    await buildSearchIndex(outputDir);
  } };
}

/** The HTML files the build writes under the indexed folders: each guide's page and each collection's list page. */
function expectedSearchPages(model: SiteModel): string[] {
  const guides = allGuides(model);
  return [...guideFolders.map((folder) => `${folder}/index.html`), ...guides.map((guide) => `${guide.url.slice(1)}index.html`)];
}

/** Builds a new index beside the live one and swaps it in, so a browser searching meanwhile never reads half an index. */
async function swapInNewIndex(siteDir: string): Promise<void> {
  const live = path.join(siteDir, "pagefind");
  const next = path.join(siteDir, ".pagefind-next");
  const old = path.join(siteDir, ".pagefind-old");
  await rm(next, { recursive: true, force: true });
  await buildSearchIndex(siteDir, { indexDir: next });
  await rm(old, { recursive: true, force: true });
  await rename(live, old).catch(() => undefined);
  await rename(next, live);
  await rm(old, { recursive: true, force: true });
}

/** The pages worth searching: one per role, skill and technology (the list pages under them are left out). */
export const guidePagesGlob = "{roles,skills,technologies}/*/index.html";

/** The folders whose pages are indexed; list pages in them have no data-pagefind-body, so Pagefind leaves them out. */
const guideFolders = ["roles", "skills", "technologies"];

/** Builds the search index of the guide pages under `siteDir` into `siteDir/pagefind/` (or `indexDir`); throws listing every error Pagefind returns. */
export async function buildSearchIndex(siteDir: string, options: { glob?: string; indexDir?: string } = {}): Promise<{ pageCount: number }> {
  const indexDir = options.indexDir ?? path.join(siteDir, "pagefind");
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  assertNoErrors("create the index", errors);
  if (!index) throw new Error("Pagefind did not create an index");
  try {
    // Pages are added one by one in path order (not with addDirectory, which follows the file system's order), and the
    // written index is normalised, so the same guides always give the same index bytes.
    const added = options.glob === undefined
      ? await addHtmlFilesInOrder(index, siteDir, guideFolders)
      : await index.addDirectory({ path: siteDir, glob: options.glob });
    assertNoErrors(`index the pages matching ${options.glob ?? guidePagesGlob}`, added.errors);
    const written = await index.writeFiles({ outputPath: indexDir });
    assertNoErrors("write the index", written.errors);
    await normalisePagefindIndex(indexDir);
    return { pageCount: added.page_count };
  } finally {
    await index.deleteIndex();
  }
}

/** Throws one error listing everything Pagefind reported for a step; Pagefind returns errors in arrays instead of throwing. */
export function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${errors.map((error) => `  ${error}`).join("\n")}`);
}
