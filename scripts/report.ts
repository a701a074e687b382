// Prints the content report: guides per collection, words per page, orphans, missing back-links and reviews due.
import path from "node:path";
import { parseArgs } from "node:util";
import { buildModel } from "../src/content/index.ts";
import { coverageOf } from "../src/content/coverage.ts";
import { translationStatus } from "../src/i18n/translation-status.ts";
import { collectionNames } from "../src/schema/index.ts";
import { allGuides } from "../src/content/model.ts";
import { describeReviewDue, reviewDay, reviewsDue } from "../src/content/reviews.ts";
import { coreRoles, targets } from "./content-targets.ts";
import { headingMarkdown, missingSections } from "../src/content/sections.ts";

const { values } = parseArgs({ options: { content: { type: "string", default: "content" }, strict: { type: "boolean", default: false } } });
const model = await buildModel(path.resolve(values.content));
const coverage = coverageOf(model);

const failures: string[] = [];
const check = (ok: boolean, text: string) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${text}`);
  if (!ok) failures.push(text);
};

console.log(`Content report for ${values.content}/\n`);
check(coverage.counts.roles >= targets.roles, `${coverage.counts.roles} roles (target ${targets.roles})`);
check(coverage.counts.skills >= targets.skills, `${coverage.counts.skills} skills (target ${targets.skills})`);
check(coverage.counts.technologies >= targets.technologies, `${coverage.counts.technologies} technologies (target ${targets.technologies})`);

console.log("\nRoles, words in the guide:");
for (const entry of coverage.words.filter((word) => word.type === "role")) {
  const target = coreRoles.includes(entry.sourcePath) ? targets.coreRoleWords : targets.roleWords;
  check(entry.words >= target, `${entry.sourcePath.padEnd(42)} ${String(entry.words).padStart(5)} words (target ${target})`);
}
for (const type of ["skill", "technology"] as const) {
  const words = coverage.words
    .filter((word) => word.type === type)
    .map((word) => word.words)
    .sort((a, b) => a - b);
  const median = words[Math.floor(words.length / 2)] ?? 0;
  console.log(
    `\n${type === "skill" ? "Skills" : "Technologies"}: ${words.length} guides, words min ${words[0] ?? 0}, median ${median}, max ${words.at(-1) ?? 0}, total ${words.reduce((a, b) => a + b, 0)}`,
  );
}

console.log(`\nOrphans: ${coverage.orphans.length}`);
for (const gap of coverage.orphans) console.log(`  ${gap.sourcePath}: ${gap.message}`);
console.log(`Missing back-links: ${coverage.missingBackLinks.length}`);
for (const gap of coverage.missingBackLinks) console.log(`  ${gap.sourcePath}: ${gap.message}`);
// Reviews due are reported, not failed: like the build's warning, they ask for work without blocking anything.
const review = model.settings.review;
const due = reviewsDue(allGuides(model), review, reviewDay());
console.log(`\nReviews due (last checked more than ${review.maxAge} ago, or never), oldest first: ${due.length}`);
for (const item of due) console.log(`  ${describeReviewDue(item)}`);
// Sections site.yaml only recommends are listed, not failed: required ones already stop the build.
const lacking = allGuides(model)
  .filter((guide) => model.settings.sections[collectionOf(guide.sourcePath)] === "recommended")
  .map((guide) => ({ guide, missing: missingSections(collectionOf(guide.sourcePath), guide.headings) }))
  .filter(({ missing }) => missing.length > 0);
if (Object.values(model.settings.sections).includes("recommended")) {
  console.log(`\nGuides without every recommended section: ${lacking.length}`);
  for (const { guide, missing } of lacking) console.log(`  ${guide.sourcePath}: ${missing.map(headingMarkdown).join(", ")}`);
}
if (coverage.orphans.length > 0) failures.push("orphans");
if (coverage.missingBackLinks.length > 0) failures.push("missing back-links");

for (const status of translationStatus(model)) {
  const counts = collectionNames.map((collection) => `${status.counts[collection].translated} of ${status.counts[collection].total} ${collection}`).join(", ");
  console.log(`\nTranslations into ${status.language}: ${counts}`);
  console.log(`  Older than their original: ${status.outdated.length}`);
  for (const item of status.outdated) console.log(`    ${item.sourcePath} (${item.translated}) is older than ${item.originalPath} (${item.original})`);
}

/** The collection a guide's source path lies in, like "skills" for skills/sql.md. */
function collectionOf(sourcePath: string): (typeof collectionNames)[number] {
  return collectionNames.find((name) => sourcePath.startsWith(`${name}/`)) ?? "roles";
}

console.log(failures.length === 0 ? "\nEvery target is met." : `\n${failures.length} target(s) not met.`);
process.exitCode = values.strict && failures.length > 0 ? 1 : 0;
