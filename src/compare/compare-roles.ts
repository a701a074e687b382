// What two or three roles share, what is unique to each and what it takes to move from one to another. Pure and free
// of Node and Eleventy, so the build and the browser run the same code.
import { compareTitles } from "../lib/text-order.ts";
import { importanceOrder, type Importance } from "../schema/taxonomy.ts";
import type { CompareData } from "./compare-data.ts";
import { importanceIn, importanceWeights, skillsOf, type LinkInfo, type RoleProfile } from "./role-profile.ts";

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
    }),
  );
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
    .sort(
      (a, b) =>
        count(b.weights) - count(a.weights) ||
        Math.max(...b.weights) - Math.max(...a.weights) ||
        sum(b.weights) - sum(a.weights) ||
        compareTitles(skillTitle(a.row.skill), skillTitle(b.row.skill)),
    )
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
    uniqueSkills: roles.map(
      (role) =>
        Object.fromEntries(importanceOrder.map((importance) => [importance, role.skills[importance].filter((skill) => !sharedSkillSet.has(skill))])) as Record<
          Importance,
          string[]
        >,
    ),
    sharedTechnologies,
    uniqueTechnologies: roles.map((role) =>
      role.technologies.filter((tech) => !sharedTechSet.has(tech)).sort((a, b) => compareTitles(techTitle(a), techTitle(b))),
    ),
    moves: roles.flatMap((from) => roles.filter((to) => to !== from).map((to) => skillGap(from, to))),
  };
}

function titleOf(links: Record<string, LinkInfo>, slug: string): string {
  return Object.hasOwn(links, slug) ? (links[slug]?.title ?? slug) : slug;
}

function count(weights: readonly number[]): number {
  return weights.filter((weight) => weight > 0).length;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
