// Which pages an Eleventy run renders. A build renders every page; the dev server, after an edit to guides alone, renders
// only the pages that show what changed: after an edit to a guide's Markdown body, that guide's own pages (their HTML and
// JSON), as no other page shows a body; after an edit to its front matter, also the pages of the guides it names and
// that name it, every role page (roadmaps and related roles are worked out across guides) and the pages that show many
// guides at once. Pages listing guides (home, lists, search, comparisons index) render on every run. Pages it skips stay
// as the previous run wrote them.
import { allGuides, type Guide, type SiteModel } from "../content/model.ts";

/**
 * Every page, or only the pages of the guides at these URLs; `facesChanged` when front matter changed, so the pages that
 * show many guides at once (comparisons, the collections' JSON files) render too.
 */
export type RenderScope = { everything: true } | { everything: false; guideUrls: ReadonlySet<string>; facesChanged: boolean };

/** The scope of a build: every page. */
export const renderEverything: RenderScope = { everything: true };

/** The items of a paginated guide template to render in this run: all of them, or those whose guide is in scope. */
export function guidesInScope<T extends { url: string }>(items: readonly T[], scope: RenderScope | undefined): T[] {
  if (!scope || scope.everything) return [...items];
  return items.filter((item) => scope.guideUrls.has(item.url));
}

/** The items of a paginated template that shows many guides but no body: all of them unless only bodies changed, else none. */
export function unlessBodiesOnly<T>(items: readonly T[], scope: RenderScope | undefined): T[] {
  return !scope || scope.everything || scope.facesChanged ? [...items] : [];
}

/**
 * What to render after the model changed from `before` to `after`, when both hold the same guides and the same settings
 * and languages (else everything): the guides whose body changed, and for each guide whose front matter changed, the
 * pages that show it (see the top of this file), in every language that has them.
 */
export function scopeOfChange(before: SiteModel, after: SiteModel): RenderScope {
  const previous = new Map(allGuides(before).map((guide) => [guide.url, guide]));
  const next = allGuides(after);
  if (previous.size !== next.length) return renderEverything;
  // site.yaml's name, home text, logo or language show on every page.
  if (JSON.stringify(before.settings) !== JSON.stringify(after.settings)) return renderEverything;
  const changed = new Set<string>();
  const changedFaces = new Set<string>();
  for (const guide of next) {
    // Matched by address, not position: a new title can move a guide in the model's order.
    const old = previous.get(guide.url);
    if (!old) return renderEverything;
    if (partsOf(old).face !== partsOf(guide).face) {
      changed.add(guide.url);
      // Its own fields, or which guides it names: the pages of those guides show it too.
      if (ownFaceOf(old) !== ownFaceOf(guide)) changedFaces.add(guide.url);
    }
    if (partsOf(old).body !== partsOf(guide).body) changed.add(guide.url);
  }
  // Translations likewise, except that any change but a body's re-renders all pages, as do other messages.
  if (languagesFace(before) !== languagesFace(after)) return renderEverything;
  const [oldTranslations, newTranslations] = [translationsOf(before), translationsOf(after)];
  for (const [index, translation] of newTranslations.entries()) {
    const old = oldTranslations[index] as unknown as Guide;
    if (!old || partsOf(old).face !== partsOf(translation as unknown as Guide).face) return renderEverything;
    if (partsOf(old).body !== partsOf(translation as unknown as Guide).body) changed.add(translationUrl(translation));
  }
  const facesChanged = next.some((guide) => partsOf(previous.get(guide.url) as Guide).face !== partsOf(guide).face);
  if (!facesChanged) return { everything: false, guideUrls: changed, facesChanged: false };
  // The guides a changed guide names and that name it, before the edit or after: their pages show its title and more.
  for (const guide of [...previous.values(), ...next]) {
    const links = linksOf(guide);
    if (changedFaces.has(guide.url)) for (const url of links) changed.add(url);
    else if ([...links].some((url) => changedFaces.has(url))) changed.add(guide.url);
  }
  for (const role of after.roles) changed.add(role.url);
  // The same guides' pages in the other languages.
  for (const translation of newTranslations) {
    if (changed.has(`/${translation.collection}/${translation.slug}/`)) changed.add(translationUrl(translation));
  }
  return { everything: false, guideUrls: changed, facesChanged: true };
}

type Translation = SiteModel["languages"][number]["translations"][number];

function translationsOf(model: SiteModel): Translation[] {
  return (model.languages ?? []).flatMap((language) => language.translations);
}

/** A translation's page address: /de/skills/sql/. */
function translationUrl(translation: Translation): string {
  return `/${translation.language.toLowerCase()}/${translation.collection}/${translation.slug}/`;
}

/** The languages of a model, their messages and which guides each translates, as text. */
function languagesFace(model: SiteModel): string {
  return JSON.stringify(
    (model.languages ?? []).map((language) => [
      language.tag,
      language.messages ? [...language.messages.messages] : null,
      language.translations.map((translation) => translation.sourcePath),
    ]),
  );
}

/**
 * The addresses a guide's front matter mentions: the guides it names and, as the model keeps links both ways, those that
 * name it (and its sources' addresses, which match no guide). Worked out once per guide object.
 */
function linksOf(guide: Guide): ReadonlySet<string> {
  let links = linksOfGuide.get(guide);
  if (!links) {
    const found = new Set<string>();
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (typeof value === "object" && value !== null) {
        for (const [key, child] of Object.entries(value)) {
          if (key === "url" && typeof child === "string") found.add(child);
          else if (value !== guide || !bodyFields.has(key)) visit(child);
        }
      }
    };
    visit(guide);
    found.delete(guide.url);
    links = found;
    linksOfGuide.set(guide, links);
  }
  return links;
}

const linksOfGuide = new WeakMap<Guide, ReadonlySet<string>>();

/** The fields of a guide that only its own pages (and data file) show. */
const bodyFields = new Set(["body", "headings", "wordCount"]);

/**
 * A guide's face and body as text, worked out once per guide object: the model is frozen, and each run compares the
 * new model with the one before, whose guides the run before that has mostly read already.
 */
const partsOfGuide = new WeakMap<Guide, { face: string; body: string }>();

function partsOf(guide: Guide): { face: string; body: string } {
  let parts = partsOfGuide.get(guide);
  if (!parts) {
    parts = {
      // Everything about a guide that other pages may show: all but its body.
      face: JSON.stringify(guide, function (this: unknown, key: string, value: unknown) {
        return this === guide && bodyFields.has(key) ? undefined : value;
      }),
      body: JSON.stringify([guide.body.toString(), guide.headings, guide.wordCount]),
    };
    partsOfGuide.set(guide, parts);
  }
  return parts;
}

/**
 * A guide's face with each guide it names reduced to its address (the titles and summaries there are those guides'
 * own), worked out only for guides whose face changed: it costs as much again as the face.
 */
function ownFaceOf(guide: Guide): string {
  return JSON.stringify(guide, function (this: unknown, key: string, value: unknown) {
    if (this === guide) return bodyFields.has(key) ? undefined : value;
    return value !== guide && isGuideLink(value) ? value.url : value;
  });
}

/** Whether a value inside a guide is a link to another guide, as the model writes them: its slug, title and address. */
function isGuideLink(value: unknown): value is { url: string } {
  return typeof value === "object" && value !== null && "slug" in value && "title" in value && typeof (value as { url?: unknown }).url === "string";
}
