// Keeps the work done on each guide file between runs of the dev server, so that a rebuild after one edit parses and
// renders only the file that changed.
import type { LoadFileResult, RawEntry } from "./load.ts";
import type { ParsedBody, RenderedBody } from "./render.ts";

/**
 * Per file: the bytes it last had and what loading them gave; per loaded entry: its parsed body, and its rendered body
 * with what that depended on (where its links led, which image files it showed).
 */
export class ContentCache {
  readonly #loaded = new Map<string, { bytes: Buffer; result: LoadFileResult }>();
  readonly #parsed = new WeakMap<RawEntry, ParsedBody>();
  readonly #rendered = new WeakMap<RawEntry, { dependencies: string; body: RenderedBody }>();

  /** What loading `file` gave the last time it held exactly these bytes, if it did. */
  loaded(file: string, bytes: Buffer): LoadFileResult | undefined {
    const kept = this.#loaded.get(file);
    return kept?.bytes.equals(bytes) ? kept.result : undefined;
  }

  /** Keeps what loading `file` with these bytes gave, replacing what an earlier version of the file gave. */
  remember(file: string, bytes: Buffer, result: LoadFileResult): void {
    this.#loaded.set(file, { bytes, result });
  }

  /** Forgets every file not in `present`, so deleted guides do not stay in memory. */
  keepOnly(present: ReadonlySet<string>): void {
    for (const file of this.#loaded.keys()) if (!present.has(file)) this.#loaded.delete(file);
  }

  /** The parsed body of a loaded entry, parsed once per version of its file. */
  parsedBody(entry: RawEntry, parse: () => ParsedBody): ParsedBody {
    let body = this.#parsed.get(entry);
    if (!body) {
      body = parse();
      this.#parsed.set(entry, body);
    }
    return body;
  }

  /** The rendered body of a loaded entry, rendered again only when its file or what it depends on changed. */
  renderedBody(entry: RawEntry, dependencies: string, render: () => RenderedBody): RenderedBody {
    const kept = this.#rendered.get(entry);
    if (kept?.dependencies === dependencies) return kept.body;
    const body = render();
    this.#rendered.set(entry, { dependencies, body });
    return body;
  }
}
