// The role comparison tests' shared starting point: the comparison data of the reader fixture.
import assert from "node:assert/strict";
import { buildModel } from "../../src/content/index.ts";
import { compareData, type CompareData } from "../../src/compare/compare-data.ts";
import type { RoleProfile } from "../../src/compare/role-profile.ts";
import { fixture } from "../support/harness.ts";

/** The reader fixture's comparison data, and its role profiles by slug. */
export async function readerComparisons(): Promise<{ data: CompareData; role: (slug: string) => RoleProfile }> {
  const data = compareData(await buildModel(fixture("reader")), "/");
  const role = (slug: string): RoleProfile => {
    const found = data.roles.find((candidate) => candidate.slug === slug);
    assert.ok(found, `no role ${slug}`);
    return found;
  };
  return { data, role };
}
