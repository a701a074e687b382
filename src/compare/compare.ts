// Role comparison: which roles are closely related, what two or three roles share, what is unique to each and what it
// takes to move from one to another. Pure and free of Node and Eleventy, so the build and the browser run the same code.
import { compareTitles } from "../lib/text-order.ts";
import { importanceOrder, type Importance } from "../schema/taxonomy.ts";
import type { Role, SiteModel } from "../content/model.ts";

/** What a comparison needs to know about a role: its skills by importance and technologies, by slug, in guide order. */
export interface RoleProfile {
  slug: string;
  title: string;
  summary: string;
  url: string;
  skills: Record<Importance, string[]>;
  technologies: string[];
  worksWith: string[];
  movesTo: string[];
}

/** The title and address of a skill or technology. */
export interface LinkInfo {
  title: string;
  url: string;
}

/** A comparison page the build writes, for a pair of closely related roles. */
export interface PairInfo {
  roles: [string, string];
  url: string;
}

/** Everything the comparison picker needs, written to /compare/roles.json; every URL already carries the path prefix. */
export interface CompareData {
  version: 1;
  roles: RoleProfile[];
  skills: Record<string, LinkInfo>;
  technologies: Record<string, LinkInfo>;
  pairs: PairInfo[];
}

/** The share of their combined skills two roles must have in common to count as closely related. */
export const skillOverlapThreshold = 0.4;

/** The most roles the picker compares at once. */
export const maxComparedRoles = 3;

/** Weights of the importance levels: a required skill counts three times as much as a nice-to-have one. */
export const importanceWeights: Readonly<Record<Importance, number>> = { required: 3, recommended: 2, niceToHave: 1 };

/** Turns a resolved role into the profile comparisons and the self-check read. */
export function roleProfile(role: Role): RoleProfile {
  const slugs = (links: ReadonlyArray<{ slug: string }>) => links.map((link) => link.slug);
  return {
    slug: role.slug,
    title: role.title,
    summary: role.summary,
    url: role.url,
    skills: { required: slugs(role.skills.required), recommended: slugs(role.skills.recommended), niceToHave: slugs(role.skills.niceToHave) },
    technologies: slugs(role.technologies),
    worksWith: slugs(role.worksWith),
    movesTo: slugs(role.movesTo),
  };
}

/** Puts the path prefix ("/" or "/guides/") in front of a root-relative URL. */
export function withPrefix(pathPrefix: string, url: string): string {
  return url.startsWith("/") ? `${pathPrefix}${url.slice(1)}` : url;
}

/** The URL path of the comparison page of two roles: /compare/<a>-vs-<b>/ with the slugs in alphabetical order. */
export function pairPath(first: string, second: string): string {
  const [a, b] = [first, second].sort();
  return `/compare/${a}-vs-${b}/`;
}

/** Comparison data already worked out, per model and path prefix: every role page and comparison page asks for it. */
const compareDataCache = new WeakMap<object, Map<string, CompareData>>();

/**
 * The comparison data of a whole site, with URLs under `pathPrefix` ("/" for pages, which the build prefixes itself).
 * Worked out once per model and prefix (finding the related pairs compares every two roles); callers must not change it.
 */
export function compareData(model: Pick<SiteModel, "roles" | "skills" | "technologies">, pathPrefix: string): CompareData {
  let byPrefix = compareDataCache.get(model);
  if (!byPrefix) compareDataCache.set(model, (byPrefix = new Map<string, CompareData>()));
  let data = byPrefix.get(pathPrefix);
  if (!data) byPrefix.set(pathPrefix, (data = buildCompareData(model, pathPrefix)));
  return data;
}

