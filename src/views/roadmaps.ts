// What a role page's roadmap shows: the role's skills in learning order, laid out as a diagram of lanes and as lists,
// one per stage.
import type { Role, Skill, SkillLink } from "../content/model.ts";
import type { Importance } from "../schema/taxonomy.ts";
import type { RoadmapLayout, RoadmapNode, RoadmapStage } from "../roadmap/drawing.ts";
import { layoutRoadmap, type RoadmapLabels } from "../roadmap/layout.ts";
import { catalogueTranslator, type Messages } from "../i18n/messages.ts";
import { learningPath, type PathStep } from "../roadmap/learning-path.ts";

/** The prerequisites of each skill of the site, by slug. */
export type Prerequisites = (slug: string) => readonly string[];

/** A stage of the diagram with its boxes, in learning order. */
export interface DiagramStage {
  stage: RoadmapStage;
  nodes: RoadmapNode<SkillLink>[];
}

/** A stage of the path as the narrow-screen list shows it: its heading, the number of its first step, and its steps. */
export interface ListStage {
  stage: Importance;
  label: string;
  first: number;
  steps: PathStep<SkillLink>[];
}

/** Everything a role page's roadmap section shows. */
export interface RoleRoadmap {
  steps: PathStep<SkillLink>[];
  layout: RoadmapLayout<SkillLink>;
  /** The diagram's stages, each with the boxes drawn in it. */
  diagramStages: DiagramStage[];
  /** The same path as lists, one per stage. */
  listStages: ListStage[];
}

/** Looks up prerequisites among the site's skills; skills it does not know have none. */
export function skillPrerequisites(skills: readonly Pick<Skill, "slug" | "prerequisites">[]): Prerequisites {
  const bySlug = new Map(skills.map((skill) => [skill.slug, skill.prerequisites.map((link) => link.slug)]));
  return (slug) => bySlug.get(slug) ?? [];
}

/** The learning path of a role, with prerequisites read from the site's skills. */
export function roleLearningPath(role: Pick<Role, "skills">, prerequisites: Prerequisites): PathStep<SkillLink>[] {
  return learningPath(role.skills, prerequisites);
}

/** A role's roadmap, or undefined when the role lists no skills. */
export function roleRoadmap(role: Pick<Role, "skills">, prerequisites: Prerequisites, messages: Messages = catalogueTranslator()): RoleRoadmap | undefined {
  const steps = roleLearningPath(role, prerequisites);
  if (steps.length === 0) return undefined;
  const labels = roadmapLabels(messages);
  const layout = layoutRoadmap(steps, undefined, labels);
  return {
    steps,
    layout,
    diagramStages: layout.stages.map((stage) => ({ stage, nodes: layout.nodes.filter((node) => node.step.stage === stage.stage) })),
    listStages: [...new Set(steps.map((step) => step.stage))].map((stage) => {
      const inStage = steps.filter((step) => step.stage === stage);
      return {
        stage,
        label: labels.stage(
          stage,
          inStage.some((step) => step.importance !== stage),
        ),
        first: inStage[0]?.number ?? 1,
        steps: inStage,
      };
    }),
  };
}

/** The roadmap's words in a language. */
export function roadmapLabels(messages: Messages): RoadmapLabels {
  return {
    category: (category) => messages.t(`skillCategory.${category}`),
    stage: (stage, withPrerequisites) =>
      withPrerequisites ? messages.t("roadmap.stageWithPrerequisites", { importance: messages.t(`importance.${stage}`) }) : messages.t(`importance.${stage}`),
    steps: (stage, first, last) =>
      first === last ? messages.t("roadmap.stageStep", { stage, first }) : messages.t("roadmap.stageStepRange", { stage, first, last }),
  };
}
