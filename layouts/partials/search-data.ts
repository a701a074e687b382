// The hidden Pagefind attributes that give a guide page its search filters, metadata and sort keys, and the filter
// vocabulary the search page offers: each readable URL value (`?kind=database`) next to the Pagefind value ("Databases").
import { html, type SafeHtml } from "../../src/lib/html.ts";
import type { GuideBase, SiteModel, Skill } from "../../src/content/model.ts";
import { importanceLevels, importanceOrder, type Importance } from "../../src/schema/index.ts";

/** The Pagefind filters a guide page can carry, in the order the search page shows them. */
export const filterNames = ["type", "role", "importance", "category", "kind"] as const;

/** The name of a search filter, which is also its URL parameter. */
export type FilterName = (typeof filterNames)[number];

/**
 * The hidden filter that pairs a role with how much it needs a skill ("Back-end developer · Required"), so that
 * `?role=…&importance=…` means "skills this role needs at this level", not "skills some role needs at this level".
 */
export const needFilter = "need";

/** Joins a role's filter value and an importance's filter value into one `need` filter value; search.ts joins them alike. */
export const needSeparator = " · ";

/** One choice of a filter: `param` is what the URL holds, `value` is what the pages hold for Pagefind. */
export interface FilterChoice {
  param: string;
  value: string;
  /** The guide the choice names, for roles: results link "Needed by" roles to it. */
  url?: string;
}

/** A filter as the search page offers it: its label, the label of "no filter", and its choices. */
export interface SearchFilter {
  name: FilterName;
  label: string;
  anyLabel: string;
  choices: FilterChoice[];
}

/** URL values of the importance levels: the schema's keys in kebab case (niceToHave → nice-to-have). */
export function importanceParam(importance: Importance): string {
  return importance.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/**
 * Every filter the search page offers, with the mapping from URL values to the values pages carry:
 * type=role|skill|technology → "Role"|"Skill"|"Technology"; role=<role slug> → the role's title;
 * importance=required|recommended|nice-to-have → the importance label; category=<category key> → its label;
 * kind=<kind key> → its label. Categories and kinds without guides are left out.
 */
export function searchFilters(guides: SiteModel): SearchFilter[] {
  return [
    { name: "type", label: "Type", anyLabel: "Any type", choices: (["Role", "Skill", "Technology"] as const).map((value) => ({ param: value.toLowerCase(), value })) },
    { name: "role", label: "Needed by role", anyLabel: "Any role", choices: guides.roles.map((role) => ({ param: role.slug, value: role.title, url: role.url })) },
    { name: "importance", label: "Importance", anyLabel: "Any importance", choices: importanceOrder.map((level) => ({ param: importanceParam(level), value: importanceLevels[level] })) },
    { name: "category", label: "Skill category", anyLabel: "Any category", choices: guides.skillsByCategory.map((group) => ({ param: group.key, value: group.label })) },
    { name: "kind", label: "Technology kind", anyLabel: "Any kind", choices: guides.technologiesByKind.map((group) => ({ param: group.key, value: group.label })) },
  ];
}

/** One filter value, read by Pagefind from an attribute so that any text is safe as a value. */
function filter(name: string, value: string): SafeHtml {
  return html`<span data-pagefind-filter="${name}[data-value]" data-value="${value}"></span>`;
}

function isSkill(guide: GuideBase): guide is Skill {
  return (guide as Partial<Skill>).type === "skill" && (guide as Partial<Skill>).neededBy !== undefined;
}

/** The `need` filter values of a skill: one per role and the importance at which that role needs it. */
function needValues(guide: GuideBase): string[] {
  if (!isSkill(guide)) return [];
  return importanceOrder.flatMap((level) => guide.neededBy[level].map((role) => `${role.title}${needSeparator}${importanceLevels[level]}`));
}

/** The search metadata, sort keys and filters for one guide page. */
export function searchData(guide: GuideBase, type: "Role" | "Skill" | "Technology", filters: Record<string, readonly string[]>): SafeHtml {
  const all: Record<string, readonly string[]> = { type: [type], ...filters, [needFilter]: needValues(guide) };
  const meta = ["type[data-type]", "summary[data-summary]", "updated[data-updated]", ...(guide.aliases.length > 0 ? ["aliases[data-aliases]"] : [])];
  return html`<div hidden data-pagefind-meta="${meta.join(", ")}" data-type="${type}" data-summary="${guide.summary}" data-updated="${guide.lastModified}"${guide.aliases.length > 0 ? html` data-aliases="${guide.aliases.join(", ")}"` : ""} data-pagefind-sort="title[data-title], updated[data-updated]" data-title="${guide.title.toLowerCase()}">
${Object.entries(all).flatMap(([name, values]) => values.map((value) => filter(name, value)))}
</div>`;
}