function buildCompareData(model: Pick<SiteModel, "roles" | "skills" | "technologies">, pathPrefix: string): CompareData {
  const roles = model.roles.map(roleProfile).map((role) => ({ ...role, url: withPrefix(pathPrefix, role.url) }));
  const links = (guides: ReadonlyArray<{ slug: string; title: string; url: string }>) =>
    Object.fromEntries(guides.map((guide) => [guide.slug, { title: guide.title, url: withPrefix(pathPrefix, guide.url) }]));
  return {
    version: 1,
    roles,
    skills: links(model.skills),
    technologies: links(model.technologies),
    pairs: relatedPairs(roles).map(([a, b]) => ({ roles: [a.slug, b.slug], url: withPrefix(pathPrefix, pairPath(a.slug, b.slug)) })),
  };
}

/** Every skill a role lists, most important first, in the guide's order within a level. */
export function skillsOf(role: Pick<RoleProfile, "skills">): string[] {
  return importanceOrder.flatMap((importance) => role.skills[importance]);
}

/** How much a role needs a skill, or undefined when it does not list it. */
export function importanceIn(role: Pick<RoleProfile, "skills">, skill: string): Importance | undefined {
  return importanceOrder.find((importance) => role.skills[importance].includes(skill));
}

/** The share of two roles' combined skills that both list (shared ÷ all distinct skills of either), from 0 to 1. */
export function skillOverlap(a: Pick<RoleProfile, "skills">, b: Pick<RoleProfile, "skills">): number {
  const first = new Set(skillsOf(a));
  const second = new Set(skillsOf(b));
  const shared = [...first].filter((skill) => second.has(skill)).length;
  const combined = new Set([...first, ...second]).size;
  return combined === 0 ? 0 : shared / combined;
}

/**
 * Whether two roles get a comparison page: when either lists the other as a role people move to (a pathway readers
 * follow), or when they share at least 40% of their combined skills.
 */
export function areCloselyRelated(a: RoleProfile, b: RoleProfile): boolean {
  if (a.slug === b.slug) return false;
  return a.movesTo.includes(b.slug) || b.movesTo.includes(a.slug) || skillOverlap(a, b) >= skillOverlapThreshold;
}

/** Every pair of closely related roles, each pair and the list in alphabetical order of slugs. */
export function relatedPairs<T extends RoleProfile>(roles: readonly T[]): Array<[T, T]> {
  const sorted = [...roles].sort((a, b) => compareTitles(a.slug, b.slug));
  const pairs: Array<[T, T]> = [];
  sorted.forEach((a, index) => {
    for (const b of sorted.slice(index + 1)) if (areCloselyRelated(a, b)) pairs.push([a, b]);
  });
  return pairs;
}

/** A skill more than one compared role lists, with its importance in each role (undefined where a role lacks it). */
export interface SharedSkill {
  skill: string;
  importance: Array<Importance | undefined>;
}

/** A technology more than one compared role uses, with which of them use it. */
export interface SharedTechnology {
  technology: string;
  usedBy: boolean[];
}

/** A skill both roles list that the role moved to needs more than the role moved from. */
export interface SkillToDeepen {
  skill: string;
  from: Importance;
  to: Importance;
}

/** What it takes to move from one role to another. */
export interface SkillGap {
  from: string;
  to: string;
  /** Skills `to` needs that `from` does not list, by their importance in `to`, in its guide's order. */
  skills: Record<Importance, string[]>;
  /** Skills both list that `to` needs at a higher level, most needed first, in `to`'s guide order. */
  deepen: SkillToDeepen[];
}

/** What two or three roles have in common and what sets each apart. */
export interface Comparison {
  roles: RoleProfile[];
  /** Skills listed by more than one role: by how many roles list them, then highest importance, total weight, title. */
  sharedSkills: SharedSkill[];
  /** For each role, the skills no other compared role lists, by importance. */
  uniqueSkills: Array<Record<Importance, string[]>>;
  /** Technologies used by more than one role: by how many roles use them, then title. */
  sharedTechnologies: SharedTechnology[];
  /** For each role, the technologies no other compared role uses, by title. */
  uniqueTechnologies: string[][];
  /** What it takes to move between the roles, for every ordered pair (first to second, second to first, …). */
  moves: SkillGap[];
}

