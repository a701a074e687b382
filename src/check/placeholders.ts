// Finds the TODO placeholders `npm run new` writes, so none reaches the site unnoticed.
import type { CheckInput } from "./documents.ts";
import { problemOf, type CheckProblem } from "./rules.ts";

/** The word that marks text still to be written; the scaffold puts it wherever the author has work to do. */
export const placeholderMarker = "TODO";

/** Reports every line that still holds a placeholder, as a warning. */
export function checkPlaceholders(input: CheckInput): CheckProblem[] {
  const marker = new RegExp(`\\b${placeholderMarker}\\b:?\\s*(.*)`);
  return input.documents.flatMap((document) =>
    document.text.split(/\r?\n/).flatMap((line, index) => {
      const found = marker.exec(line);
      if (!found) return [];
      // A placeholder in an HTML comment (`<!-- TODO: expand -->`) ends where the comment does.
      let what = (found[1] ?? "").replace(/\s*-->.*$/, "").trim();
      // A placeholder inside a quoted value ends with the closing quote; a quote inside a comment comes in pairs.
      if (/["']$/.test(what) && (what.split(what.at(-1) ?? "").length - 1) % 2 === 1) what = what.slice(0, -1);
      return [
        problemOf("placeholder", {
          file: document.raw.file,
          line: index + 1,
          message: `placeholder still to write${what ? `: ${what.length > 100 ? `${what.slice(0, 97)}…` : what}` : ""}`,
          suggestion: `replace the ${placeholderMarker} with the real text`,
        }),
      ];
    }),
  );
}
