// Checks that "works with" goes both ways: when one role lists another in worksWith, the other lists it back.
import { lineOf } from "../content/validate.ts";
import { fieldPath } from "../content/problems.ts";
import type { RoleData } from "../schema/index.ts";
import type { CheckInput } from "./documents.ts";
import { problemOf, type CheckProblem } from "./rules.ts";

/** Reports each worksWith entry whose role does not list the first role back, at the line that names it. */
export function checkBackLinks(input: CheckInput): CheckProblem[] {
  const roles = new Map(
    input.documents
      .filter((document) => document.raw.collection === "roles" && document.valid)
      .map((document) => [document.raw.slug, { document, data: document.valid?.data as RoleData }]),
  );
  const problems: CheckProblem[] = [];
  for (const [slug, { document, data }] of roles) {
    data.worksWith.forEach((otherSlug, index) => {
      const other = roles.get(otherSlug);
      if (!other || otherSlug === slug || other.data.worksWith.includes(slug)) return;
      problems.push(
        problemOf("back-link", {
          file: document.raw.file,
          line: lineOf(document.raw, ["worksWith", index]),
          field: fieldPath(["worksWith", index]),
          message: `"${otherSlug}" does not list "${slug}" in its worksWith, so its page will not link back`,
          suggestion: `add "${slug}" to worksWith in ${other.document.raw.file}, or remove "${otherSlug}" here`,
        }),
      );
    });
  }
  return problems;
}
