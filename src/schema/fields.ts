// Field types shared by every collection's schema.
import { DateTime } from "luxon";
import { z } from "zod";
import { codePointName, findControlCharacter, isVisiblyBlank } from "../lib/characters.ts";
import { slugPattern } from "../lib/slugs.ts";

/** A reference to another entry by its slug. */
export const SlugSchema = z.string().regex(slugPattern, {
  message: 'a slug: lower-case letters and digits joined by single hyphens, like "back-end-developer"',
});

/** A list of slugs with no repeats. */
export const SlugListSchema = z.array(SlugSchema).superRefine((slugs, ctx) => {
  slugs.forEach((slug, index) => {
    if (slugs.indexOf(slug) !== index) {
      ctx.addIssue({ code: "custom", path: [index], message: `"${slug}" is listed twice; list each slug once`, params: { complete: true } });
    }
  });
});

/** The earliest date a guide may carry; anything before is a typo (the web itself is younger). */
export const earliestDate = "1990-01-01";

/** The latest date a guide may carry: a year from today, room for a planned publication and no more. */
export function latestDate(): string {
  return DateTime.utc().plus({ years: 1 }).toISODate();
}

/** A calendar date written as YYYY-MM-DD that exists on the calendar and lies between 1990 and a year from today. */
export const IsoDateSchema = z
  .string({ message: "a date written as YYYY-MM-DD, like 2026-03-01" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "a date written as YYYY-MM-DD, like 2026-03-01" })
  .superRefine((value, ctx) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return;
    if (!DateTime.fromISO(value, { zone: "utc" }).isValid) {
      ctx.addIssue({ code: "custom", message: "a date that exists on the calendar (check the month and day)" });
    } else if (value < earliestDate || value > latestDate()) {
      ctx.addIssue({
        code: "custom",
        message: `found "${value}", expected a date from ${earliestDate} to ${latestDate()} (a year from today)`,
        params: { complete: true },
      });
    }
  });

/** Checks that a guide's `updated` date is not before its `published` date; add it to a schema with `.superRefine`. */
export function datesInOrder(data: { published: string; updated?: string | undefined }, ctx: z.RefinementCtx): void {
  const iso = (value: unknown): value is string => typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);
  // Runs even when a date itself is wrong; that date has its own problem, so only two well-formed dates are compared.
  if (iso(data.updated) && iso(data.published) && data.updated < data.published) {
    ctx.addIssue({
      code: "custom",
      path: ["updated"],
      message: `found "${data.updated}", before the published date ${data.published}; expected the same day or later`,
      params: { complete: true },
    });
  }
}

/** One line of plain text: no line breaks or control characters, visible once invisible characters are removed, within a length limit. */
export function plainText(maxLength: number) {
  return z
    .string({ message: "text" })
    .trim()
    .min(1, { message: "text that is not blank" })
    .max(maxLength, { message: `at most ${maxLength} characters` })
    .superRefine((value, ctx) => {
      const problem = plainTextProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: problem, params: { complete: true } });
    });
}

/** What is wrong with a value for a one-line text field, as a complete message, or undefined when nothing is. */
function plainTextProblem(value: string): string | undefined {
  if (value === "") return undefined;
  if (/[\r\n\u2028\u2029]/u.test(value)) return "found a line break, expected a single line of text";
  const control = findControlCharacter(value);
  if (control)
    return `found the control character ${codePointName(control.character)} at character ${control.index + 1}, expected text without control characters`;
  if (isVisiblyBlank(value)) {
    const seen = [...new Set([...value].map(codePointName))].join(", ");
    return `found only invisible characters (${seen}), expected text a reader can see`;
  }
  return undefined;
}

/** Other names a reader might search for, each one line of text. */
export const AliasesSchema = z.array(plainText(80)).max(20, { message: "at most 20 aliases" });

/** An absolute https URL (http is allowed only for sites that offer nothing else). */
export const WebUrlSchema = z.string({ message: "a URL" }).superRefine((value, ctx) => {
  // The URL parser quietly drops tabs and line breaks; refuse them, and every other control character, by name.
  const control = findControlCharacter(value);
  if (control) {
    ctx.addIssue({
      code: "custom",
      message: `found the control character ${codePointName(control.character)} in the address, expected an absolute web address starting with https://`,
      params: { complete: true },
    });
    return;
  }
  if (!isWebUrl(value)) ctx.addIssue({ code: "custom", message: "an absolute web address starting with https://" });
});

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** The latest calendar day anywhere on Earth (UTC+14), so a date written today in any time zone is not in the future. */
function latestToday(): string {
  return DateTime.now().setZone("UTC+14").toISODate() ?? DateTime.utc().toISODate();
}

/** The day someone last checked a guide's facts: a date like the others, and not one still to come. */
export const ReviewedDateSchema = IsoDateSchema.superRefine((value, ctx) => {
  // Only a well-formed date in range gets this problem; any other has its own already.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !DateTime.fromISO(value, { zone: "utc" }).isValid || value > latestDate()) return;
  if (value > latestToday()) {
    ctx.addIssue({
      code: "custom",
      message: `found "${value}", a day still to come; expected the day the facts were checked, ${DateTime.utc().toISODate()} at the latest`,
      params: { complete: true },
    });
  }
});

/** An https address a reader can follow: no user name or password in it, no control characters, at most 2,000 characters. */
export const HttpsUrlSchema = z
  .string({ message: "a URL" })
  .max(2000, { message: "an address of at most 2,000 characters" })
  .refine(
    (value) => {
      try {
        if (findControlCharacter(value)) return false;
        const url = new URL(value);
        return url.protocol === "https:" && url.hostname.includes(".") && url.username === "" && url.password === "";
      } catch {
        return false;
      }
    },
    { message: "an absolute web address starting with https://, like https://www.postgresql.org/support/versioning/" },
  );

/** A source a reviewer checked a guide's facts against. */
export const SourceSchema = z.strictObject({
  /** What the source is, as its page names itself, like "PostgreSQL versioning policy". */
  title: plainText(120),
  /** Its address, starting with https://. */
  url: HttpsUrlSchema,
});

/** The reviewer's sources: one to 20, each address listed once. */
export const SourcesSchema = z
  .array(SourceSchema)
  .min(1, { message: "at least one source; leave the field out when there is none" })
  .max(20, { message: "at most 20 sources" })
  .superRefine((sources, ctx) => {
    const urls = sources.map((source) => source.url);
    urls.forEach((url, index) => {
      if (urls.indexOf(url) !== index)
        ctx.addIssue({ code: "custom", path: [index, "url"], message: `"${url}" is listed twice; list each source once`, params: { complete: true } });
    });
  });

/** Checks that `reviewed` is not before `published`, and that `sources` come with the `reviewed` date they belong to. */
export function reviewInOrder(data: { published: string; reviewed?: string | undefined; sources?: unknown }, ctx: z.RefinementCtx): void {
  const iso = (value: unknown): value is string => typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);
  if (iso(data.reviewed) && iso(data.published) && data.reviewed < data.published) {
    ctx.addIssue({
      code: "custom",
      path: ["reviewed"],
      message: `found "${data.reviewed}", before the published date ${data.published}; expected the same day or later`,
      params: { complete: true },
    });
  }
  if (data.sources !== undefined && data.reviewed === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["sources"],
      message: 'found sources without a "reviewed" date; expected the day they were checked in "reviewed", just above them',
      params: { complete: true },
    });
  }
}
