// Last-commit dates from git history: one call for every file, and no date where history cannot tell.
import assert from "node:assert/strict";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { lastCommitDates } from "../../src/content/git-dates.ts";
import { tempDir } from "../support/harness.ts";
import { commitAll, git } from "./git-history.ts";

describe("last-commit dates from git", () => {
  let root: string;
  let repo: string;

  before(async () => {
    root = await tempDir();
    repo = path.join(root, "repo");
    await mkdir(path.join(repo, "content", "roles"), { recursive: true });
    await git(repo, ["init", "-q"]);
    await writeFile(path.join(repo, "content", "roles", "a.md"), "a\n");
    await writeFile(path.join(repo, "content", "roles", "b.md"), "b\n");
    await writeFile(path.join(repo, "README.md"), "readme\n");
    await commitAll(repo, "Add a and b", "2026-01-05");
    await writeFile(path.join(repo, "content", "roles", "a.md"), "a, changed\n");
    await commitAll(repo, "Change a", "2026-02-10");
    await writeFile(path.join(repo, "content", "roles", "b.md"), "b, changed\n");
    await writeFile(path.join(repo, "README.md"), "readme, changed\n");
    await commitAll(repo, "Change b", "2026-03-15");
    await writeFile(path.join(repo, "content", "roles", "new.md"), "not committed\n");
  });
  after(() => rm(root, { recursive: true, force: true }));

  it("gives each committed file under the content folder the day of its last commit, keyed by its path there", async () => {
    const dates = await lastCommitDates(path.join(repo, "content"));
    assert.deepEqual(Object.fromEntries(dates), { "roles/a.md": "2026-02-10", "roles/b.md": "2026-03-15" });
  });

  it("gives no date to files that only the boundary commit of a shallow clone shows", async () => {
    const oneDeep = path.join(root, "depth-1");
    const twoDeep = path.join(root, "depth-2");
    await git(root, ["clone", "-q", "--depth", "1", `file://${repo}`, oneDeep]);
    await git(root, ["clone", "-q", "--depth", "2", `file://${repo}`, twoDeep]);
    assert.deepEqual(Object.fromEntries(await lastCommitDates(path.join(oneDeep, "content"))), {});
    assert.deepEqual(Object.fromEntries(await lastCommitDates(path.join(twoDeep, "content"))), { "roles/b.md": "2026-03-15" });
  });

  it("gives no dates outside a git checkout, as in an unpacked tarball", async () => {
    const plain = path.join(root, "plain", "content");
    await mkdir(plain, { recursive: true });
    await writeFile(path.join(plain, "a.md"), "a\n");
    assert.deepEqual(Object.fromEntries(await lastCommitDates(plain)), {});
  });
});
