// `npm run check`: the build's own validation (its errors are the check's errors, sections included) plus links,
// orphans, back-links, key order and Markdown style.
import { tryBuildModel } from "../content/index.ts";
import { reviewDay } from "../content/reviews.ts";
import { loadSiteSettings } from "../content/site-settings.ts";
import { checkBackLinks } from "./back-links.ts";
import { loadDocuments } from "./documents.ts";
import { checkKeyOrder } from "./key-order.ts";
import { checkLinks } from "./links.ts";
import { checkMarkdownStyle } from "./markdown-style.ts";
import { checkOrphans } from "./orphans.ts";
import { checkPlaceholders } from "./placeholders.ts";
import { checkReviews } from "./reviews.ts";
import { checkTranslations } from "./translations.ts";
import { contentProblemOf } from "./rules.ts";
import type { CheckReport } from "./report.ts";

/** Options for a check run. */
export interface CheckOptions {
  /** Rewrite the Markdown style problems markdownlint can fix before reporting the rest. */
  fix?: boolean;
}

/** Checks every guide under `contentDir` and returns every problem found, without building the site. */
export async function runChecks(contentDir: string, options: CheckOptions = {}): Promise<CheckReport> {
  const started = performance.now();
  const input = await loadDocuments(contentDir);
  const style = await checkMarkdownStyle(input, { fix: options.fix });
  const translated = await checkTranslations(contentDir, { fix: options.fix });
  // The same validation the build runs, so a green check means the build accepts the content.
  const { model, problems: contentProblems } = await tryBuildModel(contentDir);
  const settings = model?.settings ?? (await loadSiteSettings(contentDir)).settings;
  const problems = [
    ...contentProblems.map(contentProblemOf),
    ...checkKeyOrder(input),
    ...checkLinks(input),
    ...style,
    ...checkBackLinks(input),
    ...checkOrphans(input),
    ...checkPlaceholders(input),
    ...checkReviews(input, settings, reviewDay()),
    ...translated.problems,
  ];
  return { problems, guides: input.documents.length + translated.translations, seconds: (performance.now() - started) / 1000 };
}
