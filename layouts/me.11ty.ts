// /me/: the reader's own skill self-check across every role — marks kept only in this browser, how close they are to
// each role, what to learn next, and export, import and clear.
import { html } from "../src/lib/html.ts";
import type { PaginatedData } from "../src/site/page-data.ts";
import type { Edition } from "../src/i18n/editions.ts";
import { htmlMessage } from "../src/i18n/html-message.ts";
import { editionPage } from "../src/site/editions-data.ts";
import { localPath, messagesOf, perEdition } from "./partials/edition.ts";
import { guideLink } from "./partials/links.ts";
import { renderPage } from "./base.ts";
import { breadcrumbs } from "./partials/links.ts";
import { matchMeter, roleProfileAttributes, skillCheckbox } from "./partials/self-check.ts";

type Data = PaginatedData<"edition", Edition>;

export const data = { pagination: perEdition, permalink: (data: Data) => `${data.edition.language.prefix}me/index.html` };

export default function render(page: Data): string {
  const data = editionPage(page, page.edition);
  const m = messagesOf(data);
  const { guides } = data;
  // In a language other than the default, each skill's box carries the address of its page in that language.
  const pathPrefix = data.edition.language.isDefault ? undefined : data.site.pathPrefix;
  return renderPage(data, {
    title: m.t("me.title"),
    description: m.t("me.description"),
    section: "me",
    scripts: ["self-check.js"],
    main: html`<div class="me-page" data-self-check>
  ${breadcrumbs([{ title: m.t("site.home"), url: localPath(data, "/") }, { title: m.t("me.title") }], m)}
  <h1>${m.t("me.title")}</h1>
  <p class="lead">${m.t("me.lead")}</p>
  <p class="me-privacy">${m.t("me.privacy")}</p>
  <a class="me-jump" href="#mark-heading">${m.t("me.jump")}</a>
  <noscript><p class="me-noscript">${htmlMessage(m, "me.noscript", { roles: html`<a href="${localPath(data, "/roles/")}">${m.t("me.rolesLink")}</a>` })}</p></noscript>
  <div class="me-layout">
    <div class="me-results">
      <section aria-labelledby="closest-heading">
        <h2 id="closest-heading">${m.t("me.closestHeading")}</h2>
        <p class="me-weights">${htmlMessage(m, "me.weights")}</p>
        <ol class="match-list" data-match-list>
        ${guides.roles.map(
          (role) => html`<li class="match-list__item" ${roleProfileAttributes(role)}>
          ${guideLink(role)} ${matchMeter(m)}
          <span class="match-list__detail" data-match-detail></span>
        </li>`,
        )}
        </ol>
      </section>
      <section class="me-learn-next" aria-labelledby="learn-next-heading">
        <h2 id="learn-next-heading">${m.t("selfCheck.learnNext")}</h2>
        <p data-learn-next-intro>${m.t("me.learnNextIntro")}</p>
        <ol class="learn-next" data-learn-next data-limit="8" aria-labelledby="learn-next-heading" hidden></ol>
      </section>
      <section class="me-tools" aria-labelledby="keep-heading">
        <h2 id="keep-heading">${m.t("me.keepHeading")}</h2>
        <div class="me-tools__buttons">
          <button type="button" data-self-check-export>${m.t("me.export")}</button>
          <button type="button" data-self-check-import>${m.t("me.import")}</button>
          <input type="file" accept="application/json,.json" data-self-check-file hidden aria-label="${m.t("me.fileLabel")}">
          <button type="button" class="button--danger" data-self-check-clear>${m.t("me.clear")}</button>
        </div>
        <p class="me-tools__note">${htmlMessage(m, "me.importNote")}</p>
        <p class="self-check-message" data-self-check-message role="status"></p>
      </section>
    </div>
    <section class="me-skills" aria-labelledby="mark-heading">
      <h2 id="mark-heading">${m.t("me.markHeading")}</h2>
      <p class="me-count" data-marked-count>${m.t("selfCheck.live.markedCount", { count: 0 })}</p>
      ${guides.skillsByCategory.map(
        (group) => html`<fieldset class="self-check__group">
        <legend>${group.label}</legend>
        <ul class="check-list">${group.items.map((skill) => skillCheckbox(skill, pathPrefix))}</ul>
      </fieldset>`,
      )}
    </section>
  </div>
  <p class="visually-hidden" role="status" data-self-check-status></p>
</div>`,
  });
}
