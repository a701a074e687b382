// The page static hosts serve for a URL that does not exist.
import { html } from "../src/lib/html.ts";
import type { PageData } from "../src/site/page-data.ts";
import { renderPage } from "./base.ts";

export const data = { permalink: "/404.html" };

export default function render(data: PageData): string {
  return renderPage(data, {
    title: "Page not found",
    description: "There is no guide at this address.",
    main: html`<h1>Page not found</h1>
<p class="lead">There is no guide at this address. It may have moved, or the link may have a typo.</p>
<ul>
  <li>Browse all <a href="/roles/">roles</a>, <a href="/skills/">skills</a> or <a href="/technologies/">technologies</a>.</li>
  <li>Or search with the box at the top of the page.</li>
</ul>`,
  });
}
