// The ids of a guide's headings: one per heading, from its slug, never one the page around the guide already uses
// (`main`, `site-search-input`, `skills-heading`, `has-<skill>` …) and never one an earlier heading took. A heading keeps
// its id as long as its own text and the headings before it with the same text stay the same, so links to it hold.
import type { MarkdownIt, Token } from "markdown-it";

/** Ids the pages that show a guide give their own elements (layouts/base.ts, role, skill and technology pages). */
export const reservedPageIds: ReadonlySet<string> = new Set([
  // Every page: the skip link's target, the search box in the header and the note it shows when opened from disk.
  "main", "site-search-input", "search-file-notice",
  // Role pages.
  "skills-heading", "skills-required", "skills-recommended", "skills-nice-to-have", "technologies-heading", "works-with-heading",
  "roadmap-heading", "pathways-heading", "self-check-heading", "learn-next-heading",
  // Skill and technology pages.
  "needed-by-heading", "prerequisites-heading", "used-by-heading",
]);

/** Prefixes of ids pages make from another guide's slug (`has-sql`, `pathway-data-engineer`, `roadmap-arrow-…`). */
export const reservedIdPrefixes: readonly string[] = ["has-", "pathway-", "roadmap-arrow-"];

/** What a heading id must not be: the page's own ids, exactly or by prefix. */
export interface ReservedIds {
  ids: ReadonlySet<string>;
  prefixes: readonly string[];
}

const pageIds: ReservedIds = { ids: reservedPageIds, prefixes: reservedIdPrefixes };

/** Whether the page around a guide uses (or may use) `id` itself. */
export function isReservedId(id: string, reserved: ReservedIds = pageIds): boolean {
  return reserved.ids.has(id) || reserved.prefixes.some((prefix) => id.startsWith(prefix));
}

/**
 * Turns heading slugs, in document order, into unique ids: a slug the page reserves becomes `section-<slug>`, and a
 * repeat gets `-1`, `-2` … in order (as markdown-it-anchor numbers them), skipping ids already taken.
 */
export function uniqueHeadingIds(slugs: readonly string[], reserved: ReservedIds = pageIds): string[] {
  const taken = new Set<string>();
  return slugs.map((slug) => {
    const base = isReservedId(slug, reserved) ? `section-${slug}` : slug;
    let id = base;
    for (let next = 1; taken.has(id) || isReservedId(id, reserved); next++) id = `${base}-${next}`;
    taken.add(id);
    return id;
  });
}

/** Options for the heading-id rule. */
export interface HeadingIdOptions {
  /** Turns a heading's text into its slug. */
  slugify: (text: string) => string;
  /** The text a heading's id comes from (default: its text and inline code, as markdown-it-anchor reads it). */
  textOf?: (inline: Token | undefined) => string;
  reserved?: ReservedIds;
}

/** A markdown-it plugin giving every heading its id from uniqueHeadingIds, as the last step of parsing. */
export function headingIdsPlugin(markdown: MarkdownIt, options: HeadingIdOptions): void {
  const textOf = options.textOf ?? defaultText;
  markdown.core.ruler.push("role-guides-heading-ids", (state) => {
    const headings = state.tokens.flatMap((token, index) => (token.type === "heading_open" ? [{ token, inline: state.tokens[index + 1] }] : []));
    const ids = uniqueHeadingIds(headings.map(({ inline }) => options.slugify(textOf(inline))), options.reserved);
    headings.forEach(({ token }, index) => token.attrSet("id", ids[index] ?? ""));
  });
}

function defaultText(inline: Token | undefined): string {
  return (inline?.children ?? []).filter((child) => child.type === "text" || child.type === "code_inline").map((child) => child.content).join("");
}
