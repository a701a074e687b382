// `npm run check -- --watch`, as the editor's background task runs it: checks again after every change.
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { projectRoot } from "../support/harness.ts";
import { cleanContentWith, type CheckContent } from "./fixture.ts";

describe("checking as files change", () => {
  let content: CheckContent;
  let child: ChildProcess;
  let output = "";

  /** Waits until the output holds `count` finished runs, failing after a minute rather than hanging. */
  async function runs(count: number): Promise<string[]> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const finished = output
        .split(/^Checking /m)
        .slice(1)
        .filter((run) => /^(No problems: |\d+ errors? and )/m.test(run));
      if (finished.length >= count) return finished;
      if (Date.now() > deadline) throw new Error(`Gave up waiting for run ${count}; output so far:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  before(async () => {
    content = await cleanContentWith();
    child = spawn(process.execPath, ["--import", "tsx", path.join(projectRoot, "src", "cli.ts"), "check", "--watch", "--content", content.dir], {
      cwd: projectRoot,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  });

  after(async () => {
    child.kill();
    await content.cleanup();
  });

  it("checks once at the start, then again after a file changes", async () => {
    const [first] = await runs(1);
    assert.match(first ?? "", /^No problems: 6 guides checked/m);
    const file = path.join(content.dir, "skills", "sql.md");
    await writeFile(file, (await readFile(file, "utf8")).replace("[PostgreSQL](/technologies/postgresql/)", "[PostgreSQL](/technologies/postgres/)"));
    const [, second] = await runs(2);
    assert.match(second ?? "", /skills\/sql\.md:40 link to \/technologies\/postgres\/: no technology "postgres" — did you mean \/technologies\/postgresql\/\?/);
    assert.equal(child.exitCode, null, "the watcher keeps running after finding errors");
  });
});
