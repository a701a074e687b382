// Headings: the page's title is its only h1, a heading's id and text come from its visible text, and anchors written
// for GitHub (or placed by hand with <a name>) lead to the heading they meant.
import type { MarkdownIt, StateCore, Token } from "markdown-it";
import { bodyEnv, type BodyEnv } from "./env.ts";
import type { Heading } from "../model.ts";

/** The visible text of a heading's inline token: its text and code, without markup, comments or HTML. */
export function visibleText(inline: Token | undefined): string {
  return (inline?.children ?? []).filter((child) => child.type === "text" || child.type === "code_inline").map((child) => child.content).join("");
}

/**
 * Registers the rule that keeps one h1 on the page: a first heading that repeats the title is dropped, and when the
 * body still has `#` headings, every heading moves one level down so the outline keeps its shape. It runs before ids
 * are given, so a dropped heading takes no id.
 */
export function titleHeadingPlugin(markdown: MarkdownIt): void {
  markdown.core.ruler.after("role-guides-raw-html", "role-guides-title-heading", (state) => {
    keepOneH1(state, bodyEnv(state.env));
  });
}

function keepOneH1(state: StateCore, env: BodyEnv): void {
  const tokens = state.tokens;
  const first = tokens.findIndex((token) => !(token.type === "html_block" && token.content.trim() === ""));
  if (env.title !== undefined && tokens[first]?.type === "heading_open" && tokens[first]?.tag === "h1" && repeatsTitle(visibleText(tokens[first + 1]), env.title)) {
    tokens.splice(first, 3);
  }
  if (!tokens.some((token) => token.type === "heading_open" && token.tag === "h1")) return;
  for (const token of tokens) {
    if (token.type !== "heading_open" && token.type !== "heading_close") continue;
    token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 1)}`;
  }
}

/** Whether a heading's text says the same as the title, ignoring case, spacing and punctuation. */
export function repeatsTitle(heading: string, title: string): boolean {
  const normal = (text: string) => text.normalize("NFKC").toLowerCase().replace(/[\s\p{P}]+/gu, " ").trim();
  return normal(heading) === normal(title);
}

/** The headings of a parsed body with their ids, for tables of contents and links; text leaves out raw HTML. */
export function headingsOf(tokens: readonly Token[]): Heading[] {
  const headings: Heading[] = [];
  tokens.forEach((token, index) => {
    if (token.type !== "heading_open") return;
    const inline = tokens[index + 1];
    const hasHtml = (inline?.children ?? []).some((child) => child.type === "html_inline");
    headings.push({ level: Number(token.tag.slice(1)), text: hasHtml ? visibleText(inline).trim() : (inline?.content ?? ""), id: String(token.attrGet("id") ?? "") });
  });
  return headings;
}

/** Every fragment that leads to a heading of one body: its id, GitHub's id for it, and anchors placed by hand. */
export type AnchorIndex = ReadonlyMap<string, string>;

/** Builds the anchor index of a parsed body; a hand-placed anchor before any heading leads to the top ("" ). */
export function anchorIndex(tokens: readonly Token[], env: BodyEnv): AnchorIndex {
  const index = new Map<string, string>();
  const githubCounts = new Map<string, number>();
  const headingIds: Array<{ position: number; id: string }> = [];
  tokens.forEach((token, position) => {
    if (token.type !== "heading_open") return;
    const id = String(token.attrGet("id") ?? "");
    headingIds.push({ position, id });
    index.set(id, id);
  });
  tokens.forEach((token, position) => {
    if (token.type !== "heading_open") return;
    const id = String(token.attrGet("id") ?? "");
    const text = visibleText(tokens[position + 1]);
    let github = githubSlug(text);
    const seen = githubCounts.get(github) ?? 0;
    githubCounts.set(github, seen + 1);
    if (seen > 0) github = `${github}-${seen}`;
    if (!index.has(github)) index.set(github, id);
    const loose = looseKey(text);
    if (loose !== "" && !index.has(`~${loose}`)) index.set(`~${loose}`, id);
  });
  for (const anchor of env.namedAnchors) {
    if (index.has(anchor.name)) continue;
    const position = tokens.indexOf(anchor.block);
    const inHeading = tokens[position - 1]?.type === "heading_open";
    const standsAlone = anchor.block.type === "html_block" || (anchor.block.children ?? []).every((child) => child.type === "html_inline" || (child.type === "text" && child.content.trim() === "") || child.type === "softbreak");
    const next = headingIds.find((heading) => heading.position >= position - 1);
    const previous = [...headingIds].reverse().find((heading) => heading.position < position);
    const target = inHeading ? next : standsAlone ? next ?? previous : previous;
    index.set(anchor.name, target?.id ?? "");
  }
  return index;
}

/** The id of the heading a fragment leads to (GitHub's ids and near spellings included), or undefined. */
export function resolveFragment(index: AnchorIndex, fragment: string): string | undefined {
  return index.get(fragment) ?? index.get(githubSlug(fragment)) ?? index.get(`~${looseKey(fragment)}`);
}

/** The ids a reader can link to in a body, for suggestions. */
export function linkableIds(index: AnchorIndex): string[] {
  return [...new Set([...index.entries()].filter(([key, id]) => key === id && id !== "").map(([, id]) => id))];
}

/** The id GitHub gives a heading: lower case, punctuation other than - and _ dropped, each space a hyphen. */
export function githubSlug(text: string): string {
  return text.trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, "").replace(/ /g, "-");
}

/** Letters and digits only, for fragments written by hand like "2.6_media" for "2.6 Media". */
function looseKey(text: string): string {
  return text.normalize("NFKD").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}
