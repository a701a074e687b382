// One line of inline Markdown (emphasis, strong, code, strike-through; links and images kept as their text) read as
// plain text and as HTML, so a summary written with Markdown shows its formatting on pages and reads as plain words in
// meta tags, feeds, search and data exports. Raw HTML is never rendered: it stays text (`htmlTagIn` finds it).
import MarkdownItFactory, { type Token } from "markdown-it";
import { escapeHtml } from "./html.ts";

const inline = new MarkdownItFactory("zero", { html: false, linkify: false, typographer: false }).enable([
  "emphasis",
  "backticks",
  "strikethrough",
  "link",
  "image",
  "autolink",
  "entity",
  "escape",
]);

/** What a line of inline Markdown reads as: its plain text, its HTML, and whether it holds any Markdown at all. */
export interface InlineText {
  text: string;
  html: string;
  /** False when the line is plain text, whose HTML is then just the text escaped. */
  marked: boolean;
}

const tags: Record<string, string> = { em_open: "<em>", em_close: "</em>", strong_open: "<strong>", strong_close: "</strong>", s_open: "<s>", s_close: "</s>" };

/** Reads one line of inline Markdown; links and images become their text, so the HTML can stand inside any link. */
export function readInline(source: string): InlineText {
  const tokens = inline.parseInline(source, {})[0]?.children ?? [];
  let text = "";
  let html = "";
  let marked = false;
  const walk = (list: readonly Token[]) => {
    for (const token of list) {
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
  return { text, html, marked };
}

/** The first HTML tag or comment in a line, like "<b>", or undefined when there is none. */
export function htmlTagIn(source: string): string | undefined {
  return /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--/i.exec(source)?.[0];
}
