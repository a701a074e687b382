// The search page's filter vocabulary — each readable URL value (`?kind=database`) next to the value Pagefind holds
// ("Databases") — and the filter values each guide page carries.
import type { Guide, SiteModel } from "../content/model.ts";
import { importanceOrder, type Importance } from "../schema/taxonomy.ts";
import { catalogueTranslator, type Messages } from "../i18n/messages.ts";
import { guideTypeLabel, guideTypeLabels } from "./guide-type.ts";

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

/** What a guide page tells search: what it is, and its filter values by filter name, in the order pages list them. */
export interface SearchFacets {
  type: string;
  filters: Record<string, readonly string[]>;
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
export function searchFilters(
  model: Pick<SiteModel, "roles" | "skillsByCategory" | "technologiesByKind">,
  messages: Messages = catalogueTranslator(),
): SearchFilter[] {
  const t = (key: string) => messages.t(key);
  return [
    {
      name: "type",
      label: t("search.filterType"),
      anyLabel: t("search.anyType"),
      choices: (Object.keys(guideTypeLabels) as Array<Guide["type"]>).map((type) => ({ param: type, value: guideTypeLabel({ type }, messages) })),
    },
    {
      name: "role",
      label: t("search.filterRole"),
      anyLabel: t("search.anyRole"),
      choices: model.roles.map((role) => ({ param: role.slug, value: role.title, url: role.url })),
    },
    {
      name: "importance",
      label: t("search.filterImportance"),
      anyLabel: t("search.anyImportance"),
      choices: importanceOrder.map((level) => ({ param: importanceParam(level), value: t(`importance.${level}`) })),
    },
    {
      name: "category",
      label: t("search.filterCategory"),
      anyLabel: t("search.anyCategory"),
      choices: model.skillsByCategory.map((group) => ({ param: group.key, value: group.label })),
    },
    {
      name: "kind",
      label: t("search.filterKind"),
      anyLabel: t("search.anyKind"),
      choices: model.technologiesByKind.map((group) => ({ param: group.key, value: group.label })),
    },
  ];
}

/**
 * The filter values of a guide page: its type; for a skill its category, the roles that need it, those importances,
 * and each role paired with its importance (`need`); for a technology its kind and the roles that use it.
 */
export function searchFacets(guide: Guide, messages: Messages = catalogueTranslator()): SearchFacets {
  const type = guideTypeLabel(guide, messages);
  const importanceLabel = (importance: Importance) => messages.t(`importance.${importance}`);
  if (guide.type === "skill") {
    const levels = importanceOrder.filter((importance) => guide.neededBy[importance].length > 0);
    return {
      type,
      filters: {
        type: [type],
        category: [guide.categoryLabel],
        role: levels.flatMap((importance) => guide.neededBy[importance].map((role) => role.title)),
        importance: levels.map(importanceLabel),
        [needFilter]: levels.flatMap((level) => guide.neededBy[level].map((role) => `${role.title}${needSeparator}${importanceLabel(level)}`)),
      },
    };
  }
  if (guide.type === "technology")
    return { type, filters: { type: [type], kind: [guide.kindLabel], role: guide.usedBy.map((role) => role.title), [needFilter]: [] } };
  return { type, filters: { type: [type], [needFilter]: [] } };
}
