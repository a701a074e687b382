// Messages whose placeholders hold markup — a date's <time>, a link, a key's <kbd> — written into HTML with the text
// of the message escaped and the markup left as the page built it.
import { escapeHtml, html, trustedHtml, type HtmlValue, type SafeHtml } from "../lib/html.ts";
import type { Messages } from "./messages.ts";

/** A message as HTML: its text escaped, each placeholder filled with a value (markup stays markup, text is escaped). */
export function htmlMessage(messages: Messages, key: string, params: Readonly<Record<string, HtmlValue>> = {}): SafeHtml {
  const marks: HtmlValue[] = [];
  const textParams: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === "number") textParams[name] = value;
    else {
      // A private-use character cannot come from a message file's text, so it marks where each value goes.
      textParams[name] = `\uE000${marks.length}\uE000`;
      marks.push(value);
    }
  }
  const text = messages.t(key, textParams);
  return html`${text.split(/\uE000(\d+)\uE000/).map((part, index) => (index % 2 === 0 ? messageText(part) : marks[Number(part)]))}`;
}

/**
 * A message's own words as HTML: escaped, except that an apostrophe stays as written ("the role's total"), which is
 * safe in text and in the double-quoted attributes every template writes. Values put into a message are escaped whole.
 */
export function messageText(text: string): SafeHtml {
  return trustedHtml(escapeHtml(text).replaceAll("&#39;", "'"));
}
