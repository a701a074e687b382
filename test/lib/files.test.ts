import assert from "node:assert/strict";
import { mkdir, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { compareUtf8, listFiles } from "../../src/lib/files.ts";
import { tempDir } from "../support/harness.ts";

describe("listFiles", () => {
  it("lists every file below a folder with forward slashes, in UTF-8 byte order, following no symbolic link", async () => {
    const dir = await tempDir();
    const outside = await tempDir();
    try {
      await mkdir(path.join(dir, "roles/x"), { recursive: true });
      for (const file of ["roles/x/index.html", "Z.html", "a.html", "é.html", "roles/index.html"]) await writeFile(path.join(dir, file), "");
      await writeFile(path.join(outside, "secret.html"), "");
      await symlink(outside, path.join(dir, "linked-folder"));
      await symlink(path.join(outside, "secret.html"), path.join(dir, "linked.html"));
      assert.deepEqual(await listFiles(dir), ["Z.html", "a.html", "roles/index.html", "roles/x/index.html", "é.html"]);
      assert.deepEqual(await listFiles(dir, (file) => file.startsWith("roles/")), ["roles/index.html", "roles/x/index.html"]);
      assert.deepEqual(await listFiles(dir, (file) => file.startsWith("linked"), { symlinks: true }), ["linked-folder", "linked.html"]);
    } finally {
      await rm(dir, { recursive: true, force: true });
      await rm(outside, { recursive: true, force: true });
    }
  });

  it("finds no files in a folder that does not exist", async () => {
    assert.deepEqual(await listFiles("/no/such/folder"), []);
  });
});

describe("compareUtf8", () => {
  it("orders by UTF-8 bytes, where JavaScript's comparison orders by UTF-16 units", () => {
    // U+FF5E (3 bytes in UTF-8) comes before U+1F600 (4 bytes) in UTF-8 order, after it in UTF-16 order.
    assert.ok(compareUtf8("\uff5e", "\u{1f600}") < 0);
    assert.ok("\uff5e" > "\u{1f600}");
  });
});
