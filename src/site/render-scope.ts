// Which pages an Eleventy run renders. A build renders every page; the dev server, after an edit that changed only the
// Markdown bodies of some guides, renders just those guides' own pages (their HTML and JSON), because no other page shows
// a guide's body. Pages it skips stay as the previous run wrote them.
import { allGuides, type Guide, type SiteModel } from "../content/model.ts";

/** Every page, or only the pages of the guides at these URLs. */
export type RenderScope = { everything: true } | { everything: false; guideUrls: ReadonlySet<string> };

/** The scope of a build: every page. */
export const renderEverything: RenderScope = { everything: true };

/** The items of a paginated guide template to render in this run: all of them, or those whose guide is in scope. */
export function guidesInScope<T extends { url: string }>(items: readonly T[], scope: RenderScope | undefined): T[] {
  if (!scope || scope.everything) return [...items];
  return items.filter((item) => scope.guideUrls.has(item.url));
}

/** The items of a paginated template that shows no guide body: all of them when everything renders, else none. */
export function unlessBodiesOnly<T>(items: readonly T[], scope: RenderScope | undefined): T[] {
  return !scope || scope.everything ? [...items] : [];
}

/**
 * What to render after the model changed from `before` to `after`: only the guides whose body (rendered HTML, headings,
 * word count) changed when nothing else about any guide did — same guides, same order, same fields — else everything.
 */
export function scopeOfChange(before: SiteModel, after: SiteModel): RenderScope {
  const [previous, next] = [allGuides(before), allGuides(after)];
  if (previous.length !== next.length) return renderEverything;
  // site.yaml's name, home text, logo or language show on every page.
  if (JSON.stringify(before.settings) !== JSON.stringify(after.settings)) return renderEverything;
  const changed = new Set<string>();
  for (const [index, guide] of next.entries()) {
    const old = previous[index];
    if (!old || partsOf(old).face !== partsOf(guide).face) return renderEverything;
    if (partsOf(old).body !== partsOf(guide).body) changed.add(guide.url);
  }
  // Translations likewise: a changed body re-renders the translation's page; anything else, or other messages, all pages.
  if (languagesFace(before) !== languagesFace(after)) return renderEverything;
  const [oldTranslations, newTranslations] = [before.languages.flatMap((language) => language.translations), after.languages.flatMap((language) => language.translations)];
  for (const [index, translation] of newTranslations.entries()) {
    const old = oldTranslations[index] as unknown as Guide;
    if (!old || partsOf(old).face !== partsOf(translation as unknown as Guide).face) return renderEverything;
    if (partsOf(old).body !== partsOf(translation as unknown as Guide).body) changed.add(`/${translation.language.toLowerCase()}/${translation.collection}/${translation.slug}/`);
  }
  return { everything: false, guideUrls: changed };
}

/** The languages of a model, their messages and which guides each translates, as text. */
function languagesFace(model: SiteModel): string {
  return JSON.stringify((model.languages ?? []).map((language) => [language.tag, language.messages ? [...language.messages.messages] : null, language.translations.map((translation) => translation.sourcePath)]));
}

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
