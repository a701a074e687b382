// Controls at the end of the site header, such as the theme toggle.
import type { HtmlValue } from "../../src/lib/html.ts";
import type { PageData } from "../../src/page-data.ts";
import type { PageOptions } from "../base.ts";

/** The reader controls shown in the header on every page. */
export function headerTools(_data: PageData, _options: PageOptions): HtmlValue {
  return "";
}
