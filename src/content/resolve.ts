// Resolves references between guides into one cross-linked site model, reporting every reference that does not resolve.
import { didYouMean } from "../lib/suggest.ts";
import { laterDate } from "../lib/dates.ts";
import { trustedHtml } from "../lib/html.ts";
import { readInline } from "../lib/inline-markdown.ts";
import { inlineHtml } from "./markdown/raw-html.ts";
import { compareTitles } from "../lib/text-order.ts";
import {
  importanceOrder, skillCategories, technologyKinds,
  type CollectionName, type Importance, type RoleData, type SkillData, type TechnologyData,
} from "../schema/index.ts";
import type { ContentProblem } from "./problems.ts";
import { fieldPath } from "./problems.ts";
import type { ValidEntry } from "./validate.ts";
import { lineOf } from "./validate.ts";
import type { RenderedBody } from "./render.ts";
import type { ImageAsset } from "./markdown/images.ts";
import {
  allGuides, type ByImportance, type GuideBase, type GuideGroup, type GuideLink, type Role, type SiteModel, type Skill, type SkillLink, type Technology,
} from "./model.ts";

/** Validated entries of every collection, with their rendered bodies. */
export interface ResolveInput {
  roles: ValidEntry<"roles">[];
  skills: ValidEntry<"skills">[];
  technologies: ValidEntry<"technologies">[];
  bodies: Map<ValidEntry, RenderedBody>;
  /** The images the bodies show from the content folder. */
  images: ImageAsset[];
  /** Slugs of every file that was read, valid or not, so a reference to a file with its own problems is not reported twice. */
  loadedSlugs: Set<string>;
  /** Collections whose folder could not be listed (already reported), by singular noun: nothing in them is unknown. */
  unlistedNouns?: ReadonlySet<string>;
}

