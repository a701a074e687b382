// The one-line text fields: titles and aliases show as plain words everywhere, so Markdown or HTML in one (common in
// guides converted from elsewhere, like "The `this` keyword") is read as its words, with a warning; a summary's inline
// Markdown and inline HTML elements are rendered. HTML follows the body's rules: comments vanish, and an element a
// guide may not write is an error naming it, so no text field ever shows a tag.
import { readInline } from "../lib/inline-markdown.ts";
import { allowedHtml, inlineHtml } from "./markdown/raw-html.ts";
import { fieldPath, type ContentProblem } from "./problems.ts";
import { lineOf, type ValidEntry } from "./validate.ts";

/** An error for each HTML element a text field may not hold, and a warning for each title or alias holding formatting. */
export function markupInTextFields(entries: readonly ValidEntry[]): ContentProblem[] {
  return entries.flatMap((entry) => {
    const data = entry.data as { title: string; summary: string; aliases: string[] };
    const fields: Array<{ path: Array<string | number>; value: string; name: boolean }> = [
      { path: ["title"], value: data.title, name: true },
      { path: ["summary"], value: data.summary, name: false },
      ...data.aliases.map((alias, index) => ({ path: ["aliases", index], value: alias, name: true })),
    ];
    return fields.flatMap(({ path, value, name }): ContentProblem[] => {
      const at = { file: entry.raw.file, line: lineOf(entry.raw, path), field: fieldPath(path) };
      const read = readInline(value, name ? new Set() : inlineHtml);
      const refused = read.htmlElements.filter((element) => !(element in allowedHtml));
      const other = read.otherHtml.map((written) => ({
        ...at,
        severity: "error" as const,
        message: `found ${written}, HTML that ${name ? "a name" : "a summary"} cannot show`,
        suggestion: "write code in backticks, like `<?php … ?>`, or remove it",
      }));
      if (refused.length > 0 || other.length > 0) {
        return [...other, ...refused.map((element) => ({
          ...at,
          severity: "error" as const,
          message: `HTML element <${element}> is not allowed in a ${name ? "name, which shows plain words" : `summary, which shows plain words and inline formatting such as <code>, <kbd> or <sub>`}`,
          suggestion: `if it is code or a placeholder, put it in backticks (\`<${element}>\`) or write &lt;${element}&gt;; otherwise remove the tag`,
        }))];
      }
      if (name && read.marked) {
        const what = read.htmlElements.length > 0 || value.includes("<!--") ? "HTML" : "Markdown formatting";
        return [{ ...at, severity: "warning", message: `"${value}" holds ${what}, which a name does not show: the site shows "${read.text}"`, suggestion: `write "${read.text}"` }];
      }
      const dropped = read.htmlElements.filter((element) => !inlineHtml.has(element));
      if (!name && dropped.length > 0) {
        return [{ ...at, severity: "warning", message: `${dropped.map((element) => `<${element}>`).join(", ")} cannot show in a one-line summary: the site shows "${read.text}"`, suggestion: "write one line of words, with inline Markdown like **bold** or `code` where needed" }];
      }
      return [];
    });
  });
}
