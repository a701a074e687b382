// The skill self-check: how close a reader's marked skills bring them to each role, what to learn next, and the
// versioned JSON file that carries marks between browsers. Pure, so the browser and the tests run the same code.
import { importanceOrder, type Importance } from "../schema/taxonomy.ts";
import { compareTitles } from "../lib/text-order.ts";
import { importanceWeights, type RoleProfile } from "../compare/role-profile.ts";

export { importanceWeights };

/** What scoring needs to know about a role. */
export type ScoredRole = Pick<RoleProfile, "slug" | "title" | "skills">;

/** How close a reader is to one role. */
export interface RoleMatch {
  slug: string;
  title: string;
  /** Sum of the weights of the role's skills the reader has marked. */
  score: number;
  /** Sum of the weights of all the role's skills. */
  maxScore: number;
  /** score ÷ maxScore as a whole percentage, rounded down so that 100 means every skill. */
  percent: number;
  have: Record<Importance, number>;
  total: Record<Importance, number>;
  /** The role's skills the reader has not marked, by importance, in the guide's order. */
  missing: Record<Importance, string[]>;
}

/** Scores one role: each marked skill adds its importance weight (required 3, recommended 2, nice to have 1). */
export function matchRole(role: ScoredRole, marked: ReadonlySet<string>): RoleMatch {
  const by = <T>(pick: (importance: Importance, skills: string[]) => T) =>
    Object.fromEntries(importanceOrder.map((importance) => [importance, pick(importance, role.skills[importance])])) as Record<Importance, T>;
  const have = by((_, skills) => skills.filter((skill) => marked.has(skill)).length);
  const total = by((_, skills) => skills.length);
  const score = importanceOrder.reduce((sum, importance) => sum + have[importance] * importanceWeights[importance], 0);
  const maxScore = importanceOrder.reduce((sum, importance) => sum + total[importance] * importanceWeights[importance], 0);
  return {
    slug: role.slug,
    title: role.title,
    score,
    maxScore,
    percent: maxScore === 0 ? 0 : Math.floor((100 * score) / maxScore),
    have,
    total,
    missing: by((_, skills) => skills.filter((skill) => !marked.has(skill))),
  };
}

/** Scores every role, closest first: highest percentage, then larger share of required skills, then title. */
export function rankRoles(roles: readonly ScoredRole[], marked: ReadonlySet<string>): RoleMatch[] {
  const share = (match: RoleMatch) => (match.total.required === 0 ? 0 : match.have.required / match.total.required);
  return roles
    .map((role) => matchRole(role, marked))
    .sort((a, b) => b.score * a.maxScore - a.score * b.maxScore || share(b) - share(a) || compareTitles(a.title, b.title));
}

/** One skill to learn, for the role it brings the reader closer to. */
export interface LearnNextItem {
  skill: string;
  role: string;
  importance: Importance;
}

/**
 * What to learn next: the missing skills of the first role in `ranked` that has any (the closest role, or the next
 * closest once it is complete) — required first, then recommended, then nice to have, each in the guide's order.
 */
export function learnNext(ranked: readonly RoleMatch[], limit = Number.POSITIVE_INFINITY): LearnNextItem[] {
  const target = ranked.find((match) => importanceOrder.some((importance) => match.missing[importance].length > 0));
  if (!target) return [];
  return importanceOrder.flatMap((importance) => target.missing[importance].map((skill) => ({ skill, role: target.slug, importance }))).slice(0, limit);
}

/** The `format` value that marks a file as a self-check export. */
export const selfCheckFormat = "role-guides-self-check";

/** The version of the export file's shape; a new version is needed only when the shape changes. */
export const selfCheckVersion = 1;

/** The largest file the import reads; an export of every skill is a few kilobytes. */
export const maxSelfCheckFileBytes = 1_000_000;

/** A self-check export: the marked skill slugs, sorted, with when they were exported. */
export interface SelfCheckFile {
  format: typeof selfCheckFormat;
  version: typeof selfCheckVersion;
  exportedAt: string;
  skills: string[];
}

/** Builds the export file for a set of marked skills. */
export function toSelfCheckFile(marked: Iterable<string>, now: Date): SelfCheckFile {
  return { format: selfCheckFormat, version: selfCheckVersion, exportedAt: now.toISOString(), skills: [...new Set(marked)].sort() };
}

/** The result of reading an export: the skills this site knows and the ones it does not, or what is wrong. */
export type SelfCheckImport = { ok: true; skills: string[]; unknown: string[] } | { ok: false; error: string; reason: SelfCheckFailure };

/** What is wrong with an export, as the message key that says it in any language (selfCheck.live.*) and its values. */
export interface SelfCheckFailure {
  key: string;
  params: Record<string, string | number>;
}

/** Reads and checks an export file's text, keeping the skills `known` to this site and listing the others. */
export function parseSelfCheckFile(text: string, known: ReadonlySet<string>): SelfCheckImport {
  const fail = (error: string, key: string, params: Record<string, string | number> = {}): SelfCheckImport => ({
    ok: false,
    error,
    reason: { key: `selfCheck.live.${key}`, params },
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail("This file is not JSON. Choose a file saved with “Export to a file”.", "notJson");
  }
  if (typeof data !== "object" || data === null || Array.isArray(data))
    return fail("This file does not hold a self-check export (expected a JSON object).", "notObject");
  const record = data as Record<string, unknown>;
  if (record.format !== selfCheckFormat)
    return fail(`This file is not a self-check export (expected "format": "${selfCheckFormat}").`, "wrongFormat", { format: selfCheckFormat });
  if (record.version !== selfCheckVersion) {
    const found = JSON.stringify(record.version) ?? "none";
    return fail(`This export is version ${found}; this site reads version ${selfCheckVersion}. Export again from the site that made it.`, "wrongVersion", {
      found,
      expected: selfCheckVersion,
    });
  }
  if (!Array.isArray(record.skills)) return fail('This export has no list of skills (expected "skills": ["sql", …]).', "noSkills");
  const badIndex = record.skills.findIndex((skill) => typeof skill !== "string");
  if (badIndex >= 0) return fail(`Item ${badIndex + 1} of "skills" is not a skill name (expected text like "sql").`, "badSkill", { index: badIndex + 1 });
  const skills = [...new Set(record.skills as string[])];
  return { ok: true, skills: skills.filter((skill) => known.has(skill)), unknown: skills.filter((skill) => !known.has(skill)) };
}
