// Titles and aliases are shown as plain words everywhere: Markdown written in one (common in guides converted from
// elsewhere, like "The `this` keyword") is read as its words, and a warning says so at the field's line.
import { readInline } from "../lib/inline-markdown.ts";
import { fieldPath, type ContentProblem } from "./problems.ts";
import { lineOf, type ValidEntry } from "./validate.ts";

/** A warning for each title or alias that holds Markdown formatting, saying the words the site shows instead. */
export function markdownInNames(entries: readonly ValidEntry[]): ContentProblem[] {
  return entries.flatMap((entry) => {
    const data = entry.data as { title: string; aliases: string[] };
    const names: Array<[Array<string | number>, string]> = [[["title"], data.title], ...data.aliases.map((alias, index): [Array<string | number>, string] => [["aliases", index], alias])];
    return names.flatMap(([path, name]) => {
      const read = readInline(name);
      if (!read.marked) return [];
      return [{
        file: entry.raw.file,
        line: lineOf(entry.raw, path),
        field: fieldPath(path),
        message: `"${name}" holds Markdown formatting, which a name does not show: the site shows "${read.text}"`,
        suggestion: `write "${read.text}"`,
        severity: "warning" as const,
      }];
    });
  });
}
