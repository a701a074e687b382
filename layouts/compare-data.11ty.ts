// /compare/roles.json: every role's skills and technologies for the comparison picker, with prefixed URLs.
import type { PaginatedData } from "../src/site/page-data.ts";
import type { Edition } from "../src/i18n/editions.ts";
import { editionPage } from "../src/site/editions-data.ts";
import { perEdition } from "./partials/edition.ts";

type Data = PaginatedData<"edition", Edition>;

// One file per language: the picker on /de/compare/ compares the roles with their German titles and addresses.
export const data = { pagination: perEdition, permalink: (data: Data) => `${data.edition.language.prefix}compare/roles.json` };

export default function render(page: Data): string {
  return JSON.stringify(editionPage(page, page.edition).views.compareDataFile);
}
