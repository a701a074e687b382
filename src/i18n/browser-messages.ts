// The interface text browser scripts show (search results, the self-check, the comparison picker, the note on pages
// opened from disk). The scripts are built with the English texts; a page in another language carries its own in a
// JSON data block, which the scripts read instead.
import type { MessageText } from "./message-file.ts";
import { catalogueTranslator, type Messages } from "./messages.ts";

/** The message keys (and groups of keys) browser scripts use. */
export const browserMessageKeys = [
  "search.live",
  "selfCheck.live",
  "selfCheck.levelProgress",
  "compare.live",
  "comparison",
  "importance",
  "importanceInText",
  "offline",
  "site.percent",
] as const;

/** The id of the data block that carries a page's browser messages. */
export const browserMessagesId = "page-messages";

/** The browser messages of a language. */
export function browserMessages(messages: Messages): Record<string, MessageText> {
  return messages.subset(browserMessageKeys);
}

/** The browser messages of a language when they differ from the English the scripts are built with, else undefined. */
export function browserMessagesFor(messages: Messages): Record<string, MessageText> | undefined {
  // Every page asks, so the answer is worked out once per language (a third of a page's rendering time otherwise).
  if (ownMessages.has(messages)) return ownMessages.get(messages);
  const own = browserMessages(messages);
  const answer = JSON.stringify(own) === JSON.stringify(browserMessages(catalogueTranslator())) ? undefined : own;
  ownMessages.set(messages, answer);
  return answer;
}

const ownMessages = new WeakMap<Messages, Record<string, MessageText> | undefined>();
