// Repository settings for "Edit this page" links: package.json, the --repository option, and the link itself.
import assert from "node:assert/strict";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { editUrl, parseRepositoryOption, repositoryFromPackageJson } from "../../src/content/repository.ts";
import { tempDir } from "../support/harness.ts";

describe("repository settings", () => {
  const acme = { url: "https://github.com/acme/guides", branch: "main", contentPath: "content" };

  it("reads roleGuides.repository from package.json, with defaults for the branch and folder", async () => {
    const dir = await tempDir();
    try {
      assert.equal(repositoryFromPackageJson(dir), undefined, "no package.json");
      await writeFile(path.join(dir, "package.json"), JSON.stringify({ roleGuides: { repository: { url: "https://github.com/acme/guides/" } } }));
      assert.deepEqual(repositoryFromPackageJson(dir), acme);
      await mkdir(path.join(dir, "empty"));
      await writeFile(path.join(dir, "empty", "package.json"), "{}");
      assert.equal(repositoryFromPackageJson(path.join(dir, "empty")), undefined, "no field");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("takes --repository as a repository address, a content folder's address, or none", () => {
    assert.deepEqual(parseRepositoryOption("https://github.com/acme/guides", { ...acme, branch: "trunk" }), { ...acme, branch: "trunk" });
    assert.deepEqual(parseRepositoryOption("https://github.com/acme/guides/tree/release/docs/guides/"), { url: "https://github.com/acme/guides", branch: "release", contentPath: "docs/guides" });
    assert.equal(parseRepositoryOption("none", acme), undefined);
    assert.equal(parseRepositoryOption("", acme), undefined);
    assert.throws(() => parseRepositoryOption("github.com/acme/guides"), /--repository: found "github\.com\/acme\/guides", expected the repository's web address/);
    assert.throws(() => parseRepositoryOption("http://example.org/guides"), /expected an https:\/\/ address/);
  });

  it("links to the file's edit page on its branch", () => {
    assert.equal(editUrl(acme, "roles/back-end-developer.md"), "https://github.com/acme/guides/edit/main/content/roles/back-end-developer.md");
    assert.equal(editUrl({ ...acme, branch: "feature/new roles", contentPath: "" }, "skills/sql.md"), "https://github.com/acme/guides/edit/feature/new%20roles/skills/sql.md");
  });
});
