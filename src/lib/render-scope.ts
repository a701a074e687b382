// Which pages an Eleventy run renders. A build renders every page; the dev server, after an edit that changed only the
// Markdown bodies of some guides, renders just those guides' own pages (their HTML and JSON), because no other page shows
// a guide's body. Pages it skips stay as the previous run wrote them.
import type { Guide, SiteModel } from "../content/model.ts";

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
  const [previous, next] = [guidesOf(before), guidesOf(after)];
  if (previous.length !== next.length) return renderEverything;
  const changed = new Set<string>();
  for (const [index, guide] of next.entries()) {
    const old = previous[index];
    if (!old || faceOf(old) !== faceOf(guide)) return renderEverything;
    if (bodyOf(old) !== bodyOf(guide)) changed.add(guide.url);
  }
  return { everything: false, guideUrls: changed };
}

function guidesOf(model: SiteModel): Guide[] {
  return [...model.roles, ...model.skills, ...model.technologies];
}

/** Everything about a guide that other pages may show: all but its body. */
function faceOf(guide: Guide): string {
  return JSON.stringify(guide, function (this: unknown, key: string, value: unknown) {
    return this === guide && bodyFields.has(key) ? undefined : value;
  });
}

/** The fields of a guide that only its own pages (and data file) show. */
const bodyFields = new Set(["body", "headings", "wordCount"]);

function bodyOf(guide: Guide): string {
  return JSON.stringify([guide.body.toString(), guide.headings, guide.wordCount]);
}
