// /me/: the reader's own skill self-check across every role — marks kept only in this browser, how close they are to
// each role, what to learn next, and export, import and clear.
import { html } from "../src/lib/html.ts";
import type { PageData } from "../src/site/page-data.ts";
import { renderPage } from "./base.ts";
import { breadcrumbs } from "./partials/links.ts";
import { matchMeter, roleProfileAttributes, skillCheckbox } from "./partials/self-check.ts";

export const data = { permalink: "/me/index.html" };

export default function render(data: PageData): string {
  const { guides } = data;
  return renderPage(data, {
    title: "Your skills",
    description: "Mark the skills you have to see how close you are to each developer role and what to learn next. Your marks stay in your browser.",
    section: "me",
    scripts: ["self-check.js"],
    main: html`<div class="me-page" data-self-check>
  ${breadcrumbs([{ title: "Home", url: "/" }, { title: "Your skills" }])}
  <h1>Your skills</h1>
  <p class="lead">Mark the skills you have to see how close you are to each role and what to learn next.</p>
  <p class="me-privacy">Your marks stay in this browser only: no account, nothing is sent anywhere, and it works offline. Export them to a file to keep a copy or to move them to another browser.</p>
  <a class="me-jump" href="#mark-heading">Go to the skills to mark</a>
  <noscript><p class="me-noscript">The self-check runs in your browser and needs JavaScript, which is off or blocked. You can still read what each of the <a href="/roles/">roles</a> needs.</p></noscript>
  <div class="me-layout">
    <div class="me-results">
      <section aria-labelledby="closest-heading">
        <h2 id="closest-heading">How close you are to each role</h2>
        <p class="me-weights">Required skills count 3 points, recommended 2 and nice to have 1; the percentage is your points out of the role's total.</p>
        <ol class="match-list" data-match-list>
        ${guides.roles.map((role) => html`<li class="match-list__item" ${roleProfileAttributes(role)}>
          <a href="${role.url}">${role.title}</a> ${matchMeter()}
          <span class="match-list__detail" data-match-detail></span>
        </li>`)}
        </ol>
      </section>
      <section class="me-learn-next" aria-labelledby="learn-next-heading">
        <h2 id="learn-next-heading">Learn next</h2>
        <p data-learn-next-intro>Mark the skills you have, and the skills to learn next for the role you are closest to appear here.</p>
        <ol class="learn-next" data-learn-next data-limit="8" aria-labelledby="learn-next-heading" hidden></ol>
      </section>
      <section class="me-tools" aria-labelledby="keep-heading">
        <h2 id="keep-heading">Keep your marks</h2>
        <div class="me-tools__buttons">
          <button type="button" data-self-check-export>Export to a file</button>
          <button type="button" data-self-check-import>Import from a file</button>
          <input type="file" accept="application/json,.json" data-self-check-file hidden aria-label="Self-check export file">
          <button type="button" class="button--danger" data-self-check-clear>Clear all marks</button>
        </div>
        <p class="me-tools__note">Importing replaces your current marks with the file's.</p>
        <p class="self-check-message" data-self-check-message role="status"></p>
      </section>
    </div>
    <section class="me-skills" aria-labelledby="mark-heading">
      <h2 id="mark-heading">Mark the skills you have</h2>
      <p class="me-count" data-marked-count>0 skills marked</p>
      ${guides.skillsByCategory.map((group) => html`<fieldset class="self-check__group">
        <legend>${group.label}</legend>
        <ul class="check-list">${group.items.map(skillCheckbox)}</ul>
      </fieldset>`)}
    </section>
  </div>
  <p class="visually-hidden" role="status" data-self-check-status></p>
</div>`,
  });
}
