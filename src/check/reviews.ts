// Warns about guides due for review: last reviewed longer ago than site.yaml's review.maxAge.
import { reviewsDue } from "../content/reviews.ts";
import { lineOf, type ValidEntry } from "../content/validate.ts";
import type { SiteSettings } from "../schema/site.ts";
import type { CheckInput } from "./documents.ts";
import { problemOf, type CheckProblem } from "./rules.ts";

/**
 * A warning at the `reviewed` line of each guide whose review is older than the review period on `today`. A guide with
 * no `reviewed` date is not warned about: the field is optional, unless site.yaml requires it, which makes it an error.
 */
export function checkReviews(input: CheckInput, settings: SiteSettings, today: string): CheckProblem[] {
  const { review } = settings;
  const documents = new Map<string, ValidEntry>(
    input.documents.flatMap((document) => (document.valid ? [[`${document.raw.collection}/${document.raw.slug}.md`, document.valid] as const] : [])),
  );
  const guides = [...documents].map(([sourcePath, valid]) => ({ sourcePath, reviewed: (valid.data as { reviewed?: string }).reviewed }));
  return reviewsDue(guides, review, today).flatMap((due) => {
    const valid = documents.get(due.sourcePath);
    if (!valid || !due.reviewed) return [];
    return [
      problemOf("review-due", {
        file: valid.raw.file,
        line: lineOf(valid.raw, ["reviewed"]),
        field: "reviewed",
        message: `last reviewed ${due.reviewed}, more than ${review.maxAge} ago (site.yaml review.maxAge): the guide is due for review`,
        suggestion: `check its facts against current sources, fix what changed, then set "reviewed: ${today}"`,
      }),
    ];
  });
}
