// One line of inline Markdown (emphasis, strong, code, strike-through; links and images kept as their text) read as
// plain text and as HTML, so a summary written with Markdown shows its formatting on pages and reads as plain words in
// meta tags, feeds, search and data exports. HTML in it is read as GitHub reads it: comments vanish, the elements the
// caller keeps are rendered (without attributes but an abbreviation's title), any other tag leaves only its words.
import MarkdownItFactory, { type Token } from "markdown-it";
import sanitizeHtml from "sanitize-html";
import { escapeHtml } from "./html.ts";

const inline = new MarkdownItFactory("zero", { html: true, linkify: false, typographer: false }).enable([
  "emphasis",
  "backticks",
  "strikethrough",
  "link",
  "image",
  "autolink",
  "entity",
  "escape",
  "html_inline",
]);

/** What a line of inline Markdown reads as: its plain text, its HTML, and whether it holds any Markdown at all. */
export interface InlineText {
  text: string;
  html: string;
  /** False when the line is plain text, whose HTML is then just the text escaped. */
  marked: boolean;
  /** Each HTML element the line writes a tag of, lower case, once, in order; comments are not elements. */
  htmlElements: string[];
  /** HTML that is neither an element nor a comment (a processing instruction like <?php ?>, a declaration, CDATA), as written. */
  otherHtml: string[];
}

/** An HTML tag's element name, lower case, or undefined for a comment or anything else that is not a tag. */
function elementOf(tag: string): string | undefined {
  return /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(tag)?.[1]?.toLowerCase();
}

/** Marks where HTML was left out, until the spaces around it are joined; the content loader refuses control characters. */
const gap = "\u0000";

/** A left-out tag or comment with space on either side reads as one space, and as nothing between two letters. */
function closeGaps(line: string): string {
  // eslint-disable-next-line no-control-regex -- the gap mark is a control character so that no guide's text holds it
  return line.replace(/\s*\u0000[\s\u0000]*/g, (found) => (/\s/.test(found) ? " " : "")).trim();
}

/** Line breaks in a one-line text read as the space between two words. */
const breaks = new Set(["br"]);

const tags: Record<string, string> = { em_open: "<em>", em_close: "</em>", strong_open: "<strong>", strong_close: "</strong>", s_open: "<s>", s_close: "</s>" };

/**
 * Reads one line of inline Markdown; links and images become their text, so the HTML can stand inside any link. HTML
 * elements in `keep` are rendered; every other tag is left out with its words kept.
 */
export function readInline(source: string, keep: ReadonlySet<string> = new Set()): InlineText {
  const tokens = inline.parseInline(source, {})[0]?.children ?? [];
  let text = "";
  let html = "";
  let marked = false;
  let keptTags = false;
  const htmlElements = new Set<string>();
  const otherHtml: string[] = [];
  const walk = (list: readonly Token[]) => {
    for (const token of list) {
      if (token.type === "html_inline") {
        marked = true;
        const element = elementOf(token.content);
        if (element === undefined) {
          if (!token.content.startsWith("<!--")) otherHtml.push(token.content);
          text += gap;
          html += gap;
          continue;
        }
        htmlElements.add(element);
        if (breaks.has(element)) {
          text += " ";
          html += " ";
        } else if (keep.has(element)) {
          html += token.content;
          keptTags = true;
        } else {
          text += gap;
          html += gap;
        }
        continue;
      }
      if (token.type === "text" || token.type === "softbreak" || token.type === "hardbreak") {
        const content = token.type === "text" ? token.content : " ";
        text += content;
        html += escapeHtml(content);
        continue;
      }
      marked = true;
      if (token.type === "code_inline") {
        text += token.content;
        html += `<code>${escapeHtml(token.content)}</code>`;
      } else if (token.type === "image") walk(token.children ?? []);
      else html += tags[token.type] ?? "";
    }
  };
  walk(tokens);
  // A line markdown-it reads as nothing but text, yet changed (an escape, an entity), still reads differently.
  if (!marked && text !== source) marked = true;
  if (text.includes(gap)) text = closeGaps(text);
  if (html.includes(gap)) html = closeGaps(html);
  // The kept elements' tags as written: the sanitiser drops their attributes and closes or drops unmatched tags.
  if (keptTags) html = sanitizeHtml(html, { allowedTags: [...keep], allowedAttributes: { abbr: ["title"] }, disallowedTagsMode: "discard" });
  return { text, html, marked, htmlElements: [...htmlElements], otherHtml };
}
