// The front matter of a technology guide: content/technologies/<slug>.md.
import { z } from "zod";
import {
  AliasesSchema,
  datesInOrder,
  IsoDateSchema,
  plainText,
  ReviewedDateSchema,
  reviewInOrder,
  SlugListSchema,
  SourcesSchema,
  WebUrlSchema,
} from "./fields.ts";
import { technologyKinds, type TechnologyKind } from "./taxonomy.ts";

/** Front matter of a technology guide. */
export const TechnologySchema = z
  .strictObject({
    /** The technology's name, spelled as its makers spell it. */
    title: plainText(80),
    /** One or two sentences on what it is, shown in lists and search results. */
    summary: plainText(300),
    /** Other names people search for, like "Postgres" or "JS". */
    aliases: AliasesSchema.default([]),
    /** What sort of technology it is; the technologies index groups by it. */
    kind: z.enum(Object.keys(technologyKinds) as [TechnologyKind, ...TechnologyKind[]]),
    /** The official home page, when it has one (a standard or a practice may not). */
    homepage: WebUrlSchema.optional(),
    /** Skill slugs this technology is used for. */
    skills: SlugListSchema.default([]),
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

/** A technology's validated front matter. */
export type TechnologyData = z.infer<typeof TechnologySchema>;
