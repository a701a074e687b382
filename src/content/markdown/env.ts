// What the Markdown rules of one body share while it is parsed: its title, and what they found along the way.
import type { Token } from "markdown-it";

/** A problem found in a body, located by its body line (0-based, as markdown-it's token maps count). */
export interface BodyProblem {
  line: number;
  message: string;
  suggestion?: string;
  /** The kind of problem `npm run check` files it under ("broken-link" for a link), when not "content". */
  rule?: string;
}

/** An anchor an author placed by hand (`<a name="setup"></a>`), and the token it stood in, to find its heading. */
export interface NamedAnchor {
  name: string;
  /** The block token the anchor stood in (an html_block, or the inline token of a paragraph or heading). */
  block: Token;
}

/** The parse state of one body. */
export interface BodyEnv {
  /** The guide's title: a first `#` heading repeating it is dropped, as the page shows the title already. */
  title?: string;
  problems: BodyProblem[];
  namedAnchors: NamedAnchor[];
  /** Whether any raw HTML is left after comments were removed, so the rendered body needs sanitising. */
  hasRawHtml: boolean;
}

/** A markdown-it `env` for parsing the body of a guide with this title. */
export function newBodyEnv(title?: string): { roleGuides: BodyEnv } {
  return { roleGuides: { title, problems: [], namedAnchors: [], hasRawHtml: false } };
}

/** The body state kept in markdown-it's `env`, created on first use so any caller's env works. */
export function bodyEnv(env: unknown): BodyEnv {
  const holder = env as { roleGuides?: BodyEnv };
  holder.roleGuides ??= { problems: [], namedAnchors: [], hasRawHtml: false };
  return holder.roleGuides;
}
