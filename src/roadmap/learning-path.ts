// The order in which to learn a role's skills: prerequisites first, then the most important, then by title.
import { compareTitles } from "../lib/text-order.ts";
import { importanceOrder, type Importance } from "../schema/taxonomy.ts";

/** What the learning path needs to know about a skill. */
export interface PathSkill {
  slug: string;
  title: string;
}

/** One step of a learning path. */
export interface PathStep<T extends PathSkill> {
  /** The step's number, from 1. */
  number: number;
  skill: T;
  /** How much the role needs the skill itself. */
  importance: Importance;
  /**
   * The stage of the path the step belongs to: the most important level among the skill and every skill of the role
   * that builds on it, so a recommended skill that a required one needs is learnt with the required skills.
   */
  stage: Importance;
  /** Slugs of the role's skills to learn before this one, directly or through prerequisites the role does not list. */
  after: string[];
}

/**
 * Orders a role's skills into a learning path: a skill comes after the role's skills it builds on (following
 * prerequisites through skills the role does not list); among skills ready to learn, the earlier stage wins, then the
 * skill's own importance, then the title. A cycle (which content validation reports as an error) never hangs it: the
 * skills caught in one keep their priority order.
 */
export function learningPath<T extends PathSkill>(
  skills: Readonly<Record<Importance, readonly T[]>>,
  prerequisitesOf: (slug: string) => readonly string[],
): PathStep<T>[] {
  const listed = new Map<string, { skill: T; importance: Importance }>();
  for (const importance of importanceOrder) {
    for (const skill of skills[importance]) if (!listed.has(skill.slug)) listed.set(skill.slug, { skill, importance });
  }
  const reach = listedReach(listed, prerequisitesOf);
  const after = new Map([...listed.keys()].map((slug) => [slug, [...reach(prerequisitesOf(slug), slug)].sort(compareTitles)]));
  const stage = stages(listed, after);

  const priority = new Map(
    [...listed].map(([slug, entry]) => [
      slug,
      { stage: rank(stage.get(slug) ?? entry.importance), importance: rank(entry.importance), title: entry.skill.title },
    ]),
  );
  const before = (a: string, b: string) => {
    const [pa, pb] = [priority.get(a), priority.get(b)];
    if (!pa || !pb) return compareTitles(a, b);
    return pa.stage - pb.stage || pa.importance - pb.importance || compareTitles(pa.title, pb.title) || compareTitles(a, b);
  };

  const placed = new Set<string>();
  const order: string[] = [];
  const remaining = [...listed.keys()].sort(before);
  while (remaining.length > 0) {
    // The first ready skill in priority order; if none is ready (a cycle), the first one left.
    const index = Math.max(
      0,
      remaining.findIndex((slug) => (after.get(slug) ?? []).every((prerequisite) => placed.has(prerequisite))),
    );
    const [next] = remaining.splice(index, 1);
    if (next === undefined) break;
    placed.add(next);
    order.push(next);
  }

  return order.map((slug, index) => {
    const entry = listed.get(slug);
    if (!entry) throw new Error(`learning path lost the skill "${slug}"`);
    return { number: index + 1, skill: entry.skill, importance: entry.importance, stage: stage.get(slug) ?? entry.importance, after: after.get(slug) ?? [] };
  });
}

/**
 * A function giving the role's skills reached from some prerequisites: those the role lists, and through those it does
 * not list, theirs in turn. What an unlisted skill leads to is worked out once per role, however many skills need it.
 */
function listedReach(
  listed: ReadonlyMap<string, unknown>,
  prerequisitesOf: (slug: string) => readonly string[],
): (prerequisites: readonly string[], from: string) => Set<string> {
  const throughUnlisted = new Map<string, Set<string>>();
  const visiting = new Set<string>();
  const reach = (prerequisites: readonly string[], from: string): Set<string> => {
    const found = new Set<string>();
    for (const next of prerequisites) {
      if (next === from) continue;
      if (listed.has(next)) found.add(next);
      else for (const slug of leadsTo(next)) if (slug !== from) found.add(slug);
    }
    return found;
  };
  const leadsTo = (unlisted: string): Set<string> => {
    const known = throughUnlisted.get(unlisted);
    if (known) return known;
    if (visiting.has(unlisted)) return new Set();
    visiting.add(unlisted);
    const found = reach(prerequisitesOf(unlisted), unlisted);
    visiting.delete(unlisted);
    throughUnlisted.set(unlisted, found);
    return found;
  };
  return reach;
}

/** Each skill's stage: the most important level among itself and every listed skill that builds on it. */
function stages(listed: ReadonlyMap<string, { importance: Importance }>, after: ReadonlyMap<string, readonly string[]>): Map<string, Importance> {
  const stage = new Map<string, Importance>([...listed].map(([slug, entry]) => [slug, entry.importance]));
  // Lifting a skill can lift its own prerequisites; repeat until nothing changes (stages only ever rise, so it ends).
  for (let changed = true; changed;) {
    changed = false;
    for (const [slug, prerequisites] of after) {
      const level = stage.get(slug) ?? "niceToHave";
      for (const prerequisite of prerequisites) {
        if (rank(level) < rank(stage.get(prerequisite) ?? "niceToHave")) {
          stage.set(prerequisite, level);
          changed = true;
        }
      }
    }
  }
  return stage;
}

function rank(importance: Importance): number {
  return importanceOrder.indexOf(importance);
}
