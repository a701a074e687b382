// The committed editor set-up: VS Code's problem matchers read `npm run check` output correctly.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { stripJsonComments } from "../../src/check/markdown-style.ts";
import { formatPlain } from "../../src/check/report.ts";
import { problemOf } from "../../src/check/rules.ts";
import { projectRoot } from "../support/harness.ts";

interface Matcher {
  fileLocation: [string, string];
  pattern: { regexp: string; severity: number; file: number; line: number; message: number; code: number };
  background?: { beginsPattern: string; endsPattern: string };
}

async function readJsonc<T>(file: string): Promise<T> {
  return JSON.parse(stripJsonComments(await readFile(path.join(projectRoot, file), "utf8"))) as T;
}

describe("the VS Code set-up", () => {
  const report = {
    guides: 2,
    seconds: 0.3,
    problems: [
      problemOf("broken-link", {
        file: "content/roles/a.md",
        line: 12,
        message: 'link to /skills/postgress/: no skill "postgress"',
        suggestion: "did you mean /skills/postgresql/?",
      }),
      problemOf("orphan", { file: "content/skills/b-c.md", line: 2, message: "no role lists this skill under skills" }),
      problemOf("content", { file: "content/roles/x.md", message: "the file is empty" }),
    ],
  };

  it("turns every problem line of the plain report into a problem at its file, line and severity", async () => {
    const { tasks } = await readJsonc<{ tasks: Array<{ label: string; problemMatcher: Matcher }> }>(".vscode/tasks.json");
    assert.equal(tasks.length, 2);
    for (const task of tasks) {
      const { pattern, fileLocation } = task.problemMatcher;
      assert.deepEqual(fileLocation, ["relative", "${workspaceFolder}"]);
      const matched = formatPlain(report)
        .split("\n")
        .flatMap((line) => {
          const found = new RegExp(pattern.regexp).exec(line);
          return found ? [[found[pattern.severity], found[pattern.file], found[pattern.line], found[pattern.code], found[pattern.message]]] : [];
        });
      assert.deepEqual(
        matched,
        [
          ["error", "content/roles/a.md", "12", "broken-link", 'link to /skills/postgress/: no skill "postgress" — did you mean /skills/postgresql/?'],
          ["error", "content/roles/x.md", undefined, "content", "the file is empty"],
          ["warning", "content/skills/b-c.md", "2", "orphan", "no role lists this skill under skills"],
        ],
        task.label,
      );
    }
  });

  it("knows when a background check starts and ends", async () => {
    const { tasks } = await readJsonc<{ tasks: Array<{ label: string; isBackground?: boolean; command: string; problemMatcher: Matcher }> }>(
      ".vscode/tasks.json",
    );
    const watching = tasks.find((task) => task.isBackground);
    assert.equal(watching?.command, "npm run check -- --watch");
    const background = watching?.problemMatcher.background;
    assert.match("Checking content/ …", new RegExp(background?.beginsPattern ?? "^$"));
    assert.match(formatPlain(report).split("\n").at(-1) ?? "", new RegExp(background?.endsPattern ?? "^$"));
    assert.match(formatPlain({ ...report, problems: [] }), new RegExp(background?.endsPattern ?? "^$"));
  });

  it("recommends the markdownlint and YAML extensions", async () => {
    const { recommendations } = await readJsonc<{ recommendations: string[] }>(".vscode/extensions.json");
    assert.deepEqual(recommendations, ["DavidAnson.vscode-markdownlint", "redhat.vscode-yaml"]);
  });
});
