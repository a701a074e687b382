// HTML in Markdown, as GitHub treats it: comments vanish, a short list of harmless elements is shown, an <img> is an
// image like ![alt](src), <a href> a link like [text](href), <a name="…"> marks an anchor, and every other element is an
// error naming it.
import sanitizeHtml from "sanitize-html";
import type { MarkdownIt, StateCore, Token } from "markdown-it";
import { bodyEnv, type BodyEnv } from "./env.ts";
import { inlineTokens } from "./lines.ts";

/** The elements a guide may write as HTML, with the attributes kept on each; GitHub shows all of them too. */
export const allowedHtml: Readonly<Record<string, readonly string[]>> = {
  abbr: ["title"], b: [], br: [], cite: [], code: [], dd: [], del: [], details: ["open"], dfn: [], div: [], dl: [], dt: [],
  em: [], hr: [], i: [], ins: [], kbd: [], mark: [], p: [], q: [], rp: [], rt: [], ruby: [], s: [], samp: [], small: [],
  span: [], strong: [], sub: [], summary: [], sup: [], var: [], wbr: [],
};

/** The allowed elements that format words within a line, so a one-line summary can show them too. */
export const inlineHtml: ReadonlySet<string> = new Set(Object.keys(allowedHtml).filter((name) => !["br", "details", "div", "dd", "dl", "dt", "hr", "p", "summary"].includes(name)));

/** What to write instead of an element that is not allowed, for the ones authors reach for most. */
const insteadOf: Record<string, string> = {
  a: "write a Markdown link, [text](url), or <a href> and </a> in the same paragraph",
  img: "give it a src and alt text, or write ![alt text](../images/file.png)",
  table: "write a Markdown table",
  center: "remove the tag: pages set their own alignment",
  font: "remove the tag: pages set their own fonts",
  h1: "write a Markdown heading, ## Heading", h2: "write a Markdown heading, ## Heading", h3: "write a Markdown heading, ### Heading",
  ul: "write a Markdown list", ol: "write a Markdown list", li: "write a Markdown list",
  pre: "write a fenced code block (```)",
};
const neverAllowed = new Set(["script", "style", "iframe", "embed", "object", "form", "input", "button", "link", "meta", "base", "svg", "math", "video", "audio", "source", "frame", "frameset", "template", "noscript"]);

/** Registers the rule that handles raw HTML; it runs before heading ids are made, so ids never see markup. */
export function rawHtmlPlugin(markdown: MarkdownIt): void {
  markdown.core.ruler.after("inline", "role-guides-raw-html", (state) => {
    handleRawHtml(state);
  });
}

function handleRawHtml(state: StateCore): void {
  const env = bodyEnv(state.env);
  const tokens = state.tokens;
  for (let index = 0; index < tokens.length; index++) {
    const block = tokens[index];
    if (block?.type !== "html_block") continue;
    const found = inspect(block.content, block.map?.[0] ?? 0, env, block);
    if (found.images) {
      // A block of images (alone, or in a <p align="center"> as READMEs centre them): a paragraph holding the images,
      // as ![alt](src) on its own line would give; the alignment is the page's to choose.
      const open = new state.Token("paragraph_open", "p", 1);
      const inline = new state.Token("inline", "", 0);
      const close = new state.Token("paragraph_close", "p", -1);
      open.map = block.map;
      open.block = true;
      close.block = true;
      inline.map = block.map;
      inline.children = found.images.map((image) => imageToken(state, image));
      tokens.splice(index, 1, open, inline, close);
      index += 2;
      continue;
    }
    block.content = found.kept;
  }
  const converted = new Set<Token>();
  for (const { token, line, parent, index } of inlineTokens(tokens)) {
    if (token.type !== "html_inline" || !parent.children || converted.has(token)) continue;
    const link = linkOf(state, token, parent.children.slice(index + 1));
    if (link) {
      // <a href="…">text</a>: a Markdown link, so its address is checked and resolved like [text](…).
      if (typeof link === "string") env.problems.push({ line, message: link, suggestion: "write a Markdown link, [text](https://…) or [text](other-guide.md)" });
      else {
        parent.children[index] = link.open;
        parent.children[parent.children.indexOf(link.closing)] = link.close;
        converted.add(link.closing);
      }
      token.content = "";
      continue;
    }
    const found = inspect(token.content, line, env, parent);
    if (found.images?.length === 1 && found.images[0]) parent.children[index] = imageToken(state, found.images[0]);
    else token.content = found.kept;
  }
  for (const block of tokens) if (block.type === "inline") trimAfterRemovedHtml(block.children ?? []);
}

/** A line that ended in a comment (like `### Tools <!-- TODO -->`) ends with its words, not the space before it. */
function trimAfterRemovedHtml(children: Token[]): void {
  let last = children.length - 1;
  while (last >= 0 && children[last]?.type === "html_inline" && children[last]?.content === "") last--;
  const text = children[last];
  if (last < children.length - 1 && text?.type === "text") text.content = text.content.trimEnd();
}

interface Inspected {
  /** The HTML left to render: comments, anchors and refused elements taken out. */
  kept: string;
  /** Set when the HTML holds images and nothing else but paragraph tags: each one's source, alt text and title. */
  images?: Array<{ src: string; alt: string; title?: string }>;
}

