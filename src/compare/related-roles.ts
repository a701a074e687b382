// Which roles are closely related enough to get a comparison page of their own, and where that page lives.
import { compareTitles } from "../lib/text-order.ts";
import { skillsOf, type RoleProfile } from "./role-profile.ts";

/** The share of their combined skills two roles must have in common to count as closely related. */
export const skillOverlapThreshold = 0.4;

/** The URL path of the comparison page of two roles: /compare/<a>-vs-<b>/ with the slugs in alphabetical order. */
export function pairPath(first: string, second: string): string {
  const [a, b] = [first, second].sort();
  return `/compare/${a}-vs-${b}/`;
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
