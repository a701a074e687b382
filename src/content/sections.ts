// The standard section headings of each kind of guide, and the check that a guide has them in order: an error when
// site.yaml requires them for its collection, a warning when they are only recommended (the default).
import type { Token } from "markdown-it";
import { closestMatch } from "../lib/suggest.ts";
import type { CollectionName } from "../schema/index.ts";
import type { SiteSettings } from "../schema/site.ts";
import { visibleText } from "./markdown/headings.ts";
import type { ContentProblem } from "./problems.ts";

/** A heading every guide of a kind has, with what its section covers (the scaffold writes it as the TODO). */
export interface StandardSection {
  level: 2 | 3;
  text: string;
  covers: string;
}

/** The standard headings of each kind of guide, in order; a guide may add headings of its own between them. */
export const standardSections: Record<CollectionName, StandardSection[]> = {
  roles: [
    { level: 2, text: "What the role is", covers: "what the role does and where it sits in a team" },
    { level: 2, text: "A week in the work", covers: "the concrete tasks of a typical week" },
    { level: 2, text: "Responsibilities", covers: "what the role is accountable for" },
    { level: 2, text: "Who they work with", covers: "the roles they work with day to day, each linked with `/roles/<slug>/`" },
    { level: 2, text: "How people get into it", covers: "the routes in: degree, bootcamp, self-taught, an internal move" },
    { level: 2, text: "A learning path", covers: "a realistic ordered plan, linking `/skills/<slug>/` and `/technologies/<slug>/`" },
    { level: 2, text: "What to show in a portfolio and CV", covers: "the evidence that convinces a hiring manager" },
    { level: 2, text: "How the role grows", covers: "the levels from junior to staff, lead or manager, and the roles people move to, linked" },
  ],
  skills: [
    { level: 2, text: "What it is", covers: "what the skill is, in plain words" },
    { level: 2, text: "Why it matters", covers: "what goes wrong without it and what it makes possible" },
    { level: 2, text: "What it looks like at each level", covers: "how the skill shows at each level" },
    { level: 3, text: "Beginner", covers: "what a beginner can do" },
    { level: 3, text: "Intermediate", covers: "what someone at intermediate level can do" },
    { level: 3, text: "Advanced", covers: "what an advanced practitioner can do" },
    { level: 2, text: "How to practise", covers: "concrete exercises and projects" },
    { level: 2, text: "Related technologies", covers: "a sentence or two linking `/technologies/<slug>/` pages" },
  ],
  technologies: [
    { level: 2, text: "What it is", covers: "what the technology is and who makes it" },
    { level: 2, text: "Where it fits", covers: "the problems it solves and the roles that use it" },
    { level: 2, text: "Common alternatives", covers: "the main alternatives, linking `/technologies/<slug>/` where they exist" },
    { level: 2, text: "Learn more", covers: "one to three links to official documentation" },
  ],
};

/** Writes a standard section's heading as Markdown, like "## What it is". */
export function headingMarkdown(section: StandardSection): string {
  return `${"#".repeat(section.level)} ${section.text}`;
}

/** The guide a body belongs to: its collection, its file as messages show it, and the file line its body starts on. */
export interface SectionsGuide {
  collection: CollectionName;
  file: string;
  bodyLine: number;
}

/** A heading as written, with its file line. */
export interface FoundHeading {
  level: number;
  text: string;
  line: number;
}

/**
 * Reports a body with no text (an error: a guide needs one), and each standard heading that is missing or out of
 * order, as errors when site.yaml requires the collection's sections and as warnings when it only recommends them.
 */
export function checkSections(guide: SectionsGuide, tokens: readonly Token[], settings: SiteSettings["sections"]): ContentProblem[] {
  if (!tokens.some((token) => token.type !== "html_block" && token.type !== "hr")) {
    return [{ file: guide.file, line: guide.bodyLine, message: "found no text after the front matter, expected the guide's body", suggestion: "write the guide below the closing --- line" }];
  }
  const required = settings[guide.collection] === "required";
  return missingOrMisplaced(guide, headingsOf(guide, tokens)).map((problem) => (required ? problem : { ...problem, severity: "warning" }));
}

