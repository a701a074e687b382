// Indexing while rendering: Pagefind numbers pages in the order they reach it, so for the same index bytes on every build
// the pages must go in in path order, while Eleventy renders them in its own. The indexer is told the pages to expect,
// keeps those that arrive early, and sends each to Pagefind (which works in its own process, on another core) as soon as
// every page before it has been sent. Pagefind's service handles its messages one at a time in the order they arrive,
// so a few pages are kept in flight at once: Pagefind never waits for the next page, and the order stays the same.
import type { PagefindIndex } from "pagefind";
import { sortPaths } from "./pagefind-normalise.ts";

/** What indexing in order gave: the errors Pagefind reported and how many pages it took, or why it must be redone. */
export type OrderedIndexingResult = { complete: true; errors: string[]; pageCount: number } | { complete: false; reason: string };

/** How many pages may await Pagefind's answer at once: enough that it never waits, few enough to buffer little. */
const pagesInFlight = 8;

/** Adds expected pages to a Pagefind index in path order, whatever order their HTML is offered in. */
export class OrderedIndexer {
  readonly #index: PagefindIndex;
  readonly #expected: string[];
  readonly #known: ReadonlySet<string>;
  readonly #early = new Map<string, string>();
  readonly #unexpected: string[] = [];
  readonly #errors: string[] = [];
  /** Pages whose turn has come, waiting for room among those in flight. */
  readonly #ready: Array<{ path: string; html: string }> = [];
  #inFlight = 0;
  #next = 0;
  #pageCount = 0;
  /** Settles when nothing is in flight or waiting. */
  #drained: Promise<void> = Promise.resolve();
  #markDrained: (() => void) | undefined;
  /** The first error the Pagefind service threw (not a page's own errors): sending stops, and finish() throws it. */
  #failure: { error: unknown } | undefined;

  /** `expected`: the paths (relative to the site, like "roles/x/index.html") of every page that will be offered. */
  constructor(index: PagefindIndex, expected: readonly string[]) {
    this.#index = index;
    this.#expected = sortPaths([...new Set(expected)]);
    this.#known = new Set(this.#expected);
  }

  /** Takes a rendered page; it is sent once every expected page before it has been. */
  offer(sourcePath: string, html: string): void {
    if (!this.#known.has(sourcePath) || this.#early.has(sourcePath)) {
      this.#unexpected.push(sourcePath);
      return;
    }
    this.#early.set(sourcePath, html);
    while (this.#next < this.#expected.length) {
      const next = this.#expected[this.#next] as string;
      const content = this.#early.get(next);
      if (content === undefined) break;
      this.#early.delete(next);
      this.#next += 1;
      this.#ready.push({ path: next, html: content });
    }
    this.#send();
  }

  /** Sends ready pages, in order, while fewer than `pagesInFlight` await Pagefind's answer. */
  #send(): void {
    while (!this.#failure && this.#inFlight < pagesInFlight && this.#ready.length > 0) {
      const { path, html } = this.#ready.shift() as { path: string; html: string };
      if (this.#inFlight === 0) this.#drained = new Promise((resolve) => (this.#markDrained = resolve));
      this.#inFlight += 1;
      // A rejection is kept for finish(), never left unhandled while Eleventy is still rendering.
      void this.#index
        .addHTMLFile({ sourcePath: path, content: html })
        .then(
          (added) => {
            if (added.errors.length > 0) this.#errors.push(...added.errors.map((error) => `${path}: ${error}`));
            else this.#pageCount += 1;
          },
          (error: unknown) => {
            this.#failure ??= { error };
          },
        )
        .finally(() => {
          this.#inFlight -= 1;
          this.#send();
          if (this.#inFlight === 0) this.#markDrained?.();
        });
    }
  }

  /** Waits for every page sent; incomplete when an expected page never came or an unexpected one did; throws what Pagefind threw. */
  async finish(): Promise<OrderedIndexingResult> {
    await this.#drained;
    if (this.#failure) throw this.#failure.error;
    if (this.#unexpected.length > 0) return { complete: false, reason: `pages that were not expected: ${this.#unexpected.slice(0, 3).join(", ")}` };
    if (this.#next < this.#expected.length) {
      const missing = this.#expected.length - this.#next - this.#early.size;
      return { complete: false, reason: `${missing} expected page(s) never rendered, the first ${this.#expected[this.#next]}` };
    }
    return { complete: true, errors: this.#errors, pageCount: this.#pageCount };
  }

  /** The paths this indexer was told to expect, in the order it adds them. */
  get expected(): readonly string[] {
    return this.#expected;
  }
}
