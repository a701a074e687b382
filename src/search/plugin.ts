// Indexes the guide pages with Pagefind's Node API, one index per language (see search-languages.ts): in a build while
// Eleventy renders them, in the dev server after each run.
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import * as pagefind from "pagefind";
import type { PagefindIndex } from "pagefind";
import type { SiteModel } from "../content/model.ts";
import type { BuildContext } from "../site/context.ts";
import type { PostBuildStep } from "../site/post-build.ts";
import { onPageRendered } from "../site/typescript-templates.ts";
import { addHtmlFilesInOrder, htmlFilesInOrder, normalisePagefindIndex } from "./pagefind-normalise.ts";
import { OrderedIndexer } from "./ordered-indexing.ts";
import { writeIndexFiles } from "./write-index.ts";
import { collectGarbage } from "../lib/memory.ts";
import { defaultSearchTarget, searchIndexTargets, targetOf, type SearchIndexTarget } from "./search-languages.ts";

/**
 * Sets up the search index of this build or dev session and returns the step that finishes it once every page is
 * written, failing the build on any Pagefind error. A build indexes each guide page while Eleventy renders the rest
 * (see src/search/ordered-indexing.ts). In the dev server only the first run waits for the index; after an edit the
 * page reloads at once and the index follows in the background.
 */
export function searchIndexing(eleventyConfig: UserConfig, context: BuildContext): PostBuildStep {
  if (context.mode === "build" && context.modelIsPrebuilt) {
    return indexWhileRendering(eleventyConfig, context.outputDir, context.pathPrefix, context.content.model);
  }
  const refresh =
    context.mode === "dev" && context.background
      ? context.background.refresher("Search indexing", () => swapInNewIndexes(context.outputDir, searchIndexTargets(context.content.model)))
      : undefined;
  let indexed = false;
  return {
    name: "Search indexing",
    run: async () => {
      if (refresh && indexed) {
        refresh();
        return;
      }
      await buildSearchIndexes(context.outputDir, searchIndexTargets(context.content.model));
      indexed = true;
    },
  };
}

/**
 * Sends every guide page to the index of its language as Eleventy renders it, then writes each index once all its pages
 * are in. Should the pages written differ from those expected, that index is built again from the files, so the result
 * never depends on timing.
 */
function indexWhileRendering(eleventyConfig: UserConfig, outputDir: string, pathPrefix: string, model: SiteModel): PostBuildStep {
  const targets = searchIndexTargets(model);
  let running: Array<{ target: SearchIndexTarget; index: PagefindIndex; indexer: OrderedIndexer }> = [];
  eleventyConfig.on("eleventy.before", async () => {
    running = [];
    for (const target of targets) {
      const created = await pagefind.createIndex({ forceLanguage: target.language });
      assertNoErrors("create the index", created.errors);
      if (!created.index) throw new Error("Pagefind did not create an index");
      running.push({ target, index: created.index, indexer: new OrderedIndexer(created.index, target.expected) });
    }
  });
  const offer = (outputPath: string | false, content: string) => {
    if (running.length > 0 && typeof outputPath === "string" && outputPath.endsWith(".html")) {
      const relative = path.relative(outputDir, outputPath).split(path.sep).join("/");
      const target = targetOf(targets, relative);
      if (target) running.find((entry) => entry.target === target)?.indexer.offer(relative, content);
    }
  };
  // Eleventy renders and writes page after page without waiting for any input or output, so Pagefind's answers would go
  // unread, and no further page be sent, until it is done: a turn of the event loop every few pages lets them through.
  let pages = 0;
  const letPagefindIn = () => (++pages % 8 === 0 ? new Promise<void>((resolve) => setImmediate(resolve)) : undefined);
  // A page goes to Pagefind as soon as it is rendered, while Eleventy renders the rest. Under a path prefix the HTML base
  // plugin still rewrites a page's links after rendering, so there pages go as written, after the transforms.
  if (pathPrefix === "/") {
    onPageRendered(eleventyConfig, (outputPath, content) => {
      offer(outputPath, content);
      return letPagefindIn();
    });
  }
  eleventyConfig.addTransform("search-index", async function (this: { page: { outputPath: string | false } }, content: string) {
    if (pathPrefix !== "/") offer(this.page.outputPath, content);
    await letPagefindIn();
    return content;
  });
  return {
    name: "Search indexing",
    run: async () => {
      if (running.length === 0) throw new Error("the search index was never started");
      for (const { target, index, indexer } of running) {
        let redo: string;
        try {
          const result = await indexer.finish();
          const written = await htmlFilesInOrder(outputDir, target.folders);
          if (result.complete && written.join("\n") === indexer.expected.join("\n")) {
            assertNoErrors(`index the pages matching ${guidePagesGlob}`, result.errors);
            // Writing is when Pagefind needs the most memory; the pages queued for it are garbage now, so give them back first.
            collectGarbage();
            assertNoErrors("write the index", await writeIndexFiles(index, path.join(outputDir, target.indexDir)));
            await normalisePagefindIndex(path.join(outputDir, target.indexDir));
            continue;
          }
          redo = result.complete ? "the pages written differ from those expected" : result.reason;
        } finally {
          await index.deleteIndex();
        }
        console.warn(`Search: indexing the written pages of ${target.indexDir}/ again, as ${redo}.`);
        await buildSearchIndex(outputDir, { target });
      }
    },
  };
}

/** Builds each new index beside the live one and swaps it in, so a browser searching meanwhile never reads half an index. */
async function swapInNewIndexes(siteDir: string, targets: readonly SearchIndexTarget[]): Promise<void> {
  for (const target of targets) {
    const live = path.join(siteDir, target.indexDir);
    const next = path.join(path.dirname(live), ".pagefind-next");
    const old = path.join(path.dirname(live), ".pagefind-old");
    await rm(next, { recursive: true, force: true });
    await buildSearchIndex(siteDir, { target, indexDir: next });
    await rm(old, { recursive: true, force: true });
    await rename(live, old).catch(() => undefined);
    await rename(next, live);
    await rm(old, { recursive: true, force: true });
  }
}

/** Builds the search index of every language of a site, each into its own folder. */
export async function buildSearchIndexes(siteDir: string, targets: readonly SearchIndexTarget[]): Promise<void> {
  for (const target of targets) await buildSearchIndex(siteDir, { target });
}

/** The pages worth searching: one per role, skill and technology (the list pages under them are left out). */
export const guidePagesGlob = "{roles,skills,technologies}/*/index.html";

/**
 * Builds the search index of one language's guide pages under `siteDir` (by default the English pages into
 * `siteDir/pagefind/`; `indexDir` overrides where it goes); throws listing every error Pagefind returns.
 */
export async function buildSearchIndex(
  siteDir: string,
  options: { glob?: string; indexDir?: string; target?: SearchIndexTarget } = {},
): Promise<{ pageCount: number }> {
  const target = options.target ?? defaultSearchTarget;
  const indexDir = options.indexDir ?? path.join(siteDir, target.indexDir);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: target.language });
  assertNoErrors("create the index", errors);
  if (!index) throw new Error("Pagefind did not create an index");
  try {
    // Pages are added one by one in path order (not with addDirectory, which follows the file system's order), and the
    // written index is normalised, so the same guides always give the same index bytes.
    const added =
      options.glob === undefined ? await addHtmlFilesInOrder(index, siteDir, target.folders) : await index.addDirectory({ path: siteDir, glob: options.glob });
    assertNoErrors(`index the pages matching ${options.glob ?? guidePagesGlob}`, added.errors);
    assertNoErrors("write the index", await writeIndexFiles(index, indexDir));
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
