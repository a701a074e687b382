// One order for text across the site: titles and slugs sort the same way in the build, in the browser and on every
// machine, whatever its locale.

// One collator for every comparison: `localeCompare` with options builds a new one on each call, a hundred times slower.
// English collation ignoring case and accents; "en" and "en-GB" order text alike (CLDR tailors neither).
const collator = new Intl.Collator("en", { sensitivity: "base" });

/** Compares two texts by their letters regardless of case and accents, then by code point, so no two differ by chance. */
export function compareTitles(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
