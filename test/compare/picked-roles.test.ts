import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { pickedRoles } from "../../src/compare/picked-roles.ts";

describe("picked roles", () => {
  const known = new Set(["back-end-developer", "devops-engineer", "front-end-developer", "full-stack-developer"]);

  it("reads picked roles from ?roles= and repeated ?role=, keeping known, distinct roles up to three", () => {
    assert.deepEqual(pickedRoles(new URLSearchParams("roles=front-end-developer,back-end-developer"), known), {
      roles: ["front-end-developer", "back-end-developer"],
      unknown: [],
    });
    assert.deepEqual(pickedRoles(new URLSearchParams("role=devops-engineer&role=&role=devops-engineer&role=astronaut"), known), {
      roles: ["devops-engineer"],
      unknown: ["astronaut"],
    });
    assert.deepEqual(pickedRoles(new URLSearchParams("roles=front-end-developer,back-end-developer,full-stack-developer,devops-engineer"), known).roles, [
      "front-end-developer",
      "back-end-developer",
      "full-stack-developer",
    ]);
  });
});
