// Text measurement for roadmaps: diagrams are drawn at build time, without a browser to measure text, so widths are
// estimated from a font's advance widths and titles wrapped to fit their boxes.

// Advance widths in thousandths of an em of DejaVu Sans, the widest of the common system fonts (and the usual one on
// Linux): estimates from it err on the wide side elsewhere, so text never spills out of its box. Characters not listed
// count as wide as a digit.
const charWidths: Record<string, number> = {
  ...widthsOf("ijl'", 280),
  ...widthsOf("IJ", 300),
  ...widthsOf(" ,.", 320),
  ...widthsOf(":;/|", 340),
  ...widthsOf("f", 350),
  ...widthsOf("-", 360),
  ...widthsOf("t()[]", 390),
  ...widthsOf("!", 400),
  ...widthsOf("r", 410),
  ...widthsOf('"', 460),
  ...widthsOf("*", 500),
  ...widthsOf("s", 520),
  ...widthsOf("z?", 530),
  ...widthsOf("c", 550),
  ...widthsOf("L", 560),
  ...widthsOf("kF", 580),
  ...widthsOf("vxy", 590),
  ...widthsOf("P", 600),
  ...widthsOf("aoTY", 610),
  ...widthsOf("e", 620),
  ...widthsOf("hnuE", 630),
  ...widthsOf("K", 660),
  ...widthsOf("AV", 680),
  ...widthsOf("BXZ", 690),
  ...widthsOf("CR", 700),
  ...widthsOf("U", 730),
  ...widthsOf("HN", 750),
  ...widthsOf("D", 770),
  ...widthsOf("G&", 780),
  ...widthsOf("OQ", 790),
  ...widthsOf("w", 820),
  ...widthsOf("+", 840),
  ...widthsOf("M", 860),
  ...widthsOf("m", 970),
  ...widthsOf("W", 990),
};

// A little room for rounding and hinting; bold runs about 12% wider.
const safety = 1.02;
const boldFactor = 1.12;

/** The estimated width in pixels of one line of text at a font size, a little generous for wide fonts. */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let thousandths = 0;
  for (const char of text) thousandths += charWidths[char] ?? 640;
  return (thousandths / 1000) * fontSize * safety * (bold ? boldFactor : 1);
}

/**
 * Wraps text into lines no wider than `width`, breaking at spaces and after hyphens, and inside a word only when the
 * word alone is too wide.
 */
export function wrapText(text: string, width: number, fontSize: number, options: { bold?: boolean } = {}): string[] {
  const fits = (line: string) => estimateTextWidth(line, fontSize, options.bold) <= width;
  const lines: string[] = [];
  let current = "";
  for (const token of titleTokens(text)) {
    const candidate = current && token.spaceBefore ? `${current} ${token.text}` : current + token.text;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = "";
    for (const char of token.text) {
      if (current && !fits(current + char)) {
        lines.push(current);
        current = "";
      }
      current += char;
    }
  }
  if (current || lines.length === 0) lines.push(current);
  return lines;
}

/** The pieces a title may break between: its words, a hyphenated word split after each hyphen ("Machine-", "learning"). */
export function titleTokens(text: string): Array<{ text: string; spaceBefore: boolean }> {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => word.split(/(?<=-)(?=.)/).map((part, index) => ({ text: part, spaceBefore: index === 0 })));
}

function widthsOf(chars: string, width: number): Record<string, number> {
  return Object.fromEntries([...chars].map((char) => [char, width]));
}
