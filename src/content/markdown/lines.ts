// Where tokens stand: markdown-it gives block tokens a line range but inline tokens none, so count the breaks.
import type { Token } from "markdown-it";

/** An inline token with the 0-based body line it stands on, its parent inline token and its index there. */
export interface InlineAt {
  token: Token;
  line: number;
  parent: Token;
  index: number;
}

/** Every inline token of a body, in order, each with its body line (0-based, as markdown-it's maps count). */
export function inlineTokens(tokens: readonly Token[]): InlineAt[] {
  const found: InlineAt[] = [];
  // Table cells carry no line of their own; they stand on the line of the row opened last.
  let lastLine = 0;
  for (const block of tokens) {
    if (block.map) lastLine = block.map[0];
    if (block.type !== "inline" || !block.children) continue;
    let offset = 0;
    block.children.forEach((token, index) => {
      if (token.type === "softbreak" || token.type === "hardbreak") offset += 1;
      found.push({ token, line: lastLine + offset, parent: block, index });
      if (token.type === "html_inline") offset += token.content.split("\n").length - 1;
    });
  }
  return found;
}

/** The body line (0-based) a block token starts on, or the line of the nearest block before it that has one. */
export function blockLine(tokens: readonly Token[], index: number): number {
  for (let i = index; i >= 0; i--) {
    const map = tokens[i]?.map;
    if (map) return map[0];
  }
  return 0;
}
