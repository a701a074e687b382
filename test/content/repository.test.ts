// Repository settings for "Edit this page" links: site.yaml, the --repository option, and the link itself.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { editUrl, parseRepositoryOption, repositoryFromSettings } from "../../src/content/repository.ts";
import { SiteSettingsSchema } from "../../src/schema/site.ts";
import { tempDir } from "../support/harness.ts";

describe("repository settings", () => {
  const acme = { url: "https://github.com/acme/guides", branch: "main", contentPath: "content" };

  it("reads the repository from site.yaml, finding the content folder's path in its git checkout when none is given", async () => {
    const dir = await tempDir();
    try {
      const settings = (repository?: unknown) => SiteSettingsSchema.parse(repository === undefined ? {} : { repository });
      await mkdir(path.join(dir, "docs", "guides"), { recursive: true });
      assert.equal(await repositoryFromSettings(settings(), dir), undefined, "no repository setting");
      assert.deepEqual(await repositoryFromSettings(settings({ url: "https://github.com/acme/guides/", path: "content" }), dir), acme);
      assert.deepEqual(await repositoryFromSettings(settings({ url: "https://github.com/acme/guides" }), path.join(dir, "docs", "guides")), { ...acme, contentPath: "" }, "not in a checkout: the root");
      execFileSync("git", ["init", "-q"], { cwd: dir });
      assert.deepEqual(await repositoryFromSettings(settings({ url: "https://github.com/acme/guides", branch: "trunk" }), path.join(dir, "docs", "guides")), { ...acme, branch: "trunk", contentPath: "docs/guides" });
      assert.deepEqual(await repositoryFromSettings(settings({ url: "https://github.com/acme/guides" }), dir), { ...acme, contentPath: "" }, "the checkout's root");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("takes --repository as a repository address, a content folder's address, or none", () => {
    assert.deepEqual(parseRepositoryOption("https://github.com/acme/guides", { ...acme, branch: "trunk" }), { ...acme, branch: "trunk" });
    assert.deepEqual(parseRepositoryOption("https://github.com/acme/guides/tree/release/docs/guides/"), { url: "https://github.com/acme/guides", branch: "release", contentPath: "docs/guides" });
    assert.equal(parseRepositoryOption("none", acme), null);
    assert.equal(parseRepositoryOption("", acme), null);
    assert.throws(() => parseRepositoryOption("github.com/acme/guides"), /--repository: found "github\.com\/acme\/guides", expected the repository's web address/);
    assert.throws(() => parseRepositoryOption("http://example.org/guides"), /expected an https:\/\/ address/);
  });

  it("links to the file's edit page on its branch", () => {
    assert.equal(editUrl(acme, "roles/back-end-developer.md"), "https://github.com/acme/guides/edit/main/content/roles/back-end-developer.md");
    assert.equal(editUrl({ ...acme, branch: "feature/new roles", contentPath: "" }, "skills/sql.md"), "https://github.com/acme/guides/edit/feature/new%20roles/skills/sql.md");
  });
});
