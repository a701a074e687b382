import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Guide, Role, Skill, Technology } from "../../src/content/model.ts";
import { feedEntries } from "../../src/views/feed.ts";
import { guideTypeLabel } from "../../src/views/guide-type.ts";

/** Just enough of a guide for the feed's order. */
function guide<T extends Guide>(type: T["type"], slug: string, lastModified: string): T {
  return { type, slug, lastModified } as T;
}

describe("feed views", () => {
  it("lists the most recently changed guides first, then roles, skills and technologies, then by slug", () => {
    const model = {
      roles: [guide<Role>("role", "b-role", "2026-03-01"), guide<Role>("role", "a-role", "2026-01-01")],
      skills: [guide<Skill>("skill", "sql", "2026-03-01"), guide<Skill>("skill", "css", "2026-05-01")],
      technologies: [guide<Technology>("technology", "react", "2026-03-01")],
    };
    assert.deepEqual(
      feedEntries(model).map((entry) => entry.slug),
      ["css", "b-role", "sql", "react", "a-role"],
    );
    assert.deepEqual(
      feedEntries(model, 2).map((entry) => entry.slug),
      ["css", "b-role"],
    );
  });

  it("names each kind of guide as readers see it", () => {
    assert.deepEqual(
      (["role", "skill", "technology"] as const).map((type) => guideTypeLabel({ type })),
      ["Role", "Skill", "Technology"],
    );
  });
});
