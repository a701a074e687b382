// Pages in every language: pagination over the site's editions (src/i18n/editions.ts), one page per language for list
// and tool pages, one per translated guide for guide pages; and the language switcher every page shows.
import { html, trustedHtml, type SafeHtml } from "../../src/lib/html.ts";
import { browserMessagesFor, browserMessagesId } from "../../src/i18n/browser-messages.ts";
import { jsonForScript } from "../../src/deploy/structured-data.ts";
import type { Guide } from "../../src/content/model.ts";
import { inEdition, pageKey, pageVersions, type Edition, type EditionPages } from "../../src/i18n/editions.ts";
import type { Messages } from "../../src/i18n/messages.ts";
import type { PageData } from "../../src/site/page-data.ts";
import { guidesInScope } from "../../src/site/render-scope.ts";

/** Pagination for a page every language has: one page per edition, the edition under `edition`. */
export const perEdition = { data: "editions", size: 1, alias: "edition" } as const;

/** A guide page of one edition. */
export interface EditionGuide<T extends Guide> {
  edition: Edition;
  guide: T;
  /** The page's address, for the render scope of the dev server. */
  url: string;
}

/** The guide pages of a collection in every edition that has them, those in the render scope only. */
export function editionGuides<K extends keyof EditionPages>(collection: K) {
  return (editions: readonly Edition[], data: PageData): Array<EditionGuide<EditionPages[K][number]>> =>
    guidesInScope(
      editions.flatMap((edition) => edition.pages[collection].map((guide) => ({ edition, guide, url: guide.url }))),
      data.renderScope,
    );
}

/** The messages of a page's language. */
export function messagesOf(data: Pick<PageData, "edition">): Messages {
  return data.edition.language.messages;
}

/** A site path in the page's language: "/roles/" on a German page is "/de/roles/". */
export function localPath(data: Pick<PageData, "edition">, sitePath: string): string {
  return inEdition(data.edition.language, sitePath);
}

/**
 * The interface text the page's scripts show, as a JSON data block, when the page's language is not the English the
 * scripts are built with; a data block is never run, so the Content-Security-Policy allows it.
 */
export function pageMessages(data: Pick<PageData, "edition">): SafeHtml | "" {
  const own = browserMessagesFor(messagesOf(data));
  return own ? html`<script type="application/json" id="${browserMessagesId}">${trustedHtml(jsonForScript(own))}</script>\n` : "";
}

/**
 * The language switcher: a disclosure (keyboard-reachable, working without scripts) listing this page in each other
 * language, and each other language's home page where the page has no version in it. Nothing on a one-language site.
 */
export function languageSwitcher(data: PageData): SafeHtml | "" {
  if (data.editions.length < 2) return "";
  const current = data.edition.language;
  const versions = pageVersions(data.editions, pageKey(current, data.page.url));
  const others = data.editions
    .filter((edition) => edition.language !== current)
    .map((edition) => {
      const version = versions.find((candidate) => candidate.language === edition.language);
      const { language } = edition;
      const home = language.messages.t("site.home");
      // Each name is written in its own language and direction.
      const own = html` hreflang="${language.pageLanguage}" lang="${language.pageLanguage}" dir="${language.dir}"`;
      return version
        ? html`<li><a href="${version.url}"${own}>${language.name}</a></li>`
        : html`<li><a href="${language.prefix}"${own}>${language.name} <span class="language-switcher__home">(${home})</span></a></li>`;
    });
  const m = current.messages;
  return html`<nav class="language-switcher" aria-label="${m.t("language.switcher")}">
      <details>
        <summary><span class="visually-hidden">${m.t("language.switcher")}: </span><span lang="${current.pageLanguage}">${current.name}</span></summary>
        <ul>${others}</ul>
      </details>
    </nav>`;
}
