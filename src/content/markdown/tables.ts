// Tables scroll sideways inside their own labelled region (a named <section>, which is a region landmark), so a wide
// table never widens the page; cell alignment is a class, since the Content-Security-Policy refuses style attributes.
import type { MarkdownIt, Token } from "markdown-it";
import { visibleText } from "./headings.ts";

/** The longest label a table's region gets; its column names are cut after this many characters. */
const maxLabelLength = 100;

/** Registers the rules that wrap each table in a focusable scrolling region named after its columns. */
export function tablesPlugin(markdown: MarkdownIt): void {
  markdown.core.ruler.after("inline", "role-guides-tables", (state) => {
    let columns: string[] = [];
    let table: Token | undefined;
    state.tokens.forEach((token, index) => {
      if (token.type === "table_open") {
        table = token;
        columns = [];
      } else if (token.type === "th_open" || token.type === "td_open") {
        const align = /text-align:\s*(left|center|right)/.exec(String(token.attrGet("style") ?? ""))?.[1];
        token.attrs = (token.attrs ?? []).filter(([name]) => name !== "style");
        if (align) token.attrJoin("class", `align-${align}`);
      } else if (token.type === "inline" && state.tokens[index - 1]?.type === "th_open") {
        columns.push(visibleText(token).trim());
      } else if (token.type === "thead_close" && table) {
        table.meta = { label: tableLabel(columns) };
      }
    });
  });
  markdown.renderer.rules.table_open = (tokens, index) => {
    const label = (tokens[index]?.meta as { label?: string } | undefined)?.label ?? "Table";
    return `<section class="table-scroll" aria-label="${markdown.utils.escapeHtml(label)}" tabindex="0">\n<table>\n`;
  };
  markdown.renderer.rules.table_close = () => "</table>\n</section>\n";
}

function tableLabel(columns: string[]): string {
  const named = columns.filter((column) => column !== "");
  if (named.length === 0) return "Table";
  const label = `Table: ${named.join(", ")}`;
  return label.length > maxLabelLength ? `${label.slice(0, maxLabelLength - 1)}…` : label;
}
