// The skill self-check on role pages and on /me/: restores the reader's marks into the checkboxes, saves every change
// to localStorage, and shows how close the marks are to each role on the page and what to learn next.
import { importanceLevels, importanceOrder, type Importance } from "../../schema/taxonomy.ts";
import { learnNext, rankRoles, type RoleMatch, type ScoredRole } from "../self-check.ts";
import { loadMarks, onMarksChangedElsewhere, saveMarks } from "./_marks.ts";
import { setUpFileTools } from "./_self-check-file.ts";

const root = document.querySelector<HTMLElement>("[data-self-check]");
if (root) setUp(root);

function setUp(root: HTMLElement): void {
  const prefix = document.body.dataset.pathPrefix ?? "/";
  const checkboxes = [...root.querySelectorAll<HTMLInputElement>("input[type=checkbox][data-skill]")];
  const titles = new Map(checkboxes.map((box) => [box.value, box.labels?.[0]?.textContent?.trim() || box.value]));
  const profiles = [...root.querySelectorAll<HTMLElement>("[data-role-profile]")].map((element) => ({ element, role: readProfile(element) }));
  const status = root.querySelector<HTMLElement>("[data-self-check-status]");
  const list = root.querySelector<HTMLElement>("[data-match-list]");
  let marks = loadMarks();

  const render = (announcement?: string) => {
    for (const box of checkboxes) box.checked = marks.has(box.value);
    const ranked = rankRoles(profiles.map((profile) => profile.role), marks);
    for (const match of ranked) {
      const profile = profiles.find((candidate) => candidate.role.slug === match.slug);
      if (!profile) continue;
      showMatch(profile.element, match);
      list?.append(profile.element);
    }
    for (const count of root.querySelectorAll("[data-marked-count]")) count.textContent = `${marks.size} skill${marks.size === 1 ? "" : "s"} marked`;
    showLearnNext(root, ranked, marks.size > 0 || profiles.length === 1, titles, prefix);
    if (status && announcement) status.textContent = `${announcement} ${summarise(ranked, profiles.length)}`;
  };

  const store = (next: Set<string>, announcement = "") => {
    marks = next;
    const saved = saveMarks(marks);
    render(saved ? announcement || undefined : `${announcement} This browser does not let the site store marks, so they last only until you leave the page.`.trim());
  };

  root.addEventListener("change", (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.type !== "checkbox" || box.dataset.skill === undefined) return;
    const next = new Set(marks);
    if (box.checked) next.add(box.value);
    else next.delete(box.value);
    store(next, `${titles.get(box.value) ?? box.value} ${box.checked ? "marked" : "unmarked"}.`);
  });
  onMarksChangedElsewhere((next) => {
    marks = next;
    render();
  });
  setUpFileTools(root, { marks: () => marks, replace: store, known: new Set(titles.keys()) });
  render();
}

/** Reads a role's skills from the data attributes the page template wrote on a [data-role-profile] element. */
function readProfile(element: HTMLElement): ScoredRole {
  // data-required, data-recommended and data-nice-to-have hold space-separated skill slugs.
  const slugs = (importance: Importance) => (element.dataset[importance] ?? "").split(/\s+/).filter(Boolean);
  return {
    slug: element.dataset.slug ?? "",
    title: element.dataset.title ?? "",
    skills: { required: slugs("required"), recommended: slugs("recommended"), niceToHave: slugs("niceToHave") },
  };
}

function showMatch(element: HTMLElement, match: RoleMatch): void {
  element.style.setProperty("--match", `${match.percent}%`);
  const percent = element.querySelector("[data-match-percent]");
  if (percent) percent.textContent = `${match.percent}%`;
  const detail = element.querySelector("[data-match-detail]");
  if (detail) {
    detail.textContent = importanceOrder
      .filter((importance) => match.total[importance] > 0)
      .map((importance) => `${match.have[importance]} of ${match.total[importance]} ${importanceLevels[importance].toLowerCase()}`)
      .join(" · ");
  }
}

function showLearnNext(root: HTMLElement, ranked: readonly RoleMatch[], show: boolean, titles: ReadonlyMap<string, string>, prefix: string): void {
  const list = root.querySelector<HTMLElement>("[data-learn-next]");
  if (!list) return;
  const items = show ? learnNext(ranked, Number(list.dataset.limit) || undefined) : [];
  const target = ranked.find((match) => match.slug === items[0]?.role);
  const intro = root.querySelector("[data-learn-next-intro]");
  if (intro) {
    intro.textContent = !show
      ? "Mark the skills you have, and the skills to learn next for the role you are closest to appear here."
      : !target
        ? "You have marked every skill on the list. Well done."
        : ranked.length === 1
          ? `The skills this role needs that you have not marked, most important first:`
          : `For ${target.title}, the role you are closest to${target === ranked[0] ? "" : " with skills left to learn"} (${target.percent}%), most important first:`;
  }
  list.replaceChildren(
    ...items.map((item) => {
      const entry = document.createElement("li");
      const link = document.createElement("a");
      link.href = `${prefix}skills/${encodeURIComponent(item.skill)}/`;
      link.textContent = titles.get(item.skill) ?? item.skill;
      const level = document.createElement("span");
      level.className = `level level--${item.importance}`;
      level.textContent = importanceLevels[item.importance];
      entry.append(link, " ", level);
      return entry;
    }),
  );
  list.hidden = items.length === 0;
}

function summarise(ranked: readonly RoleMatch[], roles: number): string {
  const closest = ranked[0];
  if (!closest) return "";
  return roles === 1 ? `${closest.percent}% match with ${closest.title}.` : `Closest role: ${closest.title}, ${closest.percent}%.`;
}
