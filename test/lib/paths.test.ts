import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { isInside } from "../../src/lib/paths.ts";

describe("isInside", () => {
  it("accepts paths below a folder, however they are spelt", () => {
    assert.ok(isInside("/site", "/site/roles/x/index.html"));
    assert.ok(isInside("/site/", "/site/a/../b"));
  });

  it("refuses the folder itself, its parents, siblings with a common prefix and escapes through ..", () => {
    assert.ok(!isInside("/site", "/site"));
    assert.ok(!isInside("/site", "/"));
    assert.ok(!isInside("/site", "/site-secret/file"));
    assert.ok(!isInside("/site", "/site/../etc/passwd"));
  });

  it("reads relative paths from the working directory", () => {
    assert.ok(isInside(".", path.join(process.cwd(), "package.json")));
    assert.ok(!isInside("src", "package.json"));
  });
});
