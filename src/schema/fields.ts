// Field types shared by every collection's schema.
import { DateTime } from "luxon";
import { z } from "zod";

/** The shape every slug must have: lower-case words of letters and digits joined by single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A reference to another entry by its slug. */
export const SlugSchema = z.string().regex(slugPattern, {
  message: 'a slug: lower-case letters and digits joined by single hyphens, like "back-end-developer"',
});

/** A list of slugs with no repeats. */
export const SlugListSchema = z
  .array(SlugSchema)
  .superRefine((slugs, ctx) => {
    slugs.forEach((slug, index) => {
      if (slugs.indexOf(slug) !== index) {
        ctx.addIssue({ code: "custom", path: [index], message: `"${slug}" is listed twice; list each slug once`, params: { complete: true } });
      }
    });
  });

/** A calendar date written as YYYY-MM-DD that exists on the calendar. */
export const IsoDateSchema = z
  .string({ message: "a date written as YYYY-MM-DD, like 2026-03-01" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "a date written as YYYY-MM-DD, like 2026-03-01" })
  .refine((value) => DateTime.fromISO(value, { zone: "utc" }).isValid, {
    message: "a date that exists on the calendar (check the month and day)",
  });

/** One line of plain text: no line breaks, not blank, within a length limit. */
export function plainText(maxLength: number) {
  return z
    .string({ message: "text" })
    .trim()
    .min(1, { message: "text that is not blank" })
    .max(maxLength, { message: `at most ${maxLength} characters` })
    .refine((value) => !/[\r\n]/.test(value), { message: "a single line of text" });
}

/** Other names a reader might search for, each one line of text. */
export const AliasesSchema = z.array(plainText(80)).max(20, { message: "at most 20 aliases" });

/** An absolute https URL (http is allowed only for sites that offer nothing else). */
export const WebUrlSchema = z
  .string({ message: "a URL" })
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
      } catch {
        return false;
      }
    },
    { message: "an absolute web address starting with https://" },
  );
