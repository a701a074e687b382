// Content problems: collected as values through loading, validation and resolution, reported together at the edge.
import { escapeControlCharacters } from "../lib/characters.ts";

/** One thing wrong with the content, located as precisely as the stage that found it can. */
export interface ContentProblem {
  /** The file, relative to the working directory, in forward slashes. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** The field path, like `skills.required[2]`, when the problem is in front matter. */
  field?: string;
  /** What is wrong: what was found and what was expected. */
  message: string;
  /** A hint that would fix it, like `did you mean "postgresql"?`. */
  suggestion?: string;
  /** "warning" for a problem that is shown but stops nothing; an error (the default) stops the build and fails the check. */
  severity?: "error" | "warning";
  /** The kind of problem `npm run check` files it under, like "sections" (see src/check/rules.ts); absent for "content". */
  rule?: string;
}

/** Whether a problem stops the build (and fails the check): every one that is not a warning. */
export function isError(problem: ContentProblem): boolean {
  return problem.severity !== "warning";
}

/**
 * Formats a problem as one line: `file:line field: message — suggestion`. Control characters from the content (a file
 * name, a field name) are written as \u escapes, so the line stays one line and cannot steer a terminal.
 */
export function formatProblem(problem: ContentProblem): string {
  const location = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const field = problem.field ? ` ${problem.field}:` : "";
  const suggestion = problem.suggestion ? ` — ${problem.suggestion}` : "";
  return escapeControlCharacters(`${location}${field} ${problem.message}${suggestion}`);
}

/** Orders problems by file, then line, so reports read top to bottom. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file, "en") || (a.line ?? 0) - (b.line ?? 0) || (a.field ?? "").localeCompare(b.field ?? ""),
  );
}

/** Thrown at the edge when content has problems; carries every one of them. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    const sorted = sortProblems(problems);
    const count = sorted.length === 1 ? "1 problem" : `${sorted.length} problems`;
    super(`The content has ${count}:\n${sorted.map((problem) => `  ${formatProblem(problem)}`).join("\n")}`);
    this.name = "ContentError";
    this.problems = sorted;
  }
}

/** Renders a field path from its segments: `["skills", "required", 2]` becomes `skills.required[2]`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) =>
      typeof segment === "number" ? `[${segment}]` : index === 0 ? String(segment) : `.${String(segment)}`,
    )
    .join("");
}

/** Quotes a found value for a message, shortening long ones. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : "a list";
  if (typeof value === "object") return "a group of fields";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}