/** Builds the site model, or reports unknown, duplicate, self and circular references. */
export function resolveModel(input: ResolveInput): { model?: Omit<SiteModel, "settings" | "languages">; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  for (const collection of ["roles", "skills", "technologies"] as const) problems.push(...findDuplicates(input[collection]));

  const roleLinks = linkMap(input.roles, "roles", () => ({}));
  const skillLinks = linkMap(input.skills, "skills", (data) => ({ category: data.category }));
  const techLinks = linkMap(input.technologies, "technologies", (data) => ({ kind: data.kind }));

  function refs<T extends GuideLink>(entry: ValidEntry, path: PropertyKey[], slugs: readonly string[], known: Map<string, T>, noun: string): T[] {
    return slugs.flatMap((slug, index) => {
      const found = known.get(slug);
      if (found) return [found];
      if (input.loadedSlugs.has(`${noun}:${slug}`) || input.unlistedNouns?.has(noun)) return [];
      problems.push({
        file: entry.raw.file,
        line: lineOf(entry.raw, [...path, index]),
        field: fieldPath([...path, index]),
        message: `unknown ${noun} "${slug}"`,
        suggestion: didYouMean(slug, known.keys()) ?? `add content/${noun === "technology" ? "technologies" : `${noun}s`}/${slug}.md, or remove the reference`,
      });
      return [];
    });
  }

  const roles: Role[] = input.roles.map((entry) => {
    const { data } = entry;
    checkImportanceOverlap(entry, problems);
    for (const field of ["worksWith", "movesTo"] as const) {
      const selfIndex = data[field].indexOf(entry.raw.slug);
      if (selfIndex >= 0) problems.push({ file: entry.raw.file, line: lineOf(entry.raw, [field, selfIndex]), field: fieldPath([field, selfIndex]), message: "a role cannot name itself here", suggestion: "remove it" });
    }
    return {
      ...base(entry, input.bodies, "roles"),
      type: "role",
      skills: Object.fromEntries(importanceOrder.map((importance) => [importance, refs(entry, ["skills", importance], data.skills[importance], skillLinks, "skill")])) as ByImportance<SkillLink>,
      technologies: refs(entry, ["technologies"], data.technologies, techLinks, "technology"),
      worksWith: refs(entry, ["worksWith"], data.worksWith.filter((slug) => slug !== entry.raw.slug), roleLinks, "role"),
      movesTo: refs(entry, ["movesTo"], data.movesTo.filter((slug) => slug !== entry.raw.slug), roleLinks, "role"),
    };
  });

  // Reverse references, each list in the order of the guides that make them (one pass each instead of a search per guide).
  const rolesBySkill = Object.fromEntries(importanceOrder.map((importance) => [
    importance,
    groupSlugs(roles.flatMap((role) => unique(role.skills[importance]).map((skill) => [skill.slug, role] as const))),
  ])) as Record<Importance, Map<string, Role[]>>;
  const rolesByTech = groupSlugs(roles.flatMap((role) => unique(role.technologies).map((tech) => [tech.slug, role] as const)));
  const techsBySkill = groupSlugs(input.technologies.flatMap((tech) => [...new Set(tech.data.skills)].map((skill) => [skill, tech.raw.slug] as const)));
  const skillsByTech = groupSlugs(input.skills.flatMap((skill) => [...new Set(skill.data.technologies)].map((tech) => [tech, skill.raw.slug] as const)));

  problems.push(...findPrerequisiteCycles(input.skills));
  const skills: Skill[] = input.skills.map((entry) => {
    const { data } = entry;
    const selfIndex = data.prerequisites.indexOf(entry.raw.slug);
    if (selfIndex >= 0) problems.push({ file: entry.raw.file, line: lineOf(entry.raw, ["prerequisites", selfIndex]), field: fieldPath(["prerequisites", selfIndex]), message: "a skill cannot be its own prerequisite", suggestion: "remove it" });
    const neededBy = Object.fromEntries(importanceOrder.map((importance) => [
      importance,
      (rolesBySkill[importance].get(entry.raw.slug) ?? []).map(toLink),
    ])) as ByImportance<GuideLink>;
    const usedByTechnologies = techsBySkill.get(entry.raw.slug) ?? [];
    return {
      ...base(entry, input.bodies, "skills"),
      type: "skill",
      category: data.category,
      categoryLabel: skillCategories[data.category],
      technologies: sortLinks(unique([...refs(entry, ["technologies"], data.technologies, techLinks, "technology"), ...usedByTechnologies.flatMap((slug) => techLinks.get(slug) ?? [])])),
      prerequisites: refs(entry, ["prerequisites"], data.prerequisites.filter((slug) => slug !== entry.raw.slug), skillLinks, "skill"),
      neededBy,
    };
  });

  const technologies: Technology[] = input.technologies.map((entry) => {
    const { data } = entry;
    const listedBySkills = skillsByTech.get(entry.raw.slug) ?? [];
    return {
      ...base(entry, input.bodies, "technologies"),
      type: "technology",
      kind: data.kind,
      kindLabel: technologyKinds[data.kind],
      homepage: data.homepage,
      skills: sortLinks(unique([...refs(entry, ["skills"], data.skills, skillLinks, "skill"), ...listedBySkills.flatMap((slug) => skillLinks.get(slug) ?? [])])),
      usedBy: (rolesByTech.get(entry.raw.slug) ?? []).map(toLink),
    };
  });

  if (problems.length > 0) return { problems };
  const all = allGuides({ roles, skills, technologies });
  return {
    problems,
    model: {
      roles: sortLinks(roles),
      skills: sortLinks(skills),
      technologies: sortLinks(technologies),
      skillsByCategory: groupBy(sortLinks(skills), skillCategories, (skill) => skill.category),
      technologiesByKind: groupBy(sortLinks(technologies), technologyKinds, (tech) => tech.kind),
      lastModified: all.reduce((latest, guide) => laterDate(latest, guide.lastModified), "1970-01-01"),
      images: input.images,
    },
  };
}

/** The URL of a guide, built only from its collection and validated slug. */
export function guideUrl(collection: CollectionName, slug: string): string {
  return `/${collection}/${slug}/`;
}

function base(entry: ValidEntry, bodies: Map<ValidEntry, RenderedBody>, collection: CollectionName): GuideBase {
  const data: RoleData | SkillData | TechnologyData = entry.data;
  const body = bodies.get(entry) ?? { html: "", headings: [], wordCount: 0 };
  return {
    slug: entry.raw.slug,
    title: plainWords(data.title),
    ...summaryFields(data.summary),
    url: guideUrl(collection, entry.raw.slug),
    aliases: data.aliases.map(plainWords),
    published: data.published,
    updated: data.updated,
    reviewed: data.reviewed,
    sources: data.sources ?? [],
    lastModified: laterDate(data.published, data.updated),
    body: trustedHtml(body.html),
    headings: body.headings,
    wordCount: body.wordCount,
    sourcePath: `${collection}/${entry.raw.slug}.md`,
  };
}

function linkMap<C extends CollectionName, X extends object>(
  entries: ValidEntry<C>[],
  collection: C,
  extra: (data: ValidEntry<C>["data"]) => X,
): Map<string, GuideLink & X> {
  return new Map(entries.map((entry) => {
    const data = entry.data as { title: string; summary: string };
    return [entry.raw.slug, { slug: entry.raw.slug, title: plainWords(data.title), ...summaryFields(data.summary), url: guideUrl(collection, entry.raw.slug), ...extra(entry.data) }];
  }));
}

function toLink(guide: GuideLink): GuideLink {
  return { slug: guide.slug, title: guide.title, summary: guide.summary, ...(guide.summaryHtml ? { summaryHtml: guide.summaryHtml } : {}), url: guide.url };
}

