// What the Atom feed of new and updated guides holds: its title, and which guides in which order.
import { allGuides, type Guide, type SiteModel } from "../content/model.ts";

/** How many guides the feed lists: the most recently changed. */
export const feedSize = 30;

/** The feed's title, also the title of the feed links in page heads. */
export function feedTitle(site: { name: string }): string {
  return `${site.name}: new and updated guides`;
}

const typeOrder = { role: 0, skill: 1, technology: 2 } as const;

/** The guides the feed lists: most recently changed first, then roles, skills and technologies, then by slug. */
export function feedEntries(model: SiteModel, size = feedSize): Guide[] {
  return allGuides(model)
    .sort((a, b) => (a.lastModified !== b.lastModified ? (a.lastModified < b.lastModified ? 1 : -1) : typeOrder[a.type] - typeOrder[b.type] || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)))
    .slice(0, size);
}

/** What a guide is, as the feed's category label says it. */
export function guideTypeLabel(guide: Guide): string {
  return guide.type === "role" ? "Role" : guide.type === "skill" ? "Skill" : "Technology";
}
