// What the small charts show: how many roles need a skill, how close every two roles are, and what two roles share by
// skill category.
import type { Role, Skill, SkillLink } from "../content/model.ts";
import { importanceOrder, skillCategories, type Importance, type SkillCategory } from "../schema/taxonomy.ts";
import { pairPath, skillOverlap } from "../compare/related-roles.ts";
import { roleProfile } from "../compare/role-profile.ts";
import { catalogueTranslator, type Messages } from "../i18n/messages.ts";

/** How many of the site's roles need a skill at each importance. */
export interface SkillDemand {
  counts: Array<{ importance: Importance; count: number }>;
  /** The roles that list the skill, and all the site's roles. */
  total: number;
  roleCount: number;
}

/** A cell of the role map: the same role, or the share of skills two roles have in common. */
export type SimilarityCell = { self: true } | { self: false; column: Role; percent: number; heat: number; compareUrl?: string };

/** A row of the role map: a role and its cell for every role, in the same order as the rows. */
export interface SimilarityRow {
  role: Role;
  cells: SimilarityCell[];
}

/** How many skills of a category only the first role lists, both list, and only the second lists. */
export interface CategorySplit {
  category: SkillCategory;
  label: string;
  onlyFirst: number;
  shared: number;
  onlySecond: number;
}

/** Two roles' skills split by category, with the largest count (the bars' scale) and the totals. */
export interface SkillSplit {
  rows: CategorySplit[];
  max: number;
  totals: Record<"onlyFirst" | "shared" | "onlySecond", number>;
}

/** How many of `roleCount` roles need a skill at each importance. */
export function skillDemand(skill: Pick<Skill, "neededBy">, roleCount: number): SkillDemand {
  const counts = importanceOrder.map((importance) => ({ importance, count: skill.neededBy[importance].length }));
  return { counts, total: counts.reduce((sum, { count }) => sum + count, 0), roleCount };
}

/** The shading step (0 to 5) of a share of shared skills: one step per ten percentage points, 50% and more the darkest. */
export function heatStep(share: number): number {
  return Math.min(5, Math.floor(Math.round(share * 100) / 10));
}

/** The role map: for every two roles the share of skills in common, linked to their comparison page when `compared` has it. */
export function roleSimilarity(roles: readonly Role[], compared: ReadonlySet<string>): SimilarityRow[] {
  const profiles = roles.map(roleProfile);
  return roles.map((role, index) => ({
    role,
    cells: roles.map((column, columnIndex): SimilarityCell => {
      if (role.slug === column.slug) return { self: true };
      const [first, second] = [profiles[index], profiles[columnIndex]];
      const share = first && second ? skillOverlap(first, second) : 0;
      const url = pairPath(role.slug, column.slug);
      return { self: false, column, percent: Math.round(share * 100), heat: heatStep(share), compareUrl: compared.has(url) ? url : undefined };
    }),
  }));
}

/** Splits two roles' skills into only-first, shared and only-second, counted by category in the skills index's order. */
export function categorySplit(a: Pick<Role, "skills">, b: Pick<Role, "skills">, messages: Messages = catalogueTranslator()): SkillSplit {
  const skillsOf = (role: Pick<Role, "skills">): SkillLink[] => importanceOrder.flatMap((importance) => role.skills[importance]);
  const [first, second] = [skillsOf(a), skillsOf(b)];
  const [firstSlugs, secondSlugs] = [new Set(first.map((skill) => skill.slug)), new Set(second.map((skill) => skill.slug))];
  const rows = (Object.keys(skillCategories) as SkillCategory[])
    .map((category) => ({
      category,
      label: messages.t(`skillCategory.${category}`),
      onlyFirst: first.filter((skill) => skill.category === category && !secondSlugs.has(skill.slug)).length,
      shared: first.filter((skill) => skill.category === category && secondSlugs.has(skill.slug)).length,
      onlySecond: second.filter((skill) => skill.category === category && !firstSlugs.has(skill.slug)).length,
    }))
    .filter((row) => row.onlyFirst + row.shared + row.onlySecond > 0);
  const total = (key: keyof SkillSplit["totals"]) => rows.reduce((sum, row) => sum + row[key], 0);
  return {
    rows,
    max: Math.max(1, ...rows.flatMap((row) => [row.onlyFirst, row.shared, row.onlySecond])),
    totals: { onlyFirst: total("onlyFirst"), shared: total("shared"), onlySecond: total("onlySecond") },
  };
}
