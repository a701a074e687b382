// Set-up for the check tests: the clean fixture copied to a temporary folder, with some files rewritten.
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { loadDocuments, type CheckInput } from "../../src/check/documents.ts";
import { standardSections } from "../../src/content/sections.ts";
import { copyFixture } from "../support/harness.ts";

/** A copy of test/fixtures/check-clean with the given files (paths under the content folder) written over it. */
export interface CheckContent {
  dir: string;
  load(): Promise<CheckInput>;
  cleanup(): Promise<void>;
}

/** Copies the clean fixture and writes `files` into it; file text is used exactly as given. */
export async function cleanContentWith(files: Record<string, string> = {}): Promise<CheckContent> {
  const dir = await copyFixture("check-clean");
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return { dir, load: () => loadDocuments(dir), cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A role guide with every standard section, the given front-matter lines and extra body text under the first section. */
export function roleWith(options: { frontMatter?: string; body?: string } = {}): string {
  const frontMatter =
    options.frontMatter ??
    "title: Data engineer\nsummary: Builds data pipelines.\nskills:\n  required:\n    - sql\nworksWith:\n  - back-end-developer\npublished: 2026-03-01";
  const sections = standardSections.roles.map((section) => section.text);
  return `---\n${frontMatter}\n---\n\n${sections.map((title, index) => `## ${title}\n\n${index === 0 && options.body ? options.body : "Text."}\n`).join("\n")}`;
}
