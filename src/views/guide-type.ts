// What kind of guide a guide is, in the words readers see: in the feed's categories and the search's type filter.
import type { Guide } from "../content/model.ts";
import type { Messages } from "../i18n/messages.ts";

/** The name of each kind of guide, in the order the site lists them. */
export const guideTypeLabels = { role: "Role", skill: "Skill", technology: "Technology" } as const;

/** The name of a kind of guide: "Role", "Skill" or "Technology". */
export type GuideTypeLabel = (typeof guideTypeLabels)[Guide["type"]];

/** What a guide is, as readers see it named: in English, or in the language of `messages`. */
export function guideTypeLabel(guide: Pick<Guide, "type">, messages?: Messages): string {
  return messages ? messages.t(`guide.${guide.type}`) : guideTypeLabels[guide.type];
}