/** The skills `to` needs that `from` does not list at all, required first, and those `to` needs more of. */
export function skillGap(from: RoleProfile, to: RoleProfile): SkillGap {
  const has = new Set(skillsOf(from));
  const skills = Object.fromEntries(importanceOrder.map((importance) => [importance, to.skills[importance].filter((skill) => !has.has(skill))]));
  const deepen = importanceOrder.flatMap((level) =>
    to.skills[level].flatMap((skill) => {
      const current = importanceIn(from, skill);
      return current && importanceWeights[current] < importanceWeights[level] ? [{ skill, from: current, to: level }] : [];
    }));
  return { from: from.slug, to: to.slug, skills: skills as Record<Importance, string[]>, deepen };
}

/** How many skills a gap holds. */
export function gapSize(gap: SkillGap): number {
  return importanceOrder.reduce((sum, importance) => sum + gap.skills[importance].length, 0);
}

/** Compares two or three distinct roles; `titles` supplies skill and technology titles for ordering. */
export function compareRoles(roles: readonly RoleProfile[], titles: Pick<CompareData, "skills" | "technologies">): Comparison {
  const skillTitle = (slug: string) => titleOf(titles.skills, slug);
  const techTitle = (slug: string) => titleOf(titles.technologies, slug);

  const allSkills = unique(roles.flatMap(skillsOf));
  const sharedSkills = allSkills
    .map((skill) => ({ skill, importance: roles.map((role) => importanceIn(role, skill)) }))
    .filter((row) => row.importance.filter(Boolean).length > 1)
    .map((row) => ({ row, weights: row.importance.map((level) => (level ? importanceWeights[level] : 0)) }))
    .sort((a, b) =>
      count(b.weights) - count(a.weights) ||
      Math.max(...b.weights) - Math.max(...a.weights) ||
      sum(b.weights) - sum(a.weights) ||
      compareTitles(skillTitle(a.row.skill), skillTitle(b.row.skill)))
    .map(({ row }) => row);
  const sharedSkillSet = new Set(sharedSkills.map((row) => row.skill));

  const allTechnologies = unique(roles.flatMap((role) => role.technologies));
  const sharedTechnologies = allTechnologies
    .map((technology) => ({ technology, usedBy: roles.map((role) => role.technologies.includes(technology)) }))
    .filter((row) => row.usedBy.filter(Boolean).length > 1)
    .sort((a, b) => b.usedBy.filter(Boolean).length - a.usedBy.filter(Boolean).length || compareTitles(techTitle(a.technology), techTitle(b.technology)));
  const sharedTechSet = new Set(sharedTechnologies.map((row) => row.technology));

  return {
    roles: [...roles],
    sharedSkills,
    uniqueSkills: roles.map((role) =>
      Object.fromEntries(importanceOrder.map((importance) => [importance, role.skills[importance].filter((skill) => !sharedSkillSet.has(skill))])) as Record<Importance, string[]>),
    sharedTechnologies,
    uniqueTechnologies: roles.map((role) => role.technologies.filter((tech) => !sharedTechSet.has(tech)).sort((a, b) => compareTitles(techTitle(a), techTitle(b)))),
    moves: roles.flatMap((from) => roles.filter((to) => to !== from).map((to) => skillGap(from, to))),
  };
}

/** The roles a picker asked for, read from `?roles=a,b,c` or repeated `?role=` parameters: known, distinct, at most three. */
export function pickedRoles(params: URLSearchParams, known: ReadonlySet<string>): { roles: string[]; unknown: string[] } {
  const asked = [...params.getAll("roles").flatMap((value) => value.split(",")), ...params.getAll("role")].map((slug) => slug.trim()).filter(Boolean);
  const roles = unique(asked.filter((slug) => known.has(slug))).slice(0, maxComparedRoles);
  return { roles, unknown: unique(asked.filter((slug) => !known.has(slug))) };
}

function titleOf(links: Record<string, LinkInfo>, slug: string): string {
  return Object.hasOwn(links, slug) ? (links[slug]?.title ?? slug) : slug;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function count(weights: readonly number[]): number {
  return weights.filter((weight) => weight > 0).length;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
