// How complete and well linked the guides are: counts, words per page, orphans and missing back-links.
import { importanceOrder } from "../schema/index.ts";
import { allGuides, type Guide, type SiteModel } from "./model.ts";

/** A guide nothing links to, or a link that is only one way. */
export interface LinkGap {
  /** The guide's source path, relative to the content folder. */
  sourcePath: string;
  message: string;
}

/** The coverage report of a site model. */
export interface Coverage {
  counts: { roles: number; skills: number; technologies: number };
  words: Array<{ sourcePath: string; title: string; type: Guide["type"]; words: number }>;
  orphans: LinkGap[];
  missingBackLinks: LinkGap[];
}

/** Computes counts, words per guide, orphans (guides nothing leads to) and one-way "works with" links. */
export function coverageOf(model: SiteModel): Coverage {
  const orphans: LinkGap[] = [];
  for (const skill of model.skills) {
    if (importanceOrder.every((importance) => skill.neededBy[importance].length === 0)) {
      orphans.push({ sourcePath: skill.sourcePath, message: `no role needs the skill "${skill.title}"; add it to a role's skills, or remove it` });
    }
  }
  for (const technology of model.technologies) {
    if (technology.usedBy.length === 0 && technology.skills.length === 0) {
      orphans.push({ sourcePath: technology.sourcePath, message: `no role or skill links to the technology "${technology.title}"; add it to a role's or skill's technologies` });
    }
  }
  const linkedRoles = new Set(model.roles.flatMap((role) => [...role.worksWith, ...role.movesTo].map((link) => link.slug)));
  for (const role of model.roles) {
    if (model.roles.length > 1 && !linkedRoles.has(role.slug)) {
      orphans.push({ sourcePath: role.sourcePath, message: `no other role works with or moves to "${role.title}"; add it to a related role's worksWith` });
    }
  }
  const missingBackLinks: LinkGap[] = [];
  const bySlug = new Map(model.roles.map((role) => [role.slug, role]));
  for (const role of model.roles) {
    for (const other of role.worksWith) {
      const target = bySlug.get(other.slug);
      if (target && !target.worksWith.some((link) => link.slug === role.slug)) {
        missingBackLinks.push({ sourcePath: target.sourcePath, message: `"${role.title}" works with "${target.title}", but ${target.sourcePath} does not list ${role.slug} in worksWith` });
      }
    }
  }
  const guides = allGuides(model);
  return {
    counts: { roles: model.roles.length, skills: model.skills.length, technologies: model.technologies.length },
    words: guides.map((guide) => ({ sourcePath: guide.sourcePath, title: guide.title, type: guide.type, words: guide.wordCount })),
    orphans,
    missingBackLinks,
  };
}
