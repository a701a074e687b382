// The home page: what the site is, and every role.
import { html } from "../src/lib/html.ts";
import type { PageData } from "../src/site/page-data.ts";
import { renderPage } from "./base.ts";
import { guideList } from "./partials/links.ts";

export const data = { permalink: "/index.html" };

export default function render(data: PageData): string {
  const { guides, site } = data;
  return renderPage(data, {
    title: site.name,
    description: site.description,
    section: "home",
    main: html`<div class="home">
  <header class="hero">
    <h1>${site.heading}</h1>
    <p class="lead">${site.description}</p>
    <p class="hero-stats">${guides.roles.length} roles · <a href="/skills/">${guides.skills.length} skills</a> · <a href="/technologies/">${guides.technologies.length} technologies</a></p>
  </header>
  <section aria-labelledby="roles-heading">
    <h2 id="roles-heading">Roles</h2>
    ${guideList(guides.roles, { className: "card-list" })}
  </section>
</div>`,
  });
}
