// One order for text across the site: titles and slugs sort the same way in the build, in the browser and on every
// machine, whatever its locale.

// One collator for every comparison: `localeCompare` with options builds a new one on each call, a hundred times slower.
// English collation ignoring case and accents; "en" and "en-GB" order text alike (CLDR tailors neither).
const collator = new Intl.Collator("en", { sensitivity: "base" });

/** Compares two texts by their letters regardless of case and accents, then by code point, so no two differ by chance. */
export function compareTitles(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

const collators = new Map<string, (a: string, b: string) => number>();

/** Compares texts as `compareTitles` does, by the alphabet of `locale` (German sorts "Ä" with "A"); English uses compareTitles itself. */
export function titleComparer(locale: string): (a: string, b: string) => number {
  if (locale === "en" || locale.startsWith("en-")) return compareTitles;
  let compare = collators.get(locale);
  if (!compare) {
    const own = new Intl.Collator(locale, { sensitivity: "base" });
    compare = (a, b) => own.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
    collators.set(locale, compare);
  }
  return compare;
}