/** The headings of a parsed body with their file lines, at the level written (the page may shift them below its title). */
export function headingsOf(guide: SectionsGuide, tokens: readonly Token[]): FoundHeading[] {
  const found: FoundHeading[] = [];
  tokens.forEach((token, index) => {
    if (token.type !== "heading_open" || !token.map) return;
    // The visible text, as readers see it: a comment or an HTML tag beside the words changes no section's name.
    found.push({ level: writtenLevel(token), text: visibleText(tokens[index + 1]).trim(), line: guide.bodyLine + token.map[0] });
  });
  return found;
}

/** A heading's level as written: the number of #, or 1 and 2 for headings underlined with = and -. */
function writtenLevel(token: Token): number {
  if (token.markup.startsWith("#")) return token.markup.length;
  return token.markup.startsWith("=") ? 1 : token.markup.startsWith("-") ? 2 : Number(token.tag.slice(1));
}

/** The standard sections a guide's headings lack, in order; `npm run report` lists them for the guides that only recommend them. */
export function missingSections(collection: CollectionName, headings: ReadonlyArray<{ level: number; text: string }>): StandardSection[] {
  return standardSections[collection].filter((section) => !headings.some((heading) => heading.level === section.level && heading.text.trim() === section.text));
}

function missingOrMisplaced(guide: SectionsGuide, found: FoundHeading[]): ContentProblem[] {
  const expected = standardSections[guide.collection];
  const same = (heading: FoundHeading, section: StandardSection) => heading.level === section.level && heading.text === section.text;
  const problems: ContentProblem[] = [];
  const at = (line: number | undefined) => ({ file: guide.file, line: line ?? guide.bodyLine, rule: "sections" as const });
  let cursor = 0;
  let missing: StandardSection[] = [];
  let after: StandardSection | undefined;
  const reportMissing = () => {
    if (missing.length === 0) return;
    const where = after ? `after "${headingMarkdown(after)}"` : "at the start of the body";
    const names = missing.map((section) => `"${headingMarkdown(section)}"`).join(", ");
    const only = missing.length === 1 ? missing[0] : undefined;
    const unmatched = found.filter((heading) => !expected.some((section) => same(heading, section)));
    const renames = missing.flatMap((section) => {
      const candidates = unmatched.filter((heading) => heading.level === section.level);
      const close = candidates.find((heading) => heading.text === closestMatch(section.text, candidates.map((candidate) => candidate.text)));
      return close ? [{ section, close }] : [];
    });
    const renameText = renames.map(({ section, close }) => `rename "${headingMarkdown({ ...section, text: close.text })}" to "${headingMarkdown(section)}"`);
    const toAdd = missing.filter((section) => !renames.some((rename) => rename.section === section)).map((section) => `"${headingMarkdown(section)}"`);
    const addText = toAdd.length === 0 ? [] : [`add ${toAdd.join(", ")}${toAdd.length > 1 ? " in this order" : ""} (CONTRIBUTING.md describes each section)`];
    problems.push({
      ...at(renames[0]?.close.line ?? found[cursor]?.line ?? found.at(-1)?.line),
      message: only ? `missing the section ${names} (${only.covers}) ${where}` : `missing ${missing.length} sections ${where}: ${names}`,
      suggestion: [...renameText, ...addText].join("; "),
    });
    missing = [];
  };
  for (const section of expected) {
    const position = found.findIndex((heading, index) => index >= cursor && same(heading, section));
    if (position >= 0) {
      reportMissing();
      cursor = position + 1;
      after = section;
      continue;
    }
    const earlier = found.find((heading) => same(heading, section));
    if (earlier) {
      reportMissing();
      problems.push({ ...at(earlier.line), message: `"${headingMarkdown(section)}" is out of order: it belongs ${after ? `after "${headingMarkdown(after)}"` : "first"}`, suggestion: `the sections go in this order: ${expected.map(headingMarkdown).join(", ")}` });
      after = section;
      continue;
    }
    missing.push(section);
  }
  reportMissing();
  return problems;
}
