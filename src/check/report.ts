// Formats check results for people (plain text grouped by file) and for GitHub Actions (annotations on the diff).
import { formatProblem, sortProblems } from "../content/problems.ts";
import { rules, type CheckProblem } from "./rules.ts";

/** What a check run found. */
export interface CheckReport {
  problems: CheckProblem[];
  /** How many guide files were checked. */
  guides: number;
  seconds: number;
}

/** Whether the report fails the check: any error does; warnings alone do not. */
export function hasErrors(report: CheckReport): boolean {
  return report.problems.some((problem) => problem.severity === "error");
}

/** Plain text: problems grouped by file as `severity  file:line field: message — suggestion  [rule]`, then a summary. */
export function formatPlain(report: CheckReport): string {
  const groups = new Map<string, CheckProblem[]>();
  for (const problem of sortProblems(report.problems) as CheckProblem[]) {
    groups.set(problem.file, [...(groups.get(problem.file) ?? []), problem]);
  }
  const blocks = [...groups].map(([file, problems]) =>
    [file, ...problems.map((problem) => `  ${problem.severity.padEnd(7)}  ${formatProblem(problem)}  [${problem.rule}]`)].join("\n"),
  );
  return [...blocks, summaryLine(report)].join("\n\n");
}

/** One line that counts the errors and warnings. */
export function summaryLine(report: CheckReport): string {
  const errors = report.problems.filter((problem) => problem.severity === "error").length;
  const warnings = report.problems.length - errors;
  const files = new Set(report.problems.map((problem) => problem.file)).size;
  const checked = `${report.guides} guide${report.guides === 1 ? "" : "s"} checked in ${report.seconds.toFixed(1)} s`;
  if (report.problems.length === 0) return `No problems: ${checked}.`;
  const counts = `${plural(errors, "error")} and ${plural(warnings, "warning")} in ${plural(files, "file")}`;
  return errors > 0
    ? `${counts} (${checked}). Fix the errors; CONTRIBUTING.md explains each kind.`
    : `${counts} (${checked}). Warnings do not fail the check, but reviewers will ask about them.`;
}

/** GitHub Actions workflow commands: one `::error` or `::warning` annotation per problem, then the plain report. */
export function formatGithub(report: CheckReport): string {
  const annotations = sortProblems(report.problems).map((problem) => {
    const checkProblem = problem as CheckProblem;
    const properties = [
      `file=${escapeProperty(problem.file)}`,
      ...(problem.line === undefined ? [] : [`line=${problem.line}`]),
      `title=${escapeProperty(`${rules[checkProblem.rule].title} (${checkProblem.rule})`)}`,
    ];
    const field = problem.field ? `${problem.field}: ` : "";
    const suggestion = problem.suggestion ? ` — ${problem.suggestion}` : "";
    return `::${checkProblem.severity} ${properties.join(",")}::${escapeData(`${field}${problem.message}${suggestion}`)}`;
  });
  return [...annotations, "", formatPlain(report)].join("\n");
}

/** A Markdown table of the problems, for the job summary of a GitHub Actions run. */
export function formatMarkdownSummary(report: CheckReport): string {
  const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const rows = sortProblems(report.problems).map((problem) => {
    const checkProblem = problem as CheckProblem;
    const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
    return `| ${checkProblem.severity} | \`${cell(where)}\` | ${cell(`${problem.field ? `${problem.field}: ` : ""}${problem.message}${problem.suggestion ? ` — ${problem.suggestion}` : ""}`)} | ${checkProblem.rule} |`;
  });
  const table = rows.length === 0 ? "" : `\n\n| | Where | Problem | Kind |\n| --- | --- | --- | --- |\n${rows.join("\n")}`;
  return `## npm run check\n\n${summaryLine(report)}${table}\n`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

// Escaping rules for workflow commands: https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
function escapeData(value: string): string {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
