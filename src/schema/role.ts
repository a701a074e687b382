// The front matter of a role guide: content/roles/<slug>.md.
import { z } from "zod";
import { AliasesSchema, datesInOrder, IsoDateSchema, plainText, ReviewedDateSchema, reviewInOrder, SlugListSchema, SourcesSchema } from "./fields.ts";

/** The skills a role needs, grouped by importance. */
export const RoleSkillsSchema = z.strictObject({
  /** Skills nobody can do the job without. */
  required: SlugListSchema.min(1, { message: "at least one required skill" }),
  /** Skills most people in the role use often. */
  recommended: SlugListSchema.default([]),
  /** Skills that help but that many in the role do without. */
  niceToHave: SlugListSchema.default([]),
});

/** Front matter of a role guide. */
export const RoleSchema = z
  .strictObject({
    /** The role's name, as a job advert would write it. */
    title: plainText(80),
    /** One or two sentences on what the role does, shown in lists and search results. */
    summary: plainText(300),
    /** Other job titles people search for, like "Backend engineer". */
    aliases: AliasesSchema.default([]),
    /** Skill slugs grouped by importance. */
    skills: RoleSkillsSchema,
    /** Technology slugs people in the role commonly use. */
    technologies: SlugListSchema.default([]),
    /** Role slugs this role works with day to day. */
    worksWith: SlugListSchema.default([]),
    /** Role slugs people in this role commonly move to next. */
    movesTo: SlugListSchema.default([]),
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

/** A role's validated front matter. */
export type RoleData = z.infer<typeof RoleSchema>;
