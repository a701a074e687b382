// Characters a reader cannot see or a terminal would obey: finding them in text and naming them in messages.

// C0 and C1 control characters and DEL.
// eslint-disable-next-line no-control-regex -- finding control characters is what this module is for
const controlCharacters = /[\u0000-\u001f\u007f-\u009f]/gu;
// Characters that change the direction of the text around them, unseen (the "Trojan Source" characters), and the
// Unicode line and paragraph separators, which break a line where none can be seen in the source.
const layoutCharacters = /[\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;
// White space, and characters with no glyph: Unicode's default-ignorable code points (zero-width space and joiners,
// word joiner, byte order mark, soft hyphen, variation selectors, the Hangul fillers), other format characters, and
// the Braille blank, which renders as nothing.
const invisibleCharacters = /[\s\p{Default_Ignorable_Code_Point}\p{Cf}\u2800]/gu;

/**
 * The first control character in `text` that `allowed` (like "\t\n") does not list, or else the first
 * direction-changing or line-separating one unless `layout` is false; undefined when there is none.
 */
export function findControlCharacter(text: string, allowed = "", layout = true): { character: string; index: number } | undefined {
  for (const match of text.matchAll(controlCharacters)) {
    if (!allowed.includes(match[0])) return { character: match[0], index: match.index };
  }
  const found = layout ? layoutCharacters.exec(text) : null;
  return found ? { character: found[0], index: found.index } : undefined;
}

/** Whether `text` shows nothing once white space and invisible characters are removed. */
export function isVisiblyBlank(text: string): boolean {
  return text.replace(invisibleCharacters, "") === "";
}

const names: Record<number, string> = {
  0x00: "NUL",
  0x07: "BEL",
  0x08: "BACKSPACE",
  0x0b: "VERTICAL TAB",
  0x0c: "FORM FEED",
  0x1b: "ESC",
  0x7f: "DELETE",
  0x2028: "LINE SEPARATOR",
  0x2029: "PARAGRAPH SEPARATOR",
  0x202e: "RIGHT-TO-LEFT OVERRIDE",
  0x202d: "LEFT-TO-RIGHT OVERRIDE",
};

/** Names a character by its code point, like "U+001B (ESC)". */
export function codePointName(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  const name = names[code];
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}${name ? ` (${name})` : ""}`;
}

// eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
const escapedCharacters = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/** Writes control, line-breaking and direction-changing characters in `text` as \u escapes, so a message stays one line and cannot steer a terminal. */
export function escapeControlCharacters(text: string): string {
  return text.replace(escapedCharacters, (character) => `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`);
}
