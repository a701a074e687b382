// Writes the text of a new guide: every front-matter field in schema order and the standard section headings.
import { stringify } from "yaml";
import { collections, type CollectionName } from "../schema/index.ts";
import { headingMarkdown, standardSections } from "../content/sections.ts";
import { placeholderMarker } from "../check/placeholders.ts";
import { schemaKeys } from "../check/key-order.ts";

/** What a new guide starts from; anything not given becomes a valid placeholder marked TODO. */
export interface GuideStart {
  collection: CollectionName;
  title: string;
  /** Today, YYYY-MM-DD. */
  published: string;
  summary?: string;
  category?: string;
  kind?: string;
  homepage?: string;
  /** A skill slug that exists, so a new role's required skills are valid from the start. */
  someSkill?: string;
  /** Valid values for category and kind, listed in the comments. */
  categories: readonly string[];
  kinds: readonly string[];
}

const todo = placeholderMarker;

/** Returns the full Markdown text of a new guide. */
export function guideTemplate(start: GuideStart): string {
  const noun = collections[start.collection].singular;
  const article = /^[aeiou]/i.test(start.title) ? "an" : "a";
  const fields: Record<string, string[]> = {
    title: [`title: ${scalar(start.title)}`],
    summary: [
      start.summary
        ? `summary: ${scalar(start.summary)}`
        : `summary: ${scalar(`${todo}: one or two sentences on what ${noun === "role" ? `${article} ${start.title.toLowerCase()} does` : `${start.title} is`}, shown in lists and search results`)}`,
    ],
    aliases: [
      noun === "role"
        ? `aliases: []  # ${todo}: 2 to 6 other job titles people search for, one per line as "  - Title"`
        : 'aliases: []  # other names people search for, one per line as "  - Name"',
    ],
    skills:
      noun === "role"
        ? [
            "skills:",
            "  required:",
            `    - ${start.someSkill ?? "programming-fundamentals"}  # ${todo}: the skills nobody in the role can do without (slugs from content/skills/)`,
            "  recommended: []  # skills most people in the role use often",
            "  niceToHave: []  # skills that help but that many in the role do without",
          ]
        : [`skills: []  # ${todo}: 1 to 6 skill slugs this technology is used for`],
    technologies: [
      noun === "role"
        ? `technologies: []  # ${todo}: 10 to 25 technology slugs people in the role use`
        : "technologies: []  # up to 8 technology slugs that put the skill to work",
    ],
    worksWith: [`worksWith: []  # ${todo}: role slugs this role works with day to day; add this role to their worksWith too`],
    movesTo: ["movesTo: []  # role slugs people in this role commonly move to next"],
    category: [start.category ? `category: ${start.category}` : `category: ${start.categories[0] ?? ""}  # ${todo}: one of ${start.categories.join(", ")}`],
    prerequisites: ["prerequisites: []  # up to 3 more basic skill slugs worth learning first"],
    kind: [start.kind ? `kind: ${start.kind}` : `kind: tool  # ${todo}: one of ${start.kinds.join(", ")}`],
    homepage: [
      start.homepage ? `homepage: ${start.homepage}` : `homepage: https://example.com/  # ${todo}: the official home page, or delete this line if it has none`,
    ],
    published: [`published: ${start.published}`],
    updated: ["# updated: YYYY-MM-DD  (add it when the guide changes in substance)"],
    reviewed: [`reviewed: ${start.published}  # ${todo}: keep it once you have checked every fact against current sources; it is the "Checked on" date`],
    sources: [
      "# sources:  (optional: the pages you checked the facts against, each with a title and an https:// url)",
      "#   - title: Name of the page",
      "#     url: https://example.org/page",
    ],
  };
  const keys = schemaKeys(collections[start.collection].schema) ?? [];
  const frontMatter = keys.flatMap((key) => {
    const lines = fields[key];
    if (!lines) throw new Error(`The scaffold has no starting value for the ${noun} field "${key}"; add one in src/scaffold/template.ts`);
    return lines;
  });
  const body = standardSections[start.collection].map((section) => `${headingMarkdown(section)}\n\n${todo}: ${section.covers}.\n`);
  return `---\n${frontMatter.join("\n")}\n---\n\n${body.join("\n")}`;
}

function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}
