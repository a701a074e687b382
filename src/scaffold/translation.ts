// `npm run new -- role "Backend-Entwickler:in" --lang de --translates back-end-developer`: starts a translation of a
// guide in <content>/<lang>/<collection>/<slug>.md, with the translated title, the original's text to translate below
// a TODO, and only the fields a translation may set.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { DateTime } from "luxon";
import { stringify } from "yaml";
import { displayPath, loadContent } from "../content/load.ts";
import { loadSiteSettings } from "../content/site-settings.ts";
import { canonicalTag, isKnownLanguage, languageFolder } from "../i18n/language-tags.ts";
import { closestMatch } from "../lib/suggest.ts";
import { plainText } from "../schema/fields.ts";
import { collectionNames, collections } from "../schema/index.ts";
import { placeholderMarker } from "../check/placeholders.ts";
import { ScaffoldError, type NewGuide } from "./index.ts";

/** What the author asked for: the kind of guide, the translated title, the language and the guide it translates. */
export interface NewTranslationRequest {
  kind: string;
  title: string;
  language: string;
  /** The slug of the original, like "back-end-developer" (or "roles/back-end-developer"). */
  translates: string;
  contentDir: string;
  /** The day to publish, YYYY-MM-DD (default: today). */
  today?: string;
}

/** Writes a new translation file and returns where it went; throws a ScaffoldError for a bad or duplicate request. */
export async function createTranslation(request: NewTranslationRequest): Promise<NewGuide> {
  const collection = collectionNames.find(
    (name) => name === request.kind.trim().toLowerCase() || collections[name].singular === request.kind.trim().toLowerCase(),
  );
  if (!collection)
    throw new ScaffoldError(
      `unknown kind of guide "${request.kind}", expected one of: ${collectionNames.map((name) => collections[name].singular).join(", ")}`,
    );
  const title = request.title.trim();
  const checkedTitle = plainText(80).safeParse(title);
  if (!checkedTitle.success) throw new ScaffoldError(`the title: found "${title}", expected ${checkedTitle.error.issues[0]?.message ?? "one line of text"}`);
  const tag = canonicalTag(request.language);
  if (tag === undefined || !isKnownLanguage(tag))
    throw new ScaffoldError(`--lang: found "${request.language}", expected a BCP 47 language tag like de, es or pt-br`);
  const { settings } = await loadSiteSettings(request.contentDir);
  if (tag.toLowerCase() === settings.language.toLowerCase()) {
    throw new ScaffoldError(
      `--lang: ${tag} is the site's own language (site.yaml's language), whose guides are the originals; start a guide with \`npm run new -- ${collections[collection].singular} "…"\` instead`,
    );
  }
  const slug = request.translates.replace(new RegExp(`^${collection}/`), "").replace(/\.md$/, "");
  const originals = (await loadContent(request.contentDir)).entries.filter((entry) => entry.collection === collection);
  const original = originals.find((entry) => entry.slug === slug);
  if (!original) {
    const close = closestMatch(
      slug,
      originals.map((entry) => entry.slug),
    );
    throw new ScaffoldError(
      `--translates: there is no ${collections[collection].singular} "${slug}" to translate${close ? ` — did you mean "${close}"?` : `; translations follow the guides in ${collection}/`}`,
    );
  }
  const folder = path.join(request.contentDir, languageFolder(tag), collection);
  const file = path.join(folder, `${slug}.md`);
  const summary = original.frontMatter.get("summary");
  const frontMatter = stringify({
    title,
    summary: `${placeholderMarker}: ${typeof summary === "string" ? summary : "one or two sentences on what the guide covers"}`,
    aliases: [],
    published: request.today ?? DateTime.now().toISODate() ?? "",
  }).replace(/^aliases: \[\]\n/m, `# Other names readers of this language search for, one per line after "aliases:".\naliases: []\n`);
  const text = `---\n${frontMatter}---\n\n<!-- ${placeholderMarker}: translate the text below, from ${displayPath(path.join(request.contentDir, collection, `${slug}.md`))}. Headings may be your own; links to other guides stay as they are. -->\n\n${original.body.trimStart()}`;
  await mkdir(folder, { recursive: true });
  try {
    await writeFile(file, text, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new ScaffoldError(`${displayPath(file)} already exists: improve that translation instead`);
    throw error;
  }
  const shown = displayPath(file);
  const url = `/${languageFolder(tag)}/${collection}/${slug}/`;
  return {
    file: shown,
    url,
    nextSteps: [
      `Open ${shown}: write the summary, then translate the text one section at a time (the TODOs mark what is left).`,
      "Run `npm run check`: it lists each TODO left and anything wrong, with its line.",
      `Run \`npm start\` and read the page at http://localhost:8080${url}`,
      "Open a pull request; docs/i18n.md says how translations are reviewed and kept up to date.",
    ],
  };
}
