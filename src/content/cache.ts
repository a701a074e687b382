// Keeps the work done on each guide file between runs of the dev server, so that a rebuild after one edit parses and
// renders only the file that changed.
import type { LoadFileResult, RawEntry } from "./load.ts";
import { renderBody, type RenderedBody } from "./render.ts";

/** Per file: the bytes it last had and what loading them gave; per loaded entry: its rendered body. */
export class ContentCache {
  readonly #loaded = new Map<string, { bytes: Buffer; result: LoadFileResult }>();
  readonly #rendered = new WeakMap<RawEntry, RenderedBody>();

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

  /** The rendered body of a loaded entry, rendered once per version of its file. */
  renderedBody(entry: RawEntry): RenderedBody {
    let body = this.#rendered.get(entry);
    if (!body) {
      body = renderBody(entry.body);
      this.#rendered.set(entry, body);
    }
    return body;
  }
}
