// One search result as DOM nodes: every piece of text is set as text, so content can never become markup.
import type { PagefindResult } from "./_pagefind.ts";
import { t } from "../../i18n/browser/_messages.ts";

/** Builds a result's list item: title link, type, summary, excerpt with matches marked, and the roles it belongs to. */
export function resultItem(result: PagefindResult, roleUrls: Map<string, string>): HTMLLIElement {
  const item = element("li", "search-result");
  const heading = element("h3", "search-result__title");
  const link = element("a", "search-result__link");
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  item.append(heading);
  if (result.meta.type) item.append(textElement("p", "search-result__type", result.meta.type));
  if (result.meta.summary) item.append(textElement("p", "search-result__summary", result.meta.summary));
  const excerpt = excerptNodes(result.excerpt);
  if (excerpt.length > 0) {
    const paragraph = element("p", "search-result__excerpt");
    paragraph.append(...excerpt);
    item.append(paragraph);
  }
  const roles = result.filters.role ?? [];
  if (roles.length > 0) {
    const paragraph = textElement("p", "search-result__roles", result.filters.kind ? t("search.live.usedBy") : t("search.live.neededBy"));
    roles.forEach((role, index) => {
      const url = roleUrls.get(role);
      const name = url ? Object.assign(element("a", ""), { href: url }) : element("span", "");
      name.textContent = role;
      paragraph.append(...(index > 0 ? [", "] : []), name);
    });
    item.append(paragraph);
  }
  return item;
}

/** Turns Pagefind's excerpt (escaped text with <mark> around matched words) into text and <mark> nodes, trusting no other markup. */
export function excerptNodes(excerpt: string): Node[] {
  const nodes: Node[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === "<mark>") marked = true;
    else if (part === "</mark>") marked = false;
    else if (part) nodes.push(marked ? textElement("mark", "", decodeEntities(part)) : document.createTextNode(decodeEntities(part)));
  }
  return nodes;
}

const namedEntities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decodes the character references Pagefind writes into excerpts, without parsing anything as HTML. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (!name.startsWith("#")) return namedEntities[name.toLowerCase()] ?? whole;
    const code = /^#x/i.test(name) ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

function textElement<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text: string): HTMLElementTagNameMap[K] {
  const node = element(tag, className);
  node.textContent = text;
  return node;
}
