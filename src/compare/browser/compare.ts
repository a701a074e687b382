// The comparison picker on /compare/: reads the roles to compare from the URL (?roles=a,b,c or repeated ?role=),
// renders the comparison from /compare/roles.json with the same view the static pair pages use, and keeps the URL
// in step with the picker, in the order the roles were picked, so a comparison can be shared or bookmarked.
import { html } from "../../lib/html.ts";
import type { CompareData } from "../compare-data.ts";
import { compareRoles } from "../compare-roles.ts";
import { comparisonView } from "../comparison-html.ts";
import { maxComparedRoles, pickedRoles } from "../picked-roles.ts";
import type { RoleProfile } from "../role-profile.ts";
import { list, t } from "../../i18n/browser/_messages.ts";

const form = document.querySelector<HTMLFormElement>("[data-compare-picker]");
const status = document.querySelector<HTMLElement>("[data-compare-status]");
const result = document.querySelector<HTMLElement>("[data-compare-result]");
if (form && status && result) void setUp(form, status, result);

async function setUp(form: HTMLFormElement, status: HTMLElement, result: HTMLElement): Promise<void> {
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const data = await loadData();
  if (!data) {
    status.textContent = t("compare.live.loadFailed");
    return;
  }
  const initial = pickedRoles(new URLSearchParams(location.search), new Set(data.roles.map((role) => role.slug)));
  let picked = initial.roles;
  for (const box of boxes) box.checked = picked.includes(box.value);
  show(
    initial.unknown.length > 0
      ? t("compare.live.unknownRole", {
          names: list(
            initial.unknown.map((slug) => `“${slug}”`),
            "disjunction",
          ),
        })
      : "",
  );

  form.addEventListener("change", (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.type !== "checkbox") return;
    if (box.checked && picked.length >= maxComparedRoles) {
      box.checked = false;
      status.textContent = t("compare.live.tooMany", { count: maxComparedRoles });
      return;
    }
    picked = box.checked ? [...picked, box.value] : picked.filter((slug) => slug !== box.value);
    history.replaceState(history.state, "", `${location.pathname}${picked.length > 0 ? `?roles=${picked.join(",")}` : ""}${location.hash}`);
    show("");
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    history.replaceState(history.state, "", `${location.pathname}${picked.length > 0 ? `?roles=${picked.join(",")}` : ""}${location.hash}`);
    show("");
    if (!result.hidden) result.focus();
  });

  function show(note: string): void {
    const roles = picked.flatMap((slug) => data!.roles.filter((role) => role.slug === slug));
    if (roles.length < 2) {
      result.hidden = true;
      result.replaceChildren();
      status.textContent = [note, roles.length > 0 || note ? t("compare.live.pickTwo") : ""].filter(Boolean).join(" ");
      return;
    }
    const names = listOf(roles);
    const pair = roles.length === 2 ? data!.pairs.find((candidate) => candidate.roles.every((slug) => picked.includes(slug))) : undefined;
    const template = document.createElement("template");
    // Every value is escaped by the html tag, exactly as on the static pages.
    template.innerHTML = String(html`<h2 id="compare-result-heading">${names}</h2>
${pair ? html`<p class="compare-permalink"><a href="${pair.url}">${t("compare.live.permalink")}</a></p>` : ""}
${comparisonView(compareRoles(roles, data!), data!, { headingLevel: 3, idPrefix: "picked-" }, t)}`);
    result.replaceChildren(template.content);
    result.setAttribute("aria-labelledby", "compare-result-heading");
    result.hidden = false;
    status.textContent = [note, t("compare.live.comparing", { names })].filter(Boolean).join(" ");
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
  return list(roles.map((role) => role.title));
}
