// The skill self-check's markup: the section on each role page and the pieces /me/ shares with it. The browser script
// self-check.js reads the data attributes written here; without scripts the section stays hidden (see _utilities.css).
import { html, type SafeHtml } from "../../src/lib/html.ts";
import { importanceOrder } from "../../src/schema/taxonomy.ts";
import { catalogueTranslator, type Messages } from "../../src/i18n/messages.ts";
import { htmlMessage } from "../../src/i18n/html-message.ts";
import type { GuideLink, Role } from "../../src/content/model.ts";
import { levelBadge } from "../../src/compare/comparison-html.ts";

/** The attributes that tell self-check.js a role's skills by importance (space-separated slugs). */
export function roleProfileAttributes(role: Role): SafeHtml {
  const slugs = (links: readonly GuideLink[]) => links.map((link) => link.slug).join(" ");
  return html`data-role-profile data-slug="${role.slug}" data-title="${role.title}" data-required="${slugs(role.skills.required)}" data-recommended="${slugs(role.skills.recommended)}" data-nice-to-have="${slugs(role.skills.niceToHave)}"`;
}

/**
 * One checkbox for marking a skill, labelled with its title; its id is unique per page because skills are. In a
 * language other than the default, `pathPrefix` given, it carries the address of the skill's page in that language
 * (its translation, or its original with the original's language), which self-check.js links "Learn next" to.
 */
export function skillCheckbox(skill: GuideLink, pathPrefix?: string): SafeHtml {
  const page =
    pathPrefix === undefined
      ? ""
      : html` data-url="${pathPrefix}${skill.url.slice(1)}"${skill.hreflang ? html` data-hreflang="${skill.hreflang}" data-language-note="${skill.languageNote}"` : ""}`;
  const label = skill.hreflang ? html`<span lang="${skill.hreflang}">${skill.title}</span>` : skill.title;
  // Disabled until self-check.js, which loads as the section nears the screen, takes it over: no mark is ever lost.
  return html`<li><input type="checkbox" id="has-${skill.slug}" value="${skill.slug}" data-skill${page} disabled><label for="has-${skill.slug}">${label}</label></li>`;
}

/** A percentage and a bar showing how close the reader is to a role, filled in by self-check.js. */
export function matchMeter(m: Messages = catalogueTranslator()): SafeHtml {
  return html`<span class="match-meter"><span class="match-meter__percent" data-match-percent>${m.t("site.percent", { value: 0 })}</span><span class="match-bar" aria-hidden="true"><span class="match-bar__fill"></span></span></span>`;
}

/** The self-check section of a role page: the reader's match with this role, their marks and what to learn next. */
export function selfCheckSection(role: Role, m: Messages = catalogueTranslator(), mePath = "/me/", pathPrefix?: string): SafeHtml {
  const levels = importanceOrder.filter((importance) => role.skills[importance].length > 0);
  return html`<section class="self-check" aria-labelledby="self-check-heading" data-self-check data-pagefind-ignore>
  <h2 id="self-check-heading">${m.t("selfCheck.heading")}</h2>
  <div class="self-check__match" ${roleProfileAttributes(role)}>
    <p class="self-check__score">${matchMeter(m)} <span>${m.t("selfCheck.matchWithRole")}</span></p>
    <p class="self-check__detail" data-match-detail>${levels.map((importance) => m.t("selfCheck.levelProgress", { have: 0, total: role.skills[importance].length, importance: m.t(`importanceInText.${importance}`) })).join(" · ")}</p>
  </div>
  <details class="self-check__details">
    <summary>${m.t("selfCheck.markSummary")}</summary>
    <p class="self-check__privacy">${m.t("selfCheck.privacy")}</p>
    <div class="self-check__groups">
    ${levels.map(
      (importance) => html`<fieldset class="self-check__group">
      <legend>${levelBadge(importance, (key, params) => m.t(key, params))}</legend>
      <ul class="check-list">${role.skills[importance].map((skill) => skillCheckbox(skill, pathPrefix))}</ul>
    </fieldset>`,
    )}
    </div>
    <h3 id="learn-next-heading">${m.t("selfCheck.learnNext")}</h3>
    <p data-learn-next-intro>${m.t("selfCheck.learnNextIntro")}</p>
    <ol class="learn-next" data-learn-next data-limit="6" aria-labelledby="learn-next-heading"></ol>
  </details>
  <p class="self-check__more">${htmlMessage(m, "selfCheck.more", { link: html`<a href="${mePath}">${m.t("selfCheck.moreLink")}</a>` })}</p>
  <p class="visually-hidden" role="status" data-self-check-status></p>
</section>`;
}
