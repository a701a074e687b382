// Language tags (BCP 47) as the site uses them: as folder names in the content folder (`pt-br`), as page languages
// (`pt-BR`), as writing directions and as names readers recognise ("Deutsch").
/** The canonical form of a language tag (`pt-br` → `pt-BR`), or undefined when it is no well-formed tag. */
export function canonicalTag(value: string): string | undefined {
  if (!/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/.test(value)) return undefined;
  try {
    return Intl.getCanonicalLocales(value)[0];
  } catch {
    return undefined;
  }
}

/** The folder a language's translations live in: its tag in lower case, like `pt-br`. */
export function languageFolder(tag: string): string {
  return tag.toLowerCase();
}

const englishNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

/** Whether a tag names a language ICU knows by its primary subtag (`de`, `pt-BR`), not just a well-formed word (`roles`). */
export function isKnownLanguage(tag: string): boolean {
  const primary = tag.split("-")[0] ?? "";
  return /^[a-z]{2,3}$/i.test(primary) && englishNames.of(primary.toLowerCase()) !== undefined;
}

/** Why a folder name in the content folder is not a language folder, or undefined when it is one. */
export function languageFolderProblem(name: string): { message: string; suggestion: string } | undefined {
  const tag = canonicalTag(name);
  if (tag === undefined || !isKnownLanguage(tag)) {
    return { message: `"${name}" is not a language tag`, suggestion: "name translation folders by a BCP 47 language tag in lower case, like de, es or pt-br" };
  }
  if (name !== languageFolder(tag))
    return { message: `the language folder "${name}" is not in lower case`, suggestion: `rename it to ${languageFolder(tag)}/` };
  return undefined;
}

/** The direction a language is written in, from ICU's data (Intl.Locale's text info). */
export function directionOf(tag: string): "ltr" | "rtl" {
  const locale = new Intl.Locale(tag) as Intl.Locale & { textInfo?: { direction?: string }; getTextInfo?: () => { direction?: string } };
  // Node 20 offers the `textInfo` getter; newer engines replace it with getTextInfo().
  const info = typeof locale.getTextInfo === "function" ? locale.getTextInfo() : locale.textInfo;
  return info?.direction === "rtl" ? "rtl" : "ltr";
}

/** A language's name in its own language, with a capital where the language uses one: "Deutsch", "français" → "Français". */
export function nativeName(tag: string): string {
  const name = new Intl.DisplayNames([tag], { type: "language" }).of(tag) ?? tag;
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}

/** A language's name in another language, for notes like "(Englisch)": the primary language alone, `en-GB` → "Englisch". */
export function languageName(tag: string, inLanguage: string): string {
  const primary = tag.split("-")[0] ?? tag;
  return new Intl.DisplayNames([inLanguage], { type: "language" }).of(primary) ?? tag;
}

/** The language Pagefind indexes a language's pages as: its primary subtag, which picks the stemmer (`pt-BR` → `pt`). */
export function searchLanguage(tag: string): string {
  return (tag.split("-")[0] ?? tag).toLowerCase();
}

/** The locale as Open Graph writes it: `en-GB` → `en_GB`. */
export function openGraphLocale(tag: string): string {
  return tag.replace(/-/g, "_");
}
