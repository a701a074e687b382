import assert from "node:assert/strict";
import path from "node:path";
import { before, describe, it } from "node:test";
import { buildModel } from "../../src/content/index.ts";
import type { SiteModel } from "../../src/content/model.ts";
import { learningPath, type PathSkill } from "../../src/roadmap/learning-path.ts";
import type { Importance } from "../../src/schema/index.ts";
import { fixture, projectRoot } from "../support/harness.ts";

/** A role's skills by importance, from slugs whose titles are the slugs themselves. */
function skills(required: string[], recommended: string[] = [], niceToHave: string[] = []): Record<Importance, PathSkill[]> {
  const links = (slugs: string[]) => slugs.map((slug) => ({ slug, title: slug }));
  return { required: links(required), recommended: links(recommended), niceToHave: links(niceToHave) };
}

/** A prerequisite lookup from a plain table. */
function prerequisites(table: Record<string, string[]>): (slug: string) => string[] {
  return (slug) => table[slug] ?? [];
}

function pathOf(model: SiteModel, roleSlug: string) {
  const role = model.roles.find((candidate) => candidate.slug === roleSlug);
  assert.ok(role, `no role ${roleSlug}`);
  const bySlug = new Map(model.skills.map((skill) => [skill.slug, skill.prerequisites.map((link) => link.slug)]));
  return learningPath(role.skills, (slug) => bySlug.get(slug) ?? []);
}

describe("learning path", () => {
  let model: SiteModel;
  before(async () => {
    model = await buildModel(fixture("roadmap"));
  });

  it("orders the fixture role's skills prerequisites first, then by stage, importance and title", () => {
    const steps = pathOf(model, "front-end-developer");
    assert.deepEqual(
      steps.map((step) => step.skill.slug),
      [
        "html", // required, nothing before it
        "css", // required, after html; wins over communication by importance
        "communication", // recommended, but accessibility (required) builds on it
        "accessibility", // required, after html and communication
        "browser-tools", // recommended; before debugging by title
        "debugging",
        "version-control", // nice to have, but testing builds on it through programming, which the role does not list
        "testing",
        "api-design", // nice to have; its prerequisite http is not the role's
      ],
    );
    assert.deepEqual(
      steps.map((step) => step.number),
      [1, 2, 3, 4, 5, 6, 7, 8, 9],
    );
  });

  it("lifts a less important prerequisite into the stage of the skill that needs it, keeping its own importance", () => {
    const steps = new Map(pathOf(model, "front-end-developer").map((step) => [step.skill.slug, step]));
    assert.deepEqual([steps.get("communication")?.stage, steps.get("communication")?.importance], ["required", "recommended"]);
    assert.deepEqual([steps.get("version-control")?.stage, steps.get("version-control")?.importance], ["recommended", "niceToHave"]);
    assert.deepEqual([steps.get("api-design")?.stage, steps.get("api-design")?.importance], ["niceToHave", "niceToHave"]);
  });

  it("says which of the role's skills come before each one, following prerequisites through unlisted skills", () => {
    const steps = new Map(pathOf(model, "front-end-developer").map((step) => [step.skill.slug, step.after]));
    assert.deepEqual(steps.get("accessibility"), ["communication", "html"]);
    assert.deepEqual(steps.get("testing"), ["version-control"]);
    assert.deepEqual(steps.get("api-design"), []);
  });

  it("puts required before recommended before nice to have when nothing connects them", () => {
    const steps = learningPath(skills(["zeta"], ["alpha"], ["aardvark"]), prerequisites({}));
    assert.deepEqual(
      steps.map((step) => step.skill.slug),
      ["zeta", "alpha", "aardvark"],
    );
  });

  it("puts a prerequisite first even when the role needs it less", () => {
    const steps = learningPath(skills(["build"], [], ["basics"]), prerequisites({ build: ["basics"] }));
    assert.deepEqual(
      steps.map((step) => step.skill.slug),
      ["basics", "build"],
    );
    assert.equal(steps[0]?.stage, "required");
  });

  it("breaks ties within a stage by the skill's own importance, then by title regardless of case", () => {
    const steps = learningPath(skills(["top", "Beta", "alpha"], ["lifted", "aardvark"]), prerequisites({ top: ["lifted"] }));
    // lifted joins the required stage but is only recommended itself, so the required skills ready to learn come first,
    // alpha before Beta; aardvark stays in the recommended stage.
    assert.deepEqual(
      steps.map((step) => step.skill.slug),
      ["alpha", "Beta", "lifted", "top", "aardvark"],
    );
  });

  it("gives the same path whatever order the guide lists the skills in", () => {
    const table = prerequisites({ c: ["a"], d: ["b", "c"], f: ["e"] });
    const forwards = learningPath(skills(["a", "b", "c", "d"], ["e", "f"]), table);
    const backwards = learningPath(skills(["d", "c", "b", "a"], ["f", "e"]), table);
    assert.deepEqual(backwards, forwards);
  });

  it("still lists every skill once, in priority order, when prerequisites form a cycle", () => {
    const steps = learningPath(skills(["a", "b", "c"]), prerequisites({ a: ["b"], b: ["a"], c: [] }));
    assert.deepEqual(steps.map((step) => step.skill.slug).sort(), ["a", "b", "c"]);
    assert.equal(steps[0]?.skill.slug, "c", "the skill outside the cycle is ready first");
  });

  it("keeps every bundled role's path complete and in order: each skill once, after its prerequisites, stages in order", async () => {
    const bundled = await buildModel(path.join(projectRoot, "content"));
    const stageRank = { required: 0, recommended: 1, niceToHave: 2 };
    for (const role of bundled.roles) {
      const steps = pathOf(bundled, role.slug);
      const listed = [...role.skills.required, ...role.skills.recommended, ...role.skills.niceToHave].map((skill) => skill.slug);
      assert.deepEqual(steps.map((step) => step.skill.slug).sort(), [...listed].sort(), `${role.slug}: every skill exactly once`);
      const position = new Map(steps.map((step, index) => [step.skill.slug, index]));
      for (const [index, step] of steps.entries()) {
        for (const before of step.after) assert.ok((position.get(before) ?? Infinity) < index, `${role.slug}: ${before} before ${step.skill.slug}`);
        const previous = steps[index - 1];
        if (previous) assert.ok(stageRank[previous.stage] <= stageRank[step.stage], `${role.slug}: stages in order at ${step.skill.slug}`);
        assert.ok(stageRank[step.stage] <= stageRank[step.importance], `${role.slug}: ${step.skill.slug} is never pushed later than its importance`);
      }
    }
  });
});
