// Reviews: which guides must carry a `reviewed` date (site.yaml's review.requireReviewed) and which are due for another
// check of their facts (older than review.maxAge, or never reviewed).
import { DateTime } from "luxon";
import { parseIsoDate } from "../lib/dates.ts";
import { reviewAgeDuration, type SiteSettings } from "../schema/site.ts";
import type { ContentProblem } from "./problems.ts";
import { lineOf, type ValidEntry } from "./validate.ts";

/** What the review rules need to know of a guide. */
export interface ReviewedGuide {
  /** The source file, relative to the content folder, like roles/back-end-developer.md. */
  sourcePath: string;
  /** The day someone last checked the guide's facts, YYYY-MM-DD, if ever. */
  reviewed?: string;
}

/** A guide due for review: never reviewed, or reviewed longer ago than the review period. */
export interface ReviewDue {
  sourcePath: string;
  reviewed?: string;
  /** The day the review period ran out; absent when the guide was never reviewed. */
  dueSince?: string;
}

/** Today in UTC, YYYY-MM-DD: the day review ages are counted to. */
export function reviewDay(): string {
  return DateTime.utc().toISODate();
}

/** The guides due for review on `today`, oldest first: never reviewed, then by the day they were checked, then by path. */
export function reviewsDue(guides: readonly ReviewedGuide[], review: SiteSettings["review"], today: string): ReviewDue[] {
  const period = reviewAgeDuration(review.maxAge);
  const due = guides.flatMap((guide): ReviewDue[] => {
    if (!guide.reviewed) return [{ sourcePath: guide.sourcePath }];
    const dueSince = parseIsoDate(guide.reviewed).plus(period).toISODate() ?? guide.reviewed;
    return dueSince < today ? [{ sourcePath: guide.sourcePath, reviewed: guide.reviewed, dueSince }] : [];
  });
  return due.sort((a, b) => compare(a.reviewed ?? "", b.reviewed ?? "") || compare(a.sourcePath, b.sourcePath));
}

/** One line about a guide due for review, like "roles/x.md: reviewed 2026-01-10, due since 2026-07-10". */
export function describeReviewDue(due: ReviewDue): string {
  return due.reviewed ? `${due.sourcePath}: reviewed ${due.reviewed}, due since ${due.dueSince ?? due.reviewed}` : `${due.sourcePath}: never reviewed`;
}

/** The build's warning about guides due for review, naming up to `limit` of them, oldest first; undefined when none is due. */
export function reviewWarning(due: readonly ReviewDue[], maxAge: string, limit = 10): string | undefined {
  if (due.length === 0) return undefined;
  const count = due.length === 1 ? "1 guide is" : `${due.length} guides are`;
  const shown = due.slice(0, limit).map((item) => `  ${describeReviewDue(item)}`);
  const more = due.length > limit ? [`  … and ${due.length - limit} more`] : [];
  return [
    `Warning: ${count} due for review (last checked more than ${maxAge} ago), oldest first:`,
    ...shown,
    ...more,
    `Check their facts and set "reviewed" (CONTRIBUTING.md, "Keeping guides true"); npm run report lists them all.`,
  ].join("\n");
}

/** When site.yaml sets review.requireReviewed: a problem for each guide without a `reviewed` date. */
export function missingReviews(entries: readonly ValidEntry[], settings: SiteSettings): ContentProblem[] {
  if (!settings.review.requireReviewed) return [];
  return entries.flatMap((entry) => {
    if ((entry.data as { reviewed?: string }).reviewed) return [];
    const after = "updated" in entry.data && entry.data.updated ? "updated" : "published";
    return [{
      file: entry.raw.file,
      line: lineOf(entry.raw, [after]),
      field: "reviewed",
      message: `missing field: site.yaml sets review.requireReviewed, so every guide needs "reviewed", the day someone last checked its facts`,
      suggestion: `check the guide's facts, then add "reviewed: ${reviewDay()}" after "${after}"`,
    }];
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
