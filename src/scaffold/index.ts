// `npm run new`: starts a guide from its title, refusing one that duplicates or nearly duplicates a guide that exists.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { DateTime } from "luxon";
import { loadContent, displayPath } from "../content/load.ts";
import { closestMatch, didYouMean } from "../lib/suggest.ts";
import { slugify } from "../lib/slugs.ts";
import { collectionNames, collections, skillCategories, technologyKinds, type CollectionName } from "../schema/index.ts";
import { plainText, WebUrlSchema } from "../schema/fields.ts";
import { guideTemplate } from "./template.ts";

/** What the author asked for on the command line. */
export interface NewGuideRequest {
  /** "role", "skill" or "technology" (plurals accepted). */
  kind: string;
  title: string;
  contentDir: string;
  summary?: string;
  category?: string;
  technologyKind?: string;
  homepage?: string;
  /** Write it even when a guide with a similar title or slug exists. */
  force?: boolean;
  /** The day to publish, YYYY-MM-DD (default: today). */
  today?: string;
}

/** A guide that was written, and what to do next. */
export interface NewGuide {
  file: string;
  url: string;
  nextSteps: string[];
}

/** Thrown when the request cannot be met; the message says why and what to do instead. */
export class ScaffoldError extends Error {}

/** Writes a new guide file and returns where it went; throws a ScaffoldError for a bad or duplicate request. */
export async function createGuide(request: NewGuideRequest): Promise<NewGuide> {
  const collection = collectionOf(request.kind);
  const noun = collections[collection].singular;
  const title = request.title.trim();
  assertValid(plainText(80), title, "the title");
  if (request.summary !== undefined) assertValid(plainText(300), request.summary, "--summary");
  if (request.category !== undefined && collection !== "skills") throw new ScaffoldError("--category applies to skills only");
  if (request.technologyKind !== undefined && collection !== "technologies") throw new ScaffoldError("--kind applies to technologies only");
  if (request.homepage !== undefined && collection !== "technologies") throw new ScaffoldError("--homepage applies to technologies only");
  if (request.category !== undefined) assertChoice(request.category, Object.keys(skillCategories), "--category");
  if (request.technologyKind !== undefined) assertChoice(request.technologyKind, Object.keys(technologyKinds), "--kind");
  if (request.homepage !== undefined) assertValid(WebUrlSchema, request.homepage, "--homepage");

  const slug = slugify(title);
  if (slug === "") throw new ScaffoldError(`the title "${title}" has no letters or digits to make a file name from`);
  const loaded = await loadContent(request.contentDir);
  const existing = loaded.entries
    .filter((entry) => entry.collection === collection)
    .map((entry) => ({
      slug: entry.slug,
      file: entry.file,
      names: [entry.frontMatter.get("title"), ...aliasesOf(entry.frontMatter.get("aliases"))].filter((name): name is string => typeof name === "string"),
    }));
  const sameSlug = existing.find((entry) => entry.slug === slug);
  if (sameSlug) throw new ScaffoldError(`${sameSlug.file} already exists: improve that guide instead of starting a new one`);
  const key = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();
  const sameName = existing.find((entry) => entry.names.some((name) => key(name) === key(title)));
  if (sameName && !request.force)
    throw new ScaffoldError(
      `${sameName.file} already covers "${title}" (as its title or an alias): improve that guide instead, or pass --force if this really is a different ${noun}`,
    );
  if (!request.force) {
    const closeSlug = closestMatch(
      slug,
      existing.map((entry) => entry.slug),
    );
    const closeName = closestMatch(
      title,
      existing.flatMap((entry) => entry.names),
    );
    const near = existing.find((entry) => entry.slug === closeSlug || (closeName !== undefined && entry.names.includes(closeName)));
    if (near)
      throw new ScaffoldError(
        `"${title}" is very close to ${near.file} ("${near.names[0] ?? near.slug}"): improve that guide instead, or pass --force if this really is a different ${noun}`,
      );
  }

  const someSkill = loaded.entries
    .filter((entry) => entry.collection === "skills")
    .map((entry) => entry.slug)
    .sort()[0];
  if (collection === "roles" && someSkill === undefined)
    throw new ScaffoldError('a role needs at least one skill, and there are none yet: start with `npm run new -- skill "…"`');
  const folder = path.join(request.contentDir, collection);
  const file = path.join(folder, `${slug}.md`);
  const text = guideTemplate({
    collection,
    title,
    published: request.today ?? DateTime.now().toISODate() ?? "",
    summary: request.summary?.trim(),
    category: request.category,
    kind: request.technologyKind,
    homepage: request.homepage,
    someSkill,
    categories: Object.keys(skillCategories),
    kinds: Object.keys(technologyKinds),
  });
  await mkdir(folder, { recursive: true });
  await writeFile(file, text, { flag: "wx" });
  const shown = displayPath(file);
  const url = `/${collection}/${slug}/`;
  return {
    file: shown,
    url,
    nextSteps: [
      `Open ${shown} and replace every TODO: the front matter first, then one section at a time.`,
      "Run `npm run check`: it lists each TODO left and anything wrong, with its line.",
      `Run \`npm start\` and read the page at http://localhost:8080${url}`,
      "Open a pull request; CONTRIBUTING.md says what reviewers look for.",
    ],
  };
}

function collectionOf(kind: string): CollectionName {
  const wanted = kind.trim().toLowerCase();
  const found = collectionNames.find((name) => name === wanted || collections[name].singular === wanted);
  if (found) return found;
  const singulars = collectionNames.map((name) => collections[name].singular);
  const hint = didYouMean(wanted, singulars);
  throw new ScaffoldError(`unknown kind of guide "${kind}", expected one of: ${singulars.join(", ")}${hint ? ` — ${hint}` : ""}`);
}

function aliasesOf(value: unknown): unknown[] {
  return value && typeof value === "object" && "toJSON" in value ? ((value as { toJSON: () => unknown }).toJSON() as unknown[]) : [];
}

function assertValid(
  schema: { safeParse: (value: unknown) => { success: boolean; error?: { issues: Array<{ message: string }> } } },
  value: string,
  what: string,
): void {
  const result = schema.safeParse(value);
  if (!result.success) throw new ScaffoldError(`${what}: found "${value}", expected ${result.error?.issues[0]?.message ?? "a valid value"}`);
}

function assertChoice(value: string, choices: string[], what: string): void {
  if (choices.includes(value)) return;
  const hint = didYouMean(value, choices);
  throw new ScaffoldError(`${what}: found "${value}", expected one of: ${choices.join(", ")}${hint ? ` — ${hint}` : ""}`);
}