function inspect(content: string, line: number, env: BodyEnv, block: Token): Inspected {
  const html = content.replace(/<!--[\s\S]*?(?:-->|$)/g, "");
  if (html.trim() === "") return { kept: "" };
  const at = (offset: number) => line + (html.slice(0, offset).match(/\n/g)?.length ?? 0);
  const special = /<(\?|!\[CDATA\[|![A-Za-z])/.exec(html);
  if (special) {
    const what = special[1] === "?" ? "a processing instruction (<?…?>)" : special[1]?.startsWith("![") ? "a CDATA section" : "a declaration (<!…>)";
    env.problems.push({ line: at(special.index), message: `${what} in the text is not shown on the site`, suggestion: "write code in backticks, like `<?php … ?>`, or remove it" });
    return { kept: "" };
  }
  const opened = openingTags(html);
  const closed = [...html.matchAll(/<\/\s*([A-Za-z][A-Za-z0-9-]*)/g)].map((match) => (match[1] ?? "").toLowerCase());

  const images = opened.filter((tag) => tag.name === "img");
  const onlyImages = images.length > 0 && opened.every((tag) => ["img", "p", "br"].includes(tag.name)) && closed.every((name) => name === "p");
  if (onlyImages && html.replace(/<[^>]*>/g, "").trim() === "") {
    return { kept: "", images: images.map((image) => ({ src: image.attributes.src ?? "", alt: image.attributes.alt ?? "", title: image.attributes.title })) };
  }
  const anchors = opened.filter((tag) => tag.name === "a" && tag.attributes.href === undefined && (tag.attributes.name ?? tag.attributes.id));
  if (anchors.length === opened.length && closed.every((name) => name === "a")) {
    // Anchors placed by hand, or the </a> closing one: they mark a place to link to and show nothing.
    for (const anchor of anchors) env.namedAnchors.push({ name: anchor.attributes.name ?? anchor.attributes.id ?? "", block });
    return { kept: "" };
  }
  // Opening tags only: the closing tag of a refused element is reported with its opening tag, and never shown.
  const refused = [...new Set(opened.map((tag) => tag.name).filter((name) => !(name in allowedHtml)))];
  for (const name of refused) {
    const offset = html.search(new RegExp(`</?\\s*${name}\\b`, "i"));
    const why = neverAllowed.has(name) ? "guides cannot run code, load other content or hold forms" : `the site shows only ${Object.keys(allowedHtml).map((tag) => `<${tag}>`).join(", ")}`;
    env.problems.push({ line: at(Math.max(0, offset)), message: `HTML element <${name}> is not allowed: ${why}`, suggestion: insteadOf[name] ?? (neverAllowed.has(name) ? "remove it" : `if it is code or a placeholder, put it in backticks (\`<${name}>\`); otherwise use Markdown, or remove the tag`) });
  }
  if (refused.length > 0) return { kept: "" };
  env.hasRawHtml = true;
  return { kept: html.replace(wrapperTag, "<$1>") };
}

/**
 * An opening <div> or <span> with its attributes (quoted values may hold ">"): wrappers keep none, since the classes
 * the site's own spans carry (highlighted code) must not be borrowed to restyle a guide's text.
 */
const wrapperTag = /<(div|span)(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/gi;

/**
 * For an opening `<a href>` tag followed in the same paragraph by `</a>`: the link tokens that replace the two, or why
 * the link cannot be shown (an address markdown-it refuses, like javascript:, or no closing tag).
 */
function linkOf(state: StateCore, token: Token, after: readonly Token[]): { open: Token; close: Token; closing: Token } | string | undefined {
  const opened = openingTags(token.content);
  const href = opened.length === 1 && opened[0]?.name === "a" && /^\s*<a\b[^>]*>\s*$/i.test(token.content) ? opened[0].attributes.href : undefined;
  if (href === undefined) return undefined;
  const closing = after.find((candidate) => candidate.type === "html_inline" && /^<\/a\s*>$/i.test(candidate.content.trim()));
  if (!closing) return `an <a href="${href}"> with no </a> after it in the same paragraph`;
  const url = state.md.normalizeLink(href.trim());
  if (!state.md.validateLink(url)) return `a link to ${href}, which the site refuses (it could run code or load a file)`;
  const open = new state.Token("link_open", "a", 1);
  open.attrs = [["href", url]];
  if (opened[0]?.attributes.title) open.attrs.push(["title", opened[0].attributes.title]);
  return { open, close: new state.Token("link_close", "a", -1), closing };
}

/** The opening tags in a piece of HTML, with their attributes as written (entities decoded), read by sanitize-html's parser. */
function openingTags(html: string): Array<{ name: string; attributes: Record<string, string> }> {
  const opened: Array<{ name: string; attributes: Record<string, string> }> = [];
  // Nothing is kept from this pass: it only reads the tags, so nothing is filtered, not even addresses.
  sanitizeHtml(html, { allowedTags: false, allowedAttributes: false, allowVulnerableTags: true, allowedSchemesAppliedToAttributes: [], onOpenTag: (name, attributes) => opened.push({ name, attributes }) });
  return opened;
}

function imageToken(state: StateCore, image: NonNullable<Inspected["images"]>[number]): Token {
  const token = new state.Token("image", "img", 0);
  token.attrs = [["src", image.src], ["alt", ""]];
  if (image.title) token.attrs.push(["title", image.title]);
  const text = new state.Token("text", "", 0);
  text.content = image.alt;
  token.children = image.alt ? [text] : [];
  token.content = image.alt;
  return token;
}
