// The skill self-check on role pages and on /me/: restores the reader's marks into the checkboxes, saves every change
// to localStorage, and shows how close the marks are to each role on the page and what to learn next.
import { importanceOrder, type Importance } from "../../schema/taxonomy.ts";
import { t } from "../../i18n/browser/_messages.ts";
import { learnNext, rankRoles, type RoleMatch, type ScoredRole } from "../self-check.ts";
import { loadMarks, onMarksChangedElsewhere, saveMarks } from "./_marks.ts";
import { setUpFileTools } from "./_self-check-file.ts";

const root = document.querySelector<HTMLElement>("[data-self-check]");
if (root) setUp(root);

function setUp(root: HTMLElement): void {
  const prefix = document.body.dataset.pathPrefix ?? "/";
  const checkboxes = [...root.querySelectorAll<HTMLInputElement>("input[type=checkbox][data-skill]")];
  // The page writes them disabled, so that no mark is made before this script can keep it.
  for (const box of checkboxes) box.disabled = false;
  const titles = new Map(checkboxes.map((box) => [box.value, box.labels?.[0]?.textContent?.trim() || box.value]));
  // In a language other than the default each box names its skill's page there, and its language when not translated.
  const pages = new Map(checkboxes.map((box) => [box.value, { url: box.dataset.url, hreflang: box.dataset.hreflang, note: box.dataset.languageNote }]));
  const profiles = [...root.querySelectorAll<HTMLElement>("[data-role-profile]")].map((element) => ({ element, role: readProfile(element) }));
  const status = root.querySelector<HTMLElement>("[data-self-check-status]");
  const list = root.querySelector<HTMLElement>("[data-match-list]");
  let marks = loadMarks();

  const render = (announcement?: string) => {
    for (const box of checkboxes) box.checked = marks.has(box.value);
    const ranked = rankRoles(
      profiles.map((profile) => profile.role),
      marks,
    );
    for (const match of ranked) {
      const profile = profiles.find((candidate) => candidate.role.slug === match.slug);
      if (!profile) continue;
      showMatch(profile.element, match);
      list?.append(profile.element);
    }
    for (const count of root.querySelectorAll("[data-marked-count]")) count.textContent = t("selfCheck.live.markedCount", { count: marks.size });
    showLearnNext(root, ranked, marks.size > 0 || profiles.length === 1, titles, pages, prefix);
    if (status && announcement) status.textContent = `${announcement} ${summarise(ranked, profiles.length)}`;
  };

  const store = (next: Set<string>, announcement = "") => {
    marks = next;
    const saved = saveMarks(marks);
    render(saved ? announcement || undefined : `${announcement} ${t("selfCheck.live.notStored")}`.trim());
  };

  root.addEventListener("change", (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.type !== "checkbox" || box.dataset.skill === undefined) return;
    const next = new Set(marks);
    if (box.checked) next.add(box.value);
    else next.delete(box.value);
    store(next, t(box.checked ? "selfCheck.live.marked" : "selfCheck.live.unmarked", { title: titles.get(box.value) ?? box.value }));
  });
  onMarksChangedElsewhere((next) => {
    marks = next;
    render();
  });
  setUpFileTools(root, { marks: () => marks, replace: store, known: new Set(titles.keys()) });
  render();
  // Tells whoever waits (a test, say) that the marks are shown and kept from now on.
  root.dataset.selfCheckReady = "";
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
  if (percent) percent.textContent = t("site.percent", { value: match.percent });
  const detail = element.querySelector("[data-match-detail]");
  if (detail) {
    detail.textContent = importanceOrder
      .filter((importance) => match.total[importance] > 0)
      .map((importance) =>
        t("selfCheck.levelProgress", { have: match.have[importance], total: match.total[importance], importance: t(`importanceInText.${importance}`) }),
      )
      .join(" · ");
  }
}

/** Where a skill's page is: its address in the page's language, and that page's language when it is not the page's. */
type SkillPages = ReadonlyMap<string, { url?: string; hreflang?: string; note?: string }>;

function showLearnNext(
  root: HTMLElement,
  ranked: readonly RoleMatch[],
  show: boolean,
  titles: ReadonlyMap<string, string>,
  pages: SkillPages,
  prefix: string,
): void {
  const list = root.querySelector<HTMLElement>("[data-learn-next]");
  if (!list) return;
  const items = show ? learnNext(ranked, Number(list.dataset.limit) || undefined) : [];
  const target = ranked.find((match) => match.slug === items[0]?.role);
  const intro = root.querySelector("[data-learn-next-intro]");
  if (intro) {
    intro.textContent = !show
      ? t("selfCheck.live.introStart")
      : !target
        ? t("selfCheck.live.introDone")
        : ranked.length === 1
          ? t("selfCheck.live.introOneRole")
          : t(target === ranked[0] ? "selfCheck.live.introClosest" : "selfCheck.live.introClosestLeft", {
              title: target.title,
              percent: t("site.percent", { value: target.percent }),
            });
  }
  list.replaceChildren(
    ...items.map((item) => {
      const entry = document.createElement("li");
      const link = document.createElement("a");
      const page = pages.get(item.skill);
      link.href = page?.url ?? `${prefix}skills/${encodeURIComponent(item.skill)}/`;
      link.textContent = titles.get(item.skill) ?? item.skill;
      if (page?.hreflang) {
        link.hreflang = page.hreflang;
        link.lang = page.hreflang;
      }
      const level = document.createElement("span");
      level.className = `level level--${item.importance}`;
      level.textContent = t(`importance.${item.importance}`);
      entry.append(
        link,
        ...(page?.note ? [" ", Object.assign(document.createElement("span"), { className: "language-note", textContent: page.note })] : []),
        " ",
        level,
      );
      return entry;
    }),
  );
  list.hidden = items.length === 0;
}

function summarise(ranked: readonly RoleMatch[], roles: number): string {
  const closest = ranked[0];
  if (!closest) return "";
  const percent = t("site.percent", { value: closest.percent });
  return roles === 1 ? t("selfCheck.live.matchOne", { percent, title: closest.title }) : t("selfCheck.live.closest", { title: closest.title, percent });
}
