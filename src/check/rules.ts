// The kinds of problem `npm run check` reports, each with its severity and a title for people and for GitHub.
import type { ContentProblem } from "../content/problems.ts";

/** How serious a problem is: errors fail the check, warnings are shown but pass. */
export type Severity = "error" | "warning";

/**
 * Every kind of problem the check reports; CONTRIBUTING.md explains each one under the same name. The build refuses
 * exactly the check's errors: every error comes from the content pipeline the build runs (content, sections when
 * site.yaml requires them, broken links), and every other kind is a warning, since it changes nothing a reader sees.
 */
export const rules = {
  content: {
    severity: "error",
    title: "Content problem",
    explains: "the file could not be read, its front matter does not match the schema, or it names a guide that does not exist",
  },
  "key-order": { severity: "warning", title: "Field order", explains: "front-matter fields are not in the order the schema lists them" },
  "broken-link": {
    severity: "error",
    title: "Broken link",
    explains: "a link in the text points to a guide or heading that does not exist, or is written in a form that breaks on the site",
  },
  "link-form": { severity: "warning", title: "Link to check", explains: "a link the check cannot verify, or one that should use https" },
  "markdown-style": { severity: "warning", title: "Markdown style", explains: "the Markdown breaks a rule in .markdownlint.jsonc (markdownlint)" },
  sections: {
    severity: "warning",
    title: "Section headings",
    explains: "a standard section heading for this kind of guide is missing or out of order (an error where site.yaml requires the sections)",
  },
  "back-link": { severity: "warning", title: "One-way link", explains: "a role lists another in worksWith, but the other does not list it back" },
  orphan: { severity: "warning", title: "Orphan guide", explains: "nothing on the site links to this guide yet" },
  placeholder: { severity: "warning", title: "Placeholder", explains: "a TODO left by `npm run new` still needs writing" },
  "review-due": { severity: "warning", title: "Review due", explains: "the guide's facts were last checked longer ago than site.yaml's review.maxAge" },
  messages: {
    severity: "warning",
    title: "Interface messages",
    explains: "a language of the site lacks interface messages, which its pages show in the default language (or English) instead",
  },
} as const satisfies Record<string, { severity: Severity; title: string; explains: string }>;

/** The name of a kind of problem, like "broken-link". */
export type RuleId = keyof typeof rules;

/** One problem the check found: where it is, what is wrong, and which rule it breaks. */
export interface CheckProblem extends ContentProblem {
  rule: RuleId;
  severity: Severity;
}

/**
 * A problem the content pipeline found (the build's own validation) as the check reports it: under its own rule when
 * it names one the check knows, else "content"; an error unless it says it is a warning, exactly as the build treats it.
 */
export function contentProblemOf(problem: ContentProblem): CheckProblem {
  const rule = problem.rule !== undefined && Object.hasOwn(rules, problem.rule) ? (problem.rule as RuleId) : "content";
  return { ...problem, rule, severity: problem.severity ?? "error" };
}

/** Makes a problem of the given kind, with that kind's severity unless the problem carries its own. */
export function problemOf(rule: RuleId, problem: ContentProblem): CheckProblem {
  return { ...problem, rule, severity: problem.severity ?? rules[rule].severity };
}
