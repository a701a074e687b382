// The front matter of a translation: <content>/<lang>/roles|skills|technologies/<slug>.md. A translation gives the
// guide's words in another language; everything else (skills, technologies, links between guides, kind, homepage…)
// comes from the original it translates, so it is never written twice.
import { z } from "zod";
import { AliasesSchema, datesInOrder, IsoDateSchema, plainText, ReviewedDateSchema, reviewInOrder } from "./fields.ts";

/** Front matter of a translation. */
export const TranslationSchema = z
  .strictObject({
    /** The guide's title in the translation's language. */
    title: plainText(80),
    /** One or two sentences on what the guide covers, in the translation's language. */
    summary: plainText(300),
    /** Other names readers of the language search for. */
    aliases: AliasesSchema.default([]),
    /** The day the translation was first published, YYYY-MM-DD. */
    published: IsoDateSchema,
    /** The day the translation last changed in substance, YYYY-MM-DD; compared with the original's to find stale translations. */
    updated: IsoDateSchema.optional(),
    /** The day someone last checked the translation's facts, YYYY-MM-DD. */
    reviewed: ReviewedDateSchema.optional(),
  })
  .superRefine(datesInOrder)
  .superRefine(reviewInOrder);

/** A translation's validated front matter. */
export type TranslationData = z.infer<typeof TranslationSchema>;

/** The fields a translation may set, in the order they are written. */
export const translationFields = ["title", "summary", "aliases", "published", "updated", "reviewed"] as const;
