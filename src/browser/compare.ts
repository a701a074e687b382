// The comparison picker on /compare/: reads the roles to compare from the URL (?roles=a,b,c or repeated ?role=),
// renders the comparison from /compare/roles.json with the same view the static pair pages use, and keeps the URL
// in step with the picker so a comparison can be shared or bookmarked.
import { html } from "../lib/html.ts";
import { compareRoles, pickedRoles, type CompareData, type RoleProfile } from "../lib/compare.ts";
import { comparisonView } from "../../layouts/partials/comparison.ts";

const form = document.querySelector<HTMLFormElement>("[data-compare-picker]");
if (form) void setUp(form);

async function setUp(form: HTMLFormElement): Promise<void> {
  const selects = [...form.querySelectorAll<HTMLSelectElement>("select")];
  const status = document.querySelector<HTMLElement>("[data-compare-status]");
  const result = document.querySelector<HTMLElement>("[data-compare-result]");
  if (!status || !result) return;
  const data = await loadData();
  if (!data) {
    status.textContent = "The role data could not be loaded, so the picker cannot compare roles here. The ready-made comparisons below work without it.";
    return;
  }
  const known = new Set(data.roles.map((role) => role.slug));
  const { roles: initial, unknown } = pickedRoles(new URLSearchParams(location.search), known);
  selects.forEach((select, index) => (select.value = initial[index] ?? ""));
  show(initial, unknown.length > 0 ? `There is no role called ${unknown.map((slug) => `“${slug}”`).join(" or ")}.` : "");

  form.addEventListener("change", () => update(false));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    update(true);
  });

  function update(moveFocus: boolean): void {
    const picked = selects.map((select) => select.value).filter(Boolean);
    const distinct = [...new Set(picked)];
    const query = distinct.length > 0 ? `?roles=${distinct.join(",")}` : "";
    history.replaceState(history.state, "", `${location.pathname}${query}${location.hash}`);
    show(distinct, distinct.length < picked.length ? "You picked the same role twice; pick different roles." : "");
    if (moveFocus && !result!.hidden) result!.focus();
  }

  function show(slugs: readonly string[], note: string): void {
    const roles = slugs.flatMap((slug) => data!.roles.filter((role) => role.slug === slug));
    if (roles.length < 2) {
      result!.hidden = true;
      result!.replaceChildren();
      status!.textContent = [note, slugs.length > 0 || note ? "Pick at least two different roles to compare them." : ""].filter(Boolean).join(" ");
      return;
    }
    const names = listOf(roles);
    const pair = roles.length === 2 ? data!.pairs.find((candidate) => candidate.roles.every((slug) => slugs.includes(slug))) : undefined;
    const template = document.createElement("template");
    // Every value is escaped by the html tag, exactly as on the static pages.
    template.innerHTML = String(html`<h2 id="compare-result-heading">${names}</h2>
${pair ? html`<p class="compare-permalink"><a href="${pair.url}">Open the page of this comparison</a></p>` : ""}
${comparisonView(compareRoles(roles, data!), data!, { headingLevel: 3, idPrefix: "picked-" })}`);
    result!.replaceChildren(template.content);
    result!.hidden = false;
    status!.textContent = [note, `Comparing ${names}.`].filter(Boolean).join(" ");
  }
}

async function loadData(): Promise<CompareData | undefined> {
  const source = document.querySelector<HTMLLinkElement>("link[data-compare-data]")?.href;
  if (!source) return undefined;
  try {
    const response = await fetch(source);
    if (!response.ok) return undefined;
    const data = (await response.json()) as CompareData;
    return data.version === 1 ? data : undefined;
  } catch {
    return undefined;
  }
}

function listOf(roles: readonly RoleProfile[]): string {
  const titles = roles.map((role) => role.title);
  return titles.length <= 1 ? titles.join("") : `${titles.slice(0, -1).join(", ")} and ${titles.at(-1)}`;
}
