// Finds guides nothing links to: a skill no role needs, a technology no role or skill names, a role no other role names.
import { lineOf } from "../content/validate.ts";
import { importanceOrder, type RoleData, type SkillData, type TechnologyData } from "../schema/index.ts";
import type { CheckInput, GuideDocument } from "./documents.ts";
import { problemOf, type CheckProblem } from "./rules.ts";

/** Reports orphan guides as warnings; says nothing while some guides fail validation, since their links are unknown. */
export function checkOrphans(input: CheckInput): CheckProblem[] {
  if (!input.complete) return [];
  const of = <D>(collection: string) =>
    input.documents.filter((document) => document.raw.collection === collection).map((document) => ({ document, data: document.valid?.data as D }));
  const roles = of<RoleData>("roles");
  const skills = of<SkillData>("skills");
  const technologies = of<TechnologyData>("technologies");

  const neededSkills = new Set(roles.flatMap(({ data }) => importanceOrder.flatMap((importance) => data.skills[importance])));
  const namedTechnologies = new Set([...roles.flatMap(({ data }) => data.technologies), ...skills.flatMap(({ data }) => data.technologies)]);
  const existingSkills = new Set(skills.map(({ document }) => document.raw.slug));
  const problems: CheckProblem[] = [];

  for (const { document } of skills) {
    if (!neededSkills.has(document.raw.slug)) {
      problems.push(orphan(document, "no role lists this skill under skills", `add "${document.raw.slug}" to the skills of the roles that need it`));
    }
  }
  for (const { document, data } of technologies) {
    // A technology that names a skill appears on that skill's page, so it is linked from there.
    if (!namedTechnologies.has(document.raw.slug) && !data.skills.some((skill) => existingSkills.has(skill))) {
      problems.push(
        orphan(
          document,
          "no role or skill names this technology",
          `add "${document.raw.slug}" to the technologies of a role or skill, or list the skills it serves under skills`,
        ),
      );
    }
  }
  for (const { document } of roles) {
    const slug = document.raw.slug;
    if (!roles.some(({ document: other, data }) => other !== document && (data.worksWith.includes(slug) || data.movesTo.includes(slug)))) {
      problems.push(orphan(document, "no other role lists this role in worksWith or movesTo", `add "${slug}" to worksWith of the roles it works with`));
    }
  }
  return problems;
}

function orphan(document: GuideDocument, message: string, suggestion: string): CheckProblem {
  return problemOf("orphan", { file: document.raw.file, line: lineOf(document.raw, ["title"]), message, suggestion });
}
