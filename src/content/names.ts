// The one-line text fields: titles and aliases show as plain words everywhere, so Markdown in one (common in guides
// converted from elsewhere, like "The `this` keyword") is read as its words; a summary's inline Markdown is rendered.
// HTML in any of them is never markup: it shows as the text it is, escaped. Each case gets a warning at its line.
import { htmlTagIn, readInline } from "../lib/inline-markdown.ts";
import { fieldPath, type ContentProblem } from "./problems.ts";
import { lineOf, type ValidEntry } from "./validate.ts";

/** A warning for each title or alias holding Markdown formatting, and each text field holding HTML. */
export function markupInTextFields(entries: readonly ValidEntry[]): ContentProblem[] {
  return entries.flatMap((entry) => {
    const data = entry.data as { title: string; summary: string; aliases: string[] };
    const fields: Array<{ path: Array<string | number>; value: string; name: boolean }> = [
      { path: ["title"], value: data.title, name: true },
      { path: ["summary"], value: data.summary, name: false },
      ...data.aliases.map((alias, index) => ({ path: ["aliases", index], value: alias, name: true })),
    ];
    return fields.flatMap(({ path, value, name }): ContentProblem[] => {
      const at = { file: entry.raw.file, line: lineOf(entry.raw, path), field: fieldPath(path), severity: "warning" as const };
      const tag = htmlTagIn(value);
      if (tag !== undefined) {
        return [{ ...at, message: `found the HTML ${tag}, which shows as text, not as markup`, suggestion: name ? "write the plain words" : "write the words, with inline Markdown like **bold** or *emphasis* where needed" }];
      }
      const read = readInline(value);
      if (!name || !read.marked) return [];
      return [{ ...at, message: `"${value}" holds Markdown formatting, which a name does not show: the site shows "${read.text}"`, suggestion: `write "${read.text}"` }];
    });
  });
}
