// What comparisons and the self-check know of a role: its skills by importance and its technologies, by slug. Pure and
// free of Node and Eleventy, so the build and the browser run the same code.
import { importanceOrder, type Importance } from "../schema/taxonomy.ts";
import type { Role } from "../content/model.ts";

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
  /** The language of the role's page, when it is not the page's own: a role not yet translated (see GuideLink). */
  hreflang?: string;
}

/** The title and address of a skill or technology, and its page's language when that is not the page's own. */
export interface LinkInfo {
  title: string;
  url: string;
  hreflang?: string;
  /** With `hreflang`: the visible note saying so, like "(Englisch)". */
  languageNote?: string;
}

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
    ...(role.hreflang ? { hreflang: role.hreflang } : {}),
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
