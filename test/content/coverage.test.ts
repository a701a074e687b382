import assert from "node:assert/strict";
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { buildModel } from "../../src/content/index.ts";
import { coverageOf } from "../../src/content/coverage.ts";
import { coreRoles, targets } from "../../scripts/content-targets.ts";
import { fixture, projectRoot, tempDir } from "../support/harness.ts";

describe("coverage", () => {
  it("finds nothing missing in a fully linked fixture", async () => {
    const coverage = coverageOf(await buildModel(fixture("basic")));
    assert.deepEqual(coverage.counts, { roles: 2, skills: 3, technologies: 2 });
    assert.deepEqual(coverage.orphans, []);
    assert.deepEqual(coverage.missingBackLinks, []);
  });

  it("reports a skill no role needs and a one-way works-with link", async () => {
    const dir = await tempDir();
    try {
      await cp(fixture("basic"), dir, { recursive: true });
      const sql = await readFile(path.join(dir, "skills/sql.md"), "utf8");
      await writeFile(path.join(dir, "skills/lonely.md"), sql.replace("title: SQL", "title: Lonely skill"));
      const front = path.join(dir, "roles/front-end-developer.md");
      await writeFile(front, (await readFile(front, "utf8")).replace("worksWith:\n  - back-end-developer\n", ""));
      const coverage = coverageOf(await buildModel(dir));
      // Front-end no longer names back-end, so no role leads to back-end either.
      assert.deepEqual(coverage.orphans.map((gap) => gap.sourcePath).sort(), ["roles/back-end-developer.md", "skills/lonely.md"]);
      assert.equal(coverage.missingBackLinks.length, 1);
      assert.match(coverage.missingBackLinks[0]?.message ?? "", /does not list back-end-developer in worksWith/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("the bundled guides", () => {
  it("meet the counts, lengths and linking the project promises", async () => {
    const coverage = coverageOf(await buildModel(path.join(projectRoot, "content")));
    assert.ok(coverage.counts.roles >= targets.roles, `${coverage.counts.roles} roles`);
    assert.ok(coverage.counts.skills >= targets.skills, `${coverage.counts.skills} skills`);
    assert.ok(coverage.counts.technologies >= targets.technologies, `${coverage.counts.technologies} technologies`);
    for (const entry of coverage.words.filter((word) => word.type === "role")) {
      const core = coreRoles.includes(entry.sourcePath);
      assert.ok(entry.words >= (core ? targets.coreRoleWords : targets.roleWords), `${entry.sourcePath} has ${entry.words} words`);
    }
    assert.deepEqual(coverage.orphans, []);
    assert.deepEqual(coverage.missingBackLinks, []);
  });
});
