// /compare/roles.json: every role's skills and technologies for the comparison picker, with prefixed URLs.
import type { PageData } from "../src/site/page-data.ts";

export const data = { permalink: "/compare/roles.json" };

export default function render(data: PageData): string {
  return JSON.stringify(data.views.compareDataFile);
}
