// The skill self-check's markup: the section on each role page and the pieces /me/ shares with it. The browser script
// self-check.js reads the data attributes written here; without scripts the section stays hidden (see _reader.css).
import { html, type SafeHtml } from "../../src/lib/html.ts";
import { importanceLevels, importanceOrder } from "../../src/schema/taxonomy.ts";
import type { GuideLink, Role } from "../../src/content/model.ts";
import { levelBadge } from "../../src/compare/comparison-html.ts";

/** The attributes that tell self-check.js a role's skills by importance (space-separated slugs). */
export function roleProfileAttributes(role: Role): SafeHtml {
  const slugs = (links: readonly GuideLink[]) => links.map((link) => link.slug).join(" ");
  return html`data-role-profile data-slug="${role.slug}" data-title="${role.title}" data-required="${slugs(role.skills.required)}" data-recommended="${slugs(role.skills.recommended)}" data-nice-to-have="${slugs(role.skills.niceToHave)}"`;
}

/** One checkbox for marking a skill, labelled with its title; its id is unique per page because skills are. */
export function skillCheckbox(skill: GuideLink): SafeHtml {
  return html`<li><input type="checkbox" id="has-${skill.slug}" value="${skill.slug}" data-skill><label for="has-${skill.slug}">${skill.title}</label></li>`;
}

/** A percentage and a bar showing how close the reader is to a role, filled in by self-check.js. */
export function matchMeter(): SafeHtml {
  return html`<span class="match-meter"><span class="match-meter__percent" data-match-percent>0%</span><span class="match-bar" aria-hidden="true"><span class="match-bar__fill"></span></span></span>`;
}

/** The self-check section of a role page: the reader's match with this role, their marks and what to learn next. */
export function selfCheckSection(role: Role): SafeHtml {
  const levels = importanceOrder.filter((importance) => role.skills[importance].length > 0);
  return html`<section class="self-check" aria-labelledby="self-check-heading" data-self-check data-pagefind-ignore>
  <h2 id="self-check-heading">Check your skills</h2>
  <div class="self-check__match" ${roleProfileAttributes(role)}>
    <p class="self-check__score">${matchMeter()} <span>match with this role</span></p>
    <p class="self-check__detail" data-match-detail>${levels.map((importance) => `0 of ${role.skills[importance].length} ${importanceLevels[importance].toLowerCase()}`).join(" · ")}</p>
  </div>
  <details class="self-check__details">
    <summary>Mark the skills you have</summary>
    <p class="self-check__privacy">Your marks stay in this browser only and count on every role page. Required skills weigh most: 3 points each, recommended 2, nice to have 1.</p>
    <div class="self-check__groups">
    ${levels.map((importance) => html`<fieldset class="self-check__group">
      <legend>${levelBadge(importance)}</legend>
      <ul class="check-list">${role.skills[importance].map(skillCheckbox)}</ul>
    </fieldset>`)}
    </div>
    <h3 id="learn-next-heading">Learn next</h3>
    <p data-learn-next-intro>The skills this role needs that you have not marked, most important first:</p>
    <ol class="learn-next" data-learn-next data-limit="6" aria-labelledby="learn-next-heading"></ol>
  </details>
  <p class="self-check__more"><a href="/me/">Your skills</a>: see how close you are to every role, and export, import or clear your marks.</p>
  <p class="visually-hidden" role="status" data-self-check-status></p>
</section>`;
}
