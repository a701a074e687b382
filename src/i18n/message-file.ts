// Reads a message file — the interface text of one language, as YAML — into flat keys ("search.button"), each a text
// or, for counts, one text per plural category. Every problem names the file, the line and the key, like a guide's.
import { isMap, isPair, isScalar, type Node, type YAMLMap } from "yaml";
import { anchorsAndAliases, parseStrictYaml, yamlErrorLine, yamlErrorSentence } from "../lib/strict-yaml.ts";
import { closestMatch } from "../lib/suggest.ts";
import type { ContentProblem } from "../content/problems.ts";

/** The plural categories of Unicode CLDR, which Intl.PluralRules picks from. */
export const pluralCategories = ["zero", "one", "two", "few", "many", "other"] as const;

/** A text for each plural category a language uses; `other` is always there. */
export type PluralForms = Partial<Record<(typeof pluralCategories)[number], string>> & { other: string };

/** One message: a text with {placeholders}, or plural forms of one. */
export type MessageText = string | PluralForms;

/** What a message file holds. */
export interface MessageFile {
  /** Where the file is, for messages about it. */
  file: string;
  /** The locale the file's words are written for, when it says so (`locale: en-GB`). */
  locale?: string;
  /** Every message by its key. */
  messages: Map<string, MessageText>;
  /** The line of each key, for problems found later. */
  lines: Map<string, number>;
}

/** What the messages of a language must match: the keys the generator knows and whether each counts something. */
export interface MessageShape {
  /** Every key, with the placeholders its English text uses and whether it has plural forms. */
  keys: ReadonlyMap<string, { placeholders: ReadonlySet<string>; plural: boolean }>;
}

