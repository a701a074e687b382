// The interface text of one language: each message looked up in the language's own files first, then in the default
// language's, then in the English catalogue; counts pick their plural form, numbers and dates follow the locale.
import { DateTime } from "luxon";
import type { MessageFile, MessageText } from "./message-file.ts";
import { catalogueMessages, messageShape } from "./catalogue.ts";

/** Values a message's {placeholders} take: text as it is, numbers formatted for the locale. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Looks up and formats the messages of one language. */
export class Messages {
  /** The locale texts are formatted for, like en-GB or de: the page's language. */
  readonly locale: string;
  readonly #layers: readonly MessageFile[];
  readonly #own: number;
  readonly #numbers: Intl.NumberFormat;
  readonly #plurals: Intl.PluralRules;
  readonly #lists: Intl.ListFormat;
  /** Dates already written out: every page shows a few, and most pages share them. */
  readonly #dates = new Map<string, string>();

  /**
   * `own` are the language's own files, most specific first; `fallback` the default language's, used where the own
   * files have no text; the English catalogue comes last.
   */
  constructor(locale: string, own: readonly MessageFile[], fallback: readonly MessageFile[] = []) {
    this.locale = locale;
    this.#layers = [...own, ...fallback, catalogueMessages()];
    this.#own = own.length;
    this.#numbers = new Intl.NumberFormat(locale);
    this.#plurals = new Intl.PluralRules(locale);
    this.#lists = new Intl.ListFormat(locale, { style: "long", type: "conjunction" });
  }

  /** The text of a message with its placeholders filled in; a message with plural forms takes the form for `count`. */
  t(key: string, params: MessageParams = {}): string {
    const text = this.#find(key);
    let chosen: string;
    if (typeof text === "string") chosen = text;
    else {
      const count = params.count;
      if (typeof count !== "number") throw new Error(`The message "${key}" has plural forms and needs a number for {count}`);
      chosen = text[this.#plurals.select(count)] ?? text.other;
    }
    return chosen.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (_whole, name: string) => {
      const value = params[name];
      if (value === undefined) throw new Error(`The message "${key}" needs a value for {${name}}`);
      return typeof value === "number" ? this.#numbers.format(value) : value;
    });
  }

  /** A number formatted for the locale: 1234 → "1,234" in English, "1.234" in German. */
  number(value: number): string {
    return this.#numbers.format(value);
  }

  /** A YYYY-MM-DD date as readers of the locale write it, through luxon: "24 November 2026", "24. November 2026". */
  date(value: string): string {
    let written = this.#dates.get(value);
    if (written === undefined) {
      written = DateTime.fromISO(value, { zone: "utc" }).setLocale(this.locale).toLocaleString(DateTime.DATE_FULL);
      this.#dates.set(value, written);
    }
    return written;
  }

  /** Items joined as the locale lists them: "A, B and C", "A, B und C". */
  list(items: readonly string[]): string {
    return this.#lists.format(items);
  }

  /** The raw messages under the given key prefixes, for browser scripts: texts and plural forms as the files hold them. */
  subset(prefixes: readonly string[]): Record<string, MessageText> {
    const keys = [...messageShape().keys.keys()].filter((key) => prefixes.some((prefix) => key === prefix || key.startsWith(`${prefix}.`)));
    return Object.fromEntries(keys.map((key) => [key, this.#find(key)]));
  }

  /** The keys the language's own files do not have, which it shows in a fallback language. */
  missing(): string[] {
    const own = this.#layers.slice(0, this.#own);
    return [...messageShape().keys.keys()].filter((key) => !own.some((layer) => layer.messages.has(key)));
  }

  #find(key: string): MessageText {
    for (const layer of this.#layers) {
      const text = layer.messages.get(key);
      if (text !== undefined) return text;
    }
    throw new Error(`Unknown message "${key}": add it to src/i18n/messages/en.yaml`);
  }
}

let english: Messages | undefined;

/** The English catalogue's messages alone, for code that renders without a site language (and as the default). */
export function catalogueTranslator(): Messages {
  english ??= new Messages(catalogueMessages().locale ?? "en", [catalogueMessages()]);
  return english;
}