/** A title or alias as the site shows it: plain words, any Markdown formatting or HTML read as its text (see names.ts). */
export function plainWords(name: string): string {
  return readInline(name).text;
}

/** A summary as plain text (for meta tags, feeds, search and exports) and, when it uses inline Markdown, as HTML. */
export function summaryFields(source: string): Pick<GuideLink, "summary" | "summaryHtml"> {
  const read = readInline(source, inlineHtml);
  return read.marked ? { summary: read.text, summaryHtml: trustedHtml(read.html) } : { summary: source };
}

/** Groups values under the slug each pair names, keeping the order of the pairs. */
function groupSlugs<T>(pairs: ReadonlyArray<readonly [string, T]>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const [slug, value] of pairs) {
    const group = groups.get(slug);
    if (group) group.push(value);
    else groups.set(slug, [value]);
  }
  return groups;
}

function unique<T extends GuideLink>(links: T[]): T[] {
  return [...new Map(links.map((link) => [link.slug, link])).values()];
}

/** Sorts guides by title the way readers expect, ignoring case and accents. */
export function sortLinks<T extends GuideLink>(links: T[]): T[] {
  return [...links].sort((a, b) => compareTitles(a.title, b.title) || (a.slug < b.slug ? -1 : 1));
}

function groupBy<T>(items: T[], labels: Record<string, string>, keyOf: (item: T) => string): GuideGroup<T>[] {
  return Object.entries(labels)
    .map(([key, label]) => ({ key, label, items: items.filter((item) => keyOf(item) === key) }))
    .filter((group) => group.items.length > 0);
}

function findDuplicates(entries: ValidEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const bySlug = new Map<string, ValidEntry>();
  const byTitle = new Map<string, ValidEntry>();
  for (const entry of entries) {
    const slugKey = entry.raw.slug.toLowerCase();
    const other = bySlug.get(slugKey);
    if (other) problems.push({ file: entry.raw.file, message: `duplicate slug "${entry.raw.slug}": ${other.raw.file} has the same name (letter case does not count)`, suggestion: "merge the two files or rename one" });
    else bySlug.set(slugKey, entry);
    const title = (entry.data as { title: string }).title;
    const titleKey = title.toLowerCase().replace(/\s+/g, " ").trim();
    const sameTitle = byTitle.get(titleKey);
    if (sameTitle && sameTitle.raw.slug !== entry.raw.slug) problems.push({ file: entry.raw.file, line: lineOf(entry.raw, ["title"]), field: "title", message: `duplicate title "${title}": ${sameTitle.raw.file} has the same title`, suggestion: "merge the two guides, or make the titles say how they differ" });
    else byTitle.set(titleKey, entry);
  }
  return problems;
}

function checkImportanceOverlap(entry: ValidEntry<"roles">, problems: ContentProblem[]): void {
  const seen = new Map<string, Importance>();
  for (const importance of importanceOrder) {
    entry.data.skills[importance].forEach((slug, index) => {
      const earlier = seen.get(slug);
      if (earlier) problems.push({ file: entry.raw.file, line: lineOf(entry.raw, ["skills", importance, index]), field: fieldPath(["skills", importance, index]), message: `"${slug}" is already listed under skills.${earlier}`, suggestion: "list each skill under one importance only" });
      else seen.set(slug, importance);
    });
  }
}

/** Reports every cycle in skill prerequisites once, naming the files along it. */
function findPrerequisiteCycles(skills: ValidEntry<"skills">[]): ContentProblem[] {
  const bySlug = new Map(skills.map((skill) => [skill.raw.slug, skill]));
  const state = new Map<string, "visiting" | "done">();
  const problems: ContentProblem[] = [];
  const stack: string[] = [];
  function visit(slug: string): void {
    state.set(slug, "visiting");
    stack.push(slug);
    for (const next of bySlug.get(slug)?.data.prerequisites ?? []) {
      if (next === slug || !bySlug.has(next)) continue;
      if (state.get(next) === "visiting") {
        const cycle = [...stack.slice(stack.indexOf(next)), next];
        const entry = bySlug.get(slug);
        if (entry) {
          const index = entry.data.prerequisites.indexOf(next);
          problems.push({
            file: entry.raw.file,
            line: lineOf(entry.raw, ["prerequisites", index]),
            field: fieldPath(["prerequisites", index]),
            message: `prerequisites form a cycle: ${cycle.join(" → ")} (${cycle.slice(0, -1).map((s) => bySlug.get(s)?.raw.file).join(", ")})`,
            suggestion: "remove one of these prerequisites so the path has a start",
          });
        }
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(slug, "done");
  }
  for (const skill of skills) if (!state.has(skill.raw.slug)) visit(skill.raw.slug);
  return problems;
}
