// markdownlint's fixes, applied only where the page stays the same: the body is rendered before and after, and a fix
// that would change what readers see (renumbering a list a code block interrupts, "# C#" turned into "# C #") is left
// out and reported. Fixes are applied pass after pass until none is left, so one run reaches the result.
import { applyFixes, type Configuration, type LintError } from "markdownlint";
import { lint } from "markdownlint/promise";
import MarkdownItFactory from "markdown-it";
import { createMarkdown, parseBody } from "../content/render.ts";

/** What fixing a file gave: its text with every safe fix applied, and the fixes left out because they change the page. */
export interface SafeFixResult {
  text: string;
  /** The keys (see fixKey) of the findings whose fix would change the rendered page. */
  refused: Set<string>;
}

/** Passes before giving up; each pass applies at least one fix, and fixes that feed each other settle in two or three. */
const maxPasses = 20;

// The page's renderer, showing each image by its address and alt text: the build's own image rule needs the content
// folder, and a style fix that changed an image's address or text would show here all the same.
const pageMarkdown = createMarkdown();
const defaultImageRule = new MarkdownItFactory().renderer.rules.image;
if (defaultImageRule) pageMarkdown.renderer.rules.image = defaultImageRule;

/** Applies every fix of `text`'s findings that leaves its rendered body as it was; `bodyLine` is the body's first line. */
export async function fixSafely(text: string, bodyLine: number, title: string | undefined, config: Configuration): Promise<SafeFixResult> {
  const refused = new Set<string>();
  const page = renderedBody(text, bodyLine, title);
  let current = text;
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixable = (await lintText(current, config)).filter((error) => error.fixInfo && !refused.has(fixKey(current, error)));
    if (fixable.length === 0) break;
    const all = applyFixes(current, fixable);
    if (renderedBody(all, bodyLine, title) === page) {
      current = all;
      continue;
    }
    // Some fix changes the page: try them one by one, keep the first that does not, and lint again (lines may move).
    const safe = fixable.find((error) => {
      const fixed = applyFixes(current, [error]);
      if (renderedBody(fixed, bodyLine, title) === page) return true;
      refused.add(fixKey(current, error));
      return false;
    });
    if (!safe) break;
    current = applyFixes(current, [safe]);
  }
  return { text: current, refused };
}

/** Identifies a finding by its rule, the text of its line and its fix, so it is recognised again after other lines move. */
export function fixKey(text: string, error: LintError): string {
  const line = text.split("\n")[error.lineNumber - 1] ?? "";
  return `${error.ruleNames[0] ?? ""}\0${line}\0${JSON.stringify({ ...error.fixInfo, lineNumber: undefined })}`;
}

/** The HTML a file's body renders to, as the build renders it before links and images are resolved. */
export function renderedBody(text: string, bodyLine: number, title: string | undefined): string {
  const body = text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .slice(bodyLine - 1)
    .join("\n");
  const parsed = parseBody(body, title);
  return pageMarkdown.renderer.render(parsed.tokens, pageMarkdown.options, {});
}

async function lintText(text: string, config: Configuration): Promise<LintError[]> {
  return (await lint({ strings: { text }, config })).text ?? [];
}