/** The placeholders a text uses: `{count}` → "count". */
export function placeholdersOf(text: MessageText): Set<string> {
  const texts = typeof text === "string" ? [text] : Object.values(text);
  return new Set(texts.flatMap((value) => [...(value ?? "").matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((match) => match[1] ?? "")));
}

/**
 * Parses a message file's text. Without a shape (the generator's own English file, which defines the keys) any key is
 * accepted; with one, unknown keys, placeholders the English text does not have and missing plural forms are problems.
 */
export function parseMessageFile(file: string, text: string, shape?: MessageShape, pluralLocale?: string): { file: MessageFile; problems: ContentProblem[] } {
  const { document, lineCounter } = parseStrictYaml(text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
  const result: MessageFile = { file, messages: new Map(), lines: new Map() };
  const problems: ContentProblem[] = [...document.errors, ...document.warnings].map((error) => ({
    file,
    line: yamlErrorLine(error, lineCounter),
    message: `invalid YAML: ${yamlErrorSentence(error)}`,
    suggestion:
      error.code === "DUPLICATE_KEY"
        ? "each message may appear once; keep one"
        : "quote texts that contain a colon followed by a space, or start with a special character",
  }));
  const lineOf = (node: Node | null | undefined) => lineCounter.linePos(node?.range?.[0] ?? 0).line;
  for (const { range } of anchorsAndAliases(document))
    problems.push({
      file,
      line: lineCounter.linePos(range[0]).line,
      message: "found a YAML anchor or alias, which message files do not support",
      suggestion: "write each text out",
    });
  if (problems.length > 0) return { file: result, problems };
  const root = document.contents;
  if (root === null) return { file: result, problems };
  if (!isMap(root))
    return {
      file: result,
      problems: [
        {
          file,
          line: lineOf(root),
          message: 'found a single value, expected messages written as "key: text" lines grouped under headings like nav:',
          suggestion: "start from src/i18n/messages/en.yaml",
        },
      ],
    };
  const allowed = pluralLocale ? new Set<string>(new Intl.PluralRules(pluralLocale).resolvedOptions().pluralCategories) : undefined;
  walk(root, [], { file, shape, allowed, result, problems, lineOf });
  return { file: result, problems };
}

interface WalkState {
  file: string;
  shape?: MessageShape;
  allowed?: ReadonlySet<string>;
  result: MessageFile;
  problems: ContentProblem[];
  lineOf: (node: Node | null | undefined) => number;
}

function walk(map: YAMLMap, path: string[], state: WalkState): void {
  const { file, shape, result, problems, lineOf } = state;
  for (const item of map.items) {
    if (!isPair(item) || !isScalar(item.key) || typeof item.key.value !== "string") {
      problems.push({
        file,
        line: lineOf(isPair(item) ? (item.key as Node) : undefined),
        message: "found a key that is not text",
        suggestion: "write keys as plain words, like nav:",
      });
      continue;
    }
    const keyPath = [...path, item.key.value];
    const key = keyPath.join(".");
    const line = lineOf(item.key);
    const value = item.value;
    if (path.length === 0 && key === "locale") {
      if (isScalar(value) && typeof value.value === "string") result.locale = value.value;
      else problems.push({ file, line, field: key, message: "found a value that is not text, expected a language tag like en-GB" });
      continue;
    }
    const known = shape?.keys.get(key);
    const isGroup = shape ? [...shape.keys.keys()].some((candidate) => candidate.startsWith(`${key}.`)) : isMap(value) && !isPluralMap(value);
    if (shape && !known && !isGroup) {
      const close = closestMatch(key, [...shape.keys.keys()]);
      problems.push({
        file,
        line,
        field: key,
        message: `unknown message "${key}"`,
        suggestion: close ? `did you mean "${close}"?` : "remove it; src/i18n/messages/en.yaml lists every message",
      });
      continue;
    }
    if (isGroup && !known) {
      if (isMap(value)) walk(value, keyPath, state);
      else
        problems.push({
          file,
          line,
          field: key,
          message: `found a text, expected the group of messages under "${key}"`,
          suggestion: "indent the messages of the group under it",
        });
      continue;
    }
    const text = messageText(value, key, line, state, known?.plural ?? (isMap(value) && isPluralMap(value)));
    if (text === undefined) continue;
    if (known) {
      const extra = [...placeholdersOf(text)].filter((name) => !known.placeholders.has(name));
      if (extra.length > 0) {
        problems.push({
          file,
          line,
          field: key,
          message: `found the placeholder${extra.length > 1 ? "s" : ""} ${extra.map((name) => `{${name}}`).join(", ")}, which the message does not have`,
          suggestion:
            known.placeholders.size > 0
              ? `use only ${[...known.placeholders].map((name) => `{${name}}`).join(", ")}`
              : "this message takes no placeholder; write the text alone",
        });
        continue;
      }
    }
    result.messages.set(key, text);
    result.lines.set(key, line);
  }
}

function isPluralMap(map: YAMLMap): boolean {
  const keys = map.items.map((item) => (isPair(item) && isScalar(item.key) ? item.key.value : undefined));
  return keys.includes("other") && keys.every((key) => typeof key === "string" && (pluralCategories as readonly string[]).includes(key));
}

function messageText(value: unknown, key: string, line: number, state: WalkState, plural: boolean): MessageText | undefined {
  const { file, problems, allowed } = state;
  if (isScalar(value) && typeof value.value === "string") return value.value;
  if (plural && isMap(value)) {
    const forms: Record<string, string> = {};
    for (const item of value.items) {
      const category = isPair(item) && isScalar(item.key) ? String(item.key.value) : "";
      const text = isPair(item) && isScalar(item.value) && typeof item.value.value === "string" ? item.value.value : undefined;
      if (!(pluralCategories as readonly string[]).includes(category)) {
        problems.push({
          file,
          line: state.lineOf(isPair(item) ? (item.key as Node) : undefined),
          field: `${key}.${category}`,
          message: `"${category}" is not a plural category`,
          suggestion: `use ${[...(allowed ?? pluralCategories)].join(", ")}`,
        });
        continue;
      }
      if (text === undefined) {
        problems.push({
          file,
          line: state.lineOf(isPair(item) ? (item.key as Node) : undefined),
          field: `${key}.${category}`,
          message: "found a value that is not text",
        });
        continue;
      }
      forms[category] = text;
    }
    if (forms.other === undefined) {
      problems.push({
        file,
        line,
        field: key,
        message: 'the plural forms have no "other" form, which every language needs',
        suggestion: "add other: with the text for most numbers",
      });
      return undefined;
    }
    return forms as PluralForms;
  }
  problems.push({
    file,
    line,
    field: key,
    message: plural ? "found a value that is neither a text nor plural forms" : "found a value that is not text",
    suggestion: plural ? "write one text, or one per plural form (one:, other:, …)" : "write the text on the same line, quoted if it contains a colon",
  });
  return undefined;
}
