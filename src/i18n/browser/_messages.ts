// Interface text in browser scripts: the page's own messages when it carries them (a page in another language than
// English), else the English texts the script was built with; plural forms and numbers follow the page's language.
import type { MessageText } from "../message-file.ts";
import english from "virtual:browser-messages";

/** Values a message's {placeholders} take. */
export type BrowserParams = Readonly<Record<string, string | number>>;

let messages: Record<string, MessageText> | undefined;

function loaded(): Record<string, MessageText> {
  if (messages) return messages;
  messages = { ...english };
  const block = document.getElementById("page-messages");
  if (block?.textContent) {
    try {
      Object.assign(messages, JSON.parse(block.textContent) as Record<string, MessageText>);
    } catch {
      // A broken block leaves the English texts, which still say everything.
    }
  }
  return messages;
}

/** The page's language, as its <html lang> says. */
export function pageLanguage(): string {
  return document.documentElement.lang || "en";
}

/** A message with its placeholders filled in; a message with plural forms takes the form for `count`. */
export function t(key: string, params: BrowserParams = {}): string {
  const text = loaded()[key] ?? key;
  const count = params.count;
  const chosen = typeof text === "string" ? text : (text[new Intl.PluralRules(pageLanguage()).select(typeof count === "number" ? count : 0)] ?? text.other);
  return chosen.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? new Intl.NumberFormat(pageLanguage()).format(value) : value;
  });
}

/** Items joined as the page's language lists them: "A, B and C", "A, B und C"; `or` for alternatives. */
export function list(items: readonly string[], type: "conjunction" | "disjunction" = "conjunction"): string {
  return new Intl.ListFormat(pageLanguage(), { style: "long", type }).format(items);
}
