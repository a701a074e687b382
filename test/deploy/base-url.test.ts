// Where the command line takes the base URL from: --base-url, then BASE_URL, then roleGuides.baseUrl in the
// package.json of the folder it runs in, then "/". `serve` reports the path prefix it settled on, and uses the same
// option as `build`; the builds in the other deploy tests show what the base URL does to the output.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { packageBaseUrl } from "../../src/lib/package-config.ts";
import { projectRoot } from "../../src/lib/project-paths.ts";
import { tempDir } from "../support/harness.ts";

const cli = path.join(projectRoot, "src", "cli.ts");

/** Runs `serve` in `cwd` until it prints its first line (or exits); returns what it printed. */
function firstOutput(args: string[], cwd: string, env: Record<string, string | undefined>): Promise<string> {
  return new Promise((resolve, reject) => {
    // An absolute loader URL, because `--import tsx` would be looked up from the temporary folder.
    const child = spawn(process.execPath, ["--import", import.meta.resolve("tsx"), cli, ...args], {
      cwd,
      env: { ...process.env, BASE_URL: undefined, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const finish = () => {
      child.kill();
      resolve(output);
    };
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("\n")) finish();
    });
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", () => resolve(output));
  });
}

describe("the base URL setting", () => {
  let project: string;

  before(async () => {
    project = await tempDir();
    await writeFile(path.join(project, "package.json"), JSON.stringify({ name: "our-guides", roleGuides: { baseUrl: "https://example.org/from-package/" } }));
  });
  after(() => rm(project, { recursive: true, force: true }));

  /** The path prefix `serve` reports, which comes from the base URL the command line settled on. */
  async function prefixChosen(args: string[], env: Record<string, string | undefined> = {}): Promise<string> {
    const output = await firstOutput(["serve", "--port", "0", "--output", path.join(project, "site"), ...args], project, env);
    const match = /at http:\/\/[^/]+(\/\S*) /.exec(output);
    assert.ok(match, `serve printed no address: ${output}`);
    return match[1]!;
  }

  it("comes from roleGuides.baseUrl in package.json when neither the flag nor BASE_URL is given", async () => {
    assert.equal(await prefixChosen([]), "/from-package/");
  });

  it("prefers BASE_URL to package.json, and --base-url to both", async () => {
    assert.equal(await prefixChosen([], { BASE_URL: "https://example.org/from-env/" }), "/from-env/");
    assert.equal(await prefixChosen(["--base-url", "https://example.org/from-flag/"], { BASE_URL: "https://example.org/from-env/" }), "/from-flag/");
  });

  it("names where a bad base URL came from: the option, BASE_URL or package.json", async () => {
    assert.match(await firstOutput(["serve", "--port", "0", "--base-url", "ftp://example.org/"], project, {}), /^--base-url: found the scheme "ftp:"/m);
    assert.match(await firstOutput(["serve", "--port", "0"], project, { BASE_URL: "ftp://example.org/" }), /^BASE_URL: found the scheme "ftp:"/m);
    await writeFile(path.join(project, "package.json"), JSON.stringify({ roleGuides: { baseUrl: "ftp://example.org/b/" } }));
    try {
      assert.match(await firstOutput(["serve", "--port", "0"], project, {}), /^package\.json roleGuides\.baseUrl: found the scheme "ftp:"/m);
    } finally {
      await writeFile(path.join(project, "package.json"), JSON.stringify({ name: "our-guides", roleGuides: { baseUrl: "https://example.org/from-package/" } }));
    }
  });

  it("defaults to / without a package.json, and names the file when the field is not a string", async () => {
    const empty = await tempDir();
    try {
      assert.equal(packageBaseUrl(empty), undefined);
      await writeFile(path.join(empty, "package.json"), JSON.stringify({ roleGuides: { baseUrl: 42 } }));
      assert.throws(() => packageBaseUrl(empty), /package\.json: roleGuides\.baseUrl: found 42, expected a string/);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
