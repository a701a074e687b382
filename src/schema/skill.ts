// The front matter of a skill guide: content/skills/<slug>.md.
import { z } from "zod";
import { AliasesSchema, datesInOrder, IsoDateSchema, plainText, ReviewedDateSchema, reviewInOrder, SlugListSchema, SourcesSchema } from "./fields.ts";
import { skillCategories, type SkillCategory } from "./taxonomy.ts";

/** Front matter of a skill guide. */
export const SkillSchema = z
  .strictObject({
    /** The skill's name. */
    title: plainText(80),
    /** One or two sentences on what the skill is, shown in lists and search results. */
    summary: plainText(300),
    /** Other names people search for, like "EXPLAIN" for query-plan analysis. */
    aliases: AliasesSchema.default([]),
    /** The category the skills index groups it under. */
    category: z.enum(Object.keys(skillCategories) as [SkillCategory, ...SkillCategory[]]),
    /** Technology slugs that put the skill to work. */
    technologies: SlugListSchema.default([]),
    /** Skill slugs worth learning before this one. */
    prerequisites: SlugListSchema.default([]),
    /** The day the guide was first published, YYYY-MM-DD. */
    published: IsoDateSchema,
    /** The day the guide last changed in substance, YYYY-MM-DD. */
    updated: IsoDateSchema.optional(),
    /** The day someone last checked the guide's facts, YYYY-MM-DD; required when site.yaml sets review.requireReviewed. */
    reviewed: ReviewedDateSchema.optional(),
    /** The sources the reviewer checked the facts against: a title and an https address each. */
    sources: SourcesSchema.optional(),
  })
  .superRefine(datesInOrder)
  .superRefine(reviewInOrder);

/** A skill's validated front matter. */
export type SkillData = z.infer<typeof SkillSchema>;
