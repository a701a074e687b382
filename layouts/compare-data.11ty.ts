// /compare/roles.json: every role's skills and technologies for the comparison picker, with prefixed URLs.
import type { PageData } from "../src/site/page-data.ts";
import { compareData } from "../src/compare/compare-data.ts";

export const data = { permalink: "/compare/roles.json" };

export default function render(data: PageData): string {
  return JSON.stringify(compareData(data.guides, data.site.pathPrefix));
}
