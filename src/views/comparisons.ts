// What the comparison pages and a role's pathways show: the pairs of closely related roles, what each pair shares and
// what sets each role apart, and what it takes to move from a role to the roles people move to.
import type { Role } from "../content/model.ts";
import type { Importance } from "../schema/taxonomy.ts";
import { importanceOrder } from "../schema/taxonomy.ts";
import type { CompareData } from "../compare/compare-data.ts";
import { compareRoles, gapSize, skillGap, type Comparison, type SkillGap } from "../compare/compare-roles.ts";
import { areCloselyRelated, pairPath, skillOverlap } from "../compare/related-roles.ts";
import { roleProfile, skillsOf, type RoleProfile } from "../compare/role-profile.ts";
import { categorySplit, type SkillSplit } from "./charts.ts";
import { catalogueTranslator, type Messages } from "../i18n/messages.ts";
import { withPathPrefix } from "../lib/url-paths.ts";

/** Two closely related roles and the address of their comparison page. */
export interface RolePair {
  first: RoleProfile;
  second: RoleProfile;
  url: string;
}

/** Everything the comparison page of two roles shows. */
export interface PairComparison {
  comparison: Comparison;
  /** Skills and technologies both list, out of all either lists. */
  sharedSkills: number;
  allSkills: number;
  sharedTechnologies: number;
  allTechnologies: number;
  /** The share of skills in common, as a whole percentage. */
  overlapPercent: number;
  split: SkillSplit;
}

/** A role people move to from a role, with the skills it would take. */
export interface Pathway {
  target: Role;
  gap: SkillGap;
  /** How many skills the gap holds, and how many at each importance that has some. */
  size: number;
  levels: Array<{ importance: Importance; count: number }>;
  /** The comparison page of the two roles, when the site builds one. */
  compareUrl?: string;
}

/** The pairs of closely related roles in the comparison data, with their profiles. */
export function rolePairs(data: Pick<CompareData, "roles" | "pairs">): RolePair[] {
  const bySlug = new Map(data.roles.map((role) => [role.slug, role]));
  return data.pairs.map((pair) => ({ first: profileOf(bySlug, pair.roles[0]), second: profileOf(bySlug, pair.roles[1]), url: pair.url }));
}

/** What the comparison page of a pair shows; `roles` are the site's roles, for the skills' categories. */
export function pairComparison(
  pair: RolePair,
  lookup: Pick<CompareData, "skills" | "technologies">,
  roles: readonly Role[],
  messages: Messages = catalogueTranslator(),
): PairComparison {
  const { first, second } = pair;
  const comparison = compareRoles([first, second], lookup);
  return {
    comparison,
    sharedSkills: comparison.sharedSkills.length,
    allSkills: new Set([...skillsOf(first), ...skillsOf(second)]).size,
    sharedTechnologies: comparison.sharedTechnologies.length,
    allTechnologies: new Set([...first.technologies, ...second.technologies]).size,
    overlapPercent: Math.round(skillOverlap(first, second) * 100),
    split: categorySplit(roleNamed(roles, first.slug), roleNamed(roles, second.slug), messages),
  };
}

/** The pathways from a role to each role in its `movesTo`; comparison pages are under `languagePrefix` ("/de/"). */
export function pathwaysOf(role: Role, roles: readonly Role[], languagePrefix = "/"): Pathway[] {
  const targets = role.movesTo.flatMap((link) => roles.filter((candidate) => candidate.slug === link.slug));
  const from = roleProfile(role);
  return targets.map((target) => {
    const to = roleProfile(target);
    const gap = skillGap(from, to);
    return {
      target,
      gap,
      size: gapSize(gap),
      levels: importanceOrder
        .filter((importance) => gap.skills[importance].length > 0)
        .map((importance) => ({ importance, count: gap.skills[importance].length })),
      compareUrl: areCloselyRelated(from, to) ? withPathPrefix(languagePrefix, pairPath(role.slug, target.slug)) : undefined,
    };
  });
}

function profileOf(bySlug: ReadonlyMap<string, RoleProfile>, slug: string): RoleProfile {
  const profile = bySlug.get(slug);
  if (!profile) throw new Error(`comparison data: a pair names the role "${slug}", which it does not list`);
  return profile;
}

/** The full role behind a comparison profile; the pairs were built from these roles, so a miss is a bug. */
function roleNamed(roles: readonly Role[], slug: string): Role {
  const role = roles.find((candidate) => candidate.slug === slug);
  if (!role) throw new Error(`comparison: no role with slug "${slug}"`);
  return role;
}
