// Extra head elements for discovery (canonical URL, share cards, structured data, feeds) and installability.
import type { HtmlValue } from "../../src/lib/html.ts";
import type { PageData } from "../../src/page-data.ts";
import type { PageOptions } from "../base.ts";

/** The head elements that tell search engines, feed readers and share previews about a page. */
export function headMeta(_data: PageData, _options: PageOptions): HtmlValue {
  return "";
}
