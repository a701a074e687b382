// Slugs: the URL-safe names that entries and headings are known by.

/** The shape every slug must have: lower-case words of letters and digits joined by single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether a string is a valid slug. */
export function isSlug(value: string): boolean {
  return slugPattern.test(value);
}

/** Turns any text into the closest valid slug ("Site Reliability Engineer" becomes "site-reliability-engineer"). */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\+/g, " plus ")
    .replace(/#/g, " sharp ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
