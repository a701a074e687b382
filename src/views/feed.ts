// Which guides the Atom feed of new and updated guides lists, in which order.
import { allGuides, type Guide, type SiteModel } from "../content/model.ts";

/** How many guides the feed lists: the most recently changed. */
export const feedSize = 30;

const typeOrder = { role: 0, skill: 1, technology: 2 } as const;

/** The guides the feed lists: most recently changed first, then roles, skills and technologies, then by slug. */
export function feedEntries(model: Pick<SiteModel, "roles" | "skills" | "technologies">, size = feedSize): Guide[] {
  return allGuides(model)
    .sort((a, b) =>
      a.lastModified !== b.lastModified
        ? a.lastModified < b.lastModified
          ? 1
          : -1
        : typeOrder[a.type] - typeOrder[b.type] || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
    )
    .slice(0, size);
}
