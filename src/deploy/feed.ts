// The title of the Atom feed of new and updated guides; which guides it lists is a view (src/views/feed.ts).

/** The feed's title, also the title of the feed links in page heads. */
export function feedTitle(site: { name: string }): string {
  return `${site.name}: new and updated guides`;
}
