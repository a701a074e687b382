// Every kind of bad content fails the build with a message naming the file and field, and leaves the previous output alone.
import assert from "node:assert/strict";
import { appendFile, chmod, mkdir, readdir, readFile, readlink, rename, rm, stat, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { copyFixture, fixture, hashTree, runCli, tempDir } from "../support/harness.ts";

interface BadCase {
  name: string;
  /** Changes a fresh copy of the basic fixture. */
  mutate(dir: string): Promise<void>;
  /** Substrings the error output must contain: the file, the line or field, and what is wrong. */
  expect: string[];
  /** Substrings it must not contain, like a follow-on error that hides the real one. */
  refuse?: string[];
}

/** A folder beside the content copy, outside it, for cases that link out of the content folder; removed with the copy. */
function outside(dir: string): string {
  return `${dir}-outside`;
}

const role = "roles/back-end-developer.md";
const skill = "skills/sql.md";
const tech = "technologies/postgresql.md";

async function edit(dir: string, file: string, change: (text: string) => string): Promise<void> {
  const full = path.join(dir, file);
  await writeFile(full, change(await readFile(full, "utf8")));
}

function replaceLine(find: string | RegExp, replacement: string) {
  return (text: string) => {
    const changed = text.replace(find, replacement);
    if (changed === text) throw new Error(`fixture text not found: ${String(find)}`);
    return changed;
  };
}

const cases: BadCase[] = [
  {
    name: "invalid YAML indentation",
    mutate: (d) => edit(d, role, replaceLine("aliases:\n  - Backend engineer", "aliases:\n  - Backend engineer\n bad: [")),
    expect: [`${role}:`, "invalid YAML"],
  },
  {
    name: "front matter never closed",
    mutate: (d) => edit(d, skill, (t) => t.replace(/\n---\n\n## What it is/, "\n\n## What it is")),
    expect: [`${skill}:1`, "never closed"],
  },
  { name: "no front matter at all", mutate: (d) => writeFile(path.join(d, skill), "## Just a body\n"), expect: [`${skill}:1`, "no front matter"] },
  { name: "empty file", mutate: (d) => writeFile(path.join(d, skill), ""), expect: [`${skill}:1`, "empty"] },
  {
    name: "JavaScript front matter",
    mutate: (d) => writeFile(path.join(d, skill), '---js\n{ title: require("fs").readFileSync("/etc/passwd", "utf8") }\n---\nBody\n'),
    expect: [`${skill}:1`, "JavaScript front matter"],
  },
  {
    name: "JSON front matter",
    mutate: (d) => writeFile(path.join(d, skill), '---json\n{ "title": "SQL" }\n---\nBody\n'),
    expect: [`${skill}:1`, "expected YAML"],
  },
  { name: "missing required field", mutate: (d) => edit(d, skill, replaceLine(/summary: .*\n/, "")), expect: [skill, "summary:", "missing required field"] },
  {
    name: "unknown field with a suggestion",
    mutate: (d) => edit(d, role, replaceLine("technologies:\n", "skils: []\ntechnologies:\n")),
    expect: [`${role}:13 skils:`, 'unknown field "skils"', 'did you mean "skills"?'],
  },
  {
    name: "permalink in front matter",
    mutate: (d) => edit(d, tech, replaceLine("kind: database\n", "kind: database\npermalink: ../../../escape.html\n")),
    expect: [`${tech}:7 permalink:`, "not allowed"],
  },
  {
    name: "layout in front matter",
    mutate: (d) => edit(d, tech, replaceLine("kind: database\n", "kind: database\nlayout: evil.njk\n")),
    expect: [`${tech}:7 layout:`, "not allowed"],
  },
  {
    name: "eleventyComputed in front matter",
    mutate: (d) => edit(d, tech, replaceLine("kind: database\n", "kind: database\neleventyComputed:\n  title: x\n")),
    expect: [`${tech}:7 eleventyComputed:`, "not allowed"],
  },
  {
    name: "templateEngineOverride in front matter",
    mutate: (d) => edit(d, tech, replaceLine("kind: database\n", "kind: database\ntemplateEngineOverride: njk\n")),
    expect: [`${tech}:7 templateEngineOverride:`, "not allowed"],
  },
  {
    name: "title given as a list",
    mutate: (d) => edit(d, skill, replaceLine("title: SQL\n", "title:\n  - SQL\n")),
    expect: [`${skill}:2 title:`, "found a list, expected text"],
  },
  {
    name: "aliases given as text",
    mutate: (d) => edit(d, skill, replaceLine("aliases:\n  - Structured Query Language\n", "aliases: Structured Query Language\n")),
    expect: [`${skill}:4 aliases:`, "expected a list"],
  },
  {
    name: "impossible date",
    mutate: (d) => edit(d, role, replaceLine("updated: 2026-06-15", "updated: 2026-02-30")),
    expect: [`${role}:`, "updated:", '"2026-02-30"', "exists on the calendar"],
  },
  {
    name: "non-ISO date",
    mutate: (d) => edit(d, role, replaceLine("published: 2026-03-01", "published: March 1, 2026")),
    expect: [`${role}:`, "published:", "YYYY-MM-DD"],
  },
  {
    name: "file name that is not a slug",
    mutate: async (d) => {
      await writeFile(path.join(d, "skills/Data_Modelling.md"), (await readFile(path.join(d, skill), "utf8")).replace("title: SQL", "title: Data modelling"));
    },
    expect: ["skills/Data_Modelling.md", "not a valid slug", "rename it to data-modelling.md"],
  },
  {
    name: "slugs that differ only by case",
    mutate: async (d) => {
      await writeFile(path.join(d, "skills/SQL.md"), await readFile(path.join(d, skill), "utf8"));
    },
    expect: ["skills/", "duplicate slug", "sql"],
  },
  {
    name: "unknown skill with a suggestion",
    mutate: (d) => edit(d, role, replaceLine("    - sql\n    - query-plan-analysis", "    - sqll\n    - query-plan-analysis")),
    expect: [`${role}:9 skills.required[0]:`, 'unknown skill "sqll"', 'did you mean "sql"?'],
  },
  {
    name: "unknown technology",
    mutate: (d) => edit(d, role, replaceLine("  - postgresql\nworksWith", "  - postgress\nworksWith")),
    expect: [`${role}:14 technologies[0]:`, 'unknown technology "postgress"', 'did you mean "postgresql"?'],
  },
  {
    name: "unknown role in worksWith",
    mutate: (d) => edit(d, role, replaceLine("worksWith:\n  - front-end-developer", "worksWith:\n  - designer")),
    expect: [`${role}:16 worksWith[0]:`, 'unknown role "designer"'],
  },
  {
    name: "role that works with itself",
    mutate: (d) => edit(d, role, replaceLine("worksWith:\n  - front-end-developer", "worksWith:\n  - back-end-developer")),
    expect: [`${role}:16 worksWith[0]:`, "cannot name itself"],
  },
  {
    name: "skill under two importance levels",
    mutate: (d) => edit(d, role, replaceLine("  recommended:\n    - web-accessibility", "  recommended:\n    - sql")),
    expect: [`${role}:12 skills.recommended[0]:`, "already listed under skills.required"],
  },
  {
    name: "slug listed twice",
    mutate: (d) => edit(d, role, replaceLine("  - postgresql\nworksWith", "  - postgresql\n  - postgresql\nworksWith")),
    expect: [`${role}:15 technologies[1]:`, '"postgresql" is listed twice'],
  },
  {
    name: "prerequisite cycle",
    mutate: (d) => edit(d, skill, replaceLine("technologies:\n  - postgresql\n", "technologies:\n  - postgresql\nprerequisites:\n  - query-plan-analysis\n")),
    expect: ["prerequisites[0]:", "prerequisites form a cycle", "skills/query-plan-analysis.md", "skills/sql.md"],
  },
  {
    name: "unknown category with a suggestion",
    mutate: (d) => edit(d, skill, replaceLine("category: data-and-databases", "category: data-and-databse")),
    expect: [`${skill}:6 category:`, '"data-and-databse"', 'did you mean "data-and-databases"?'],
  },
  {
    name: "unknown technology kind",
    mutate: (d) => edit(d, tech, replaceLine("kind: database", "kind: databse")),
    expect: [`${tech}:6 kind:`, 'did you mean "database"?'],
  },
  {
    name: "homepage that is not a web address",
    mutate: (d) => edit(d, tech, replaceLine("homepage: https://www.postgresql.org/", "homepage: javascript:alert(1)")),
    expect: [`${tech}:7 homepage:`, "https://"],
  },
  {
    name: "file that is not UTF-8",
    mutate: (d) => writeFile(path.join(d, skill), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x41, 0x0a])),
    expect: [skill, "not valid UTF-8"],
  },
  {
    name: "file over the size limit",
    mutate: (d) => appendFile(path.join(d, skill), `\n${"Long text. ".repeat(30000)}\n`),
    expect: [skill, "expected at most 256 KB"],
  },
  { name: "file that is not Markdown", mutate: (d) => writeFile(path.join(d, "skills/notes.txt"), "notes"), expect: ["skills/notes.txt", "not Markdown"] },
  {
    name: "duplicate YAML key",
    mutate: (d) => edit(d, skill, replaceLine("category: data-and-databases\n", "category: data-and-databases\ncategory: security\n")),
    expect: [`${skill}:7`, "invalid YAML", "each field may appear once"],
  },
  {
    name: "summary over the length limit",
    mutate: (d) => edit(d, skill, replaceLine(/summary: .*\n/, `summary: ${"word ".repeat(80)}\n`)),
    expect: [`${skill}:3 summary:`, "at most 300 characters"],
  },
  {
    name: "two guides with the same title",
    mutate: (d) => edit(d, "skills/web-accessibility.md", replaceLine("title: Web accessibility", "title: SQL")),
    expect: ["skills/web-accessibility.md:2 title:", "duplicate title"],
  },
  { name: "a collection folder missing", mutate: (d) => rm(path.join(d, "technologies"), { recursive: true }), expect: ["technologies", "folder is missing"] },
  {
    name: "no required skills",
    mutate: (d) => edit(d, "roles/front-end-developer.md", replaceLine("  required:\n    - web-accessibility\n", "  required: []\n")),
    expect: ["roles/front-end-developer.md:7 skills.required:", "at least one required skill"],
  },
  {
    name: "YAML tag that would build an object",
    mutate: (d) => edit(d, skill, replaceLine("title: SQL", 'title: !!js/function "function () {}"')),
    expect: [`${skill}:2`, "invalid YAML"],
  },
  {
    name: "a YAML anchor and alias, together with a problem in another file",
    mutate: async (d) => {
      await edit(d, skill, replaceLine("title: SQL\nsummary: The language for asking relational databases questions.", "title: &name SQL\nsummary: *name"));
      await edit(d, tech, replaceLine("kind: database", "kind: databse"));
    },
    expect: [`${skill}:2`, "anchor &name", `${skill}:3`, "alias *name", "not supported", `${tech}:6 kind:`, "3 problems"],
    refuse: ["Alias resolution"],
  },
  // Values the schema once accepted, all in one copy: each is reported, together with every other.
  {
    name: "control characters, invisible text and implausible dates, each in its own field",
    mutate: async (d) => {
      await edit(d, skill, (t) =>
        replaceLine(
          "title: SQL",
          'title: "SQL\\0"',
        )(
          replaceLine(
            "summary: The language",
            "summary: The \u001b[31mlanguage",
          )(
            replaceLine(
              "  - Structured Query Language",
              "  - Structured \u202eQuery Language",
            )(replaceLine("published: 2026-01-10", "published: 0000-01-01")(replaceLine("SQL reads and changes", "SQL \u0007reads and changes")(t))),
          ),
        ),
      );
      await edit(d, "skills/web-accessibility.md", replaceLine("title: Web accessibility", "title: \u200b\u200c\u2060"));
      await edit(d, "skills/query-plan-analysis.md", replaceLine("published: 2026-01-12", "published: 9999-12-31"));
      await edit(d, role, replaceLine("updated: 2026-06-15", "updated: 2026-01-01"));
      await edit(d, tech, replaceLine("homepage: https://www.postgresql.org/", 'homepage: "https://www.postgre\\nsql.org/"'));
    },
    expect: [
      `${skill}:2 title: found the control character U+0000 (NUL)`,
      `${skill}:3 summary: found the control character U+001B (ESC)`,
      `${skill}:5 aliases[0]: found the control character U+202E`,
      `${skill}:9 published: found "0000-01-01", expected a date from 1990-01-01`,
      `${skill}:14 found the control character U+0007`,
      "skills/web-accessibility.md:2 title: found only invisible characters (U+200B, U+200C, U+2060)",
      'skills/query-plan-analysis.md:11 published: found "9999-12-31"',
      "a year from today",
      `${role}:20 updated: found "2026-01-01", before the published date 2026-03-01`,
      `${tech}:7 homepage: found the control character U+000A`,
      "9 problems",
    ],
    refuse: ["\u001b["],
  },
  // Everything the content folder holds besides guides, all in one copy.
  {
    name: "unknown folders and files, links out of the folder or to nothing, and a file name that would steer the terminal",
    mutate: async (d) => {
      await mkdir(path.join(d, "role"));
      await writeFile(path.join(d, "role", "x.md"), "---\ntitle: X\n---\n");
      await writeFile(path.join(d, "skils.md"), "x");
      await writeFile(path.join(d, "README.md"), "# Our guides\n");
      await mkdir(path.join(d, ".git"));
      await mkdir(outside(d));
      await writeFile(path.join(outside(d), "secret.md"), "---\ntitle: Secret\n---\n");
      await symlink(path.join(outside(d), "secret.md"), path.join(d, "skills", "secret.md"));
      await symlink(path.join(d, "nothing-here.md"), path.join(d, "skills", "gone.md"));
      await writeFile(path.join(d, "skills", "a\u001b[2J.md"), (await readFile(path.join(d, skill), "utf8")).replace("title: SQL", "title: Escape"));
    },
    expect: [
      'role unknown folder "role" in the content folder',
      'did you mean "roles"?',
      'skils.md unknown file "skils.md"',
      'did you mean "skills"?',
      "skills/secret.md found a symbolic link to",
      "outside the content folder; guides are read only from inside it",
      "skills/gone.md found a symbolic link that leads nowhere",
      "skills/a\\u001b[2J.md",
      "not a valid slug",
      "5 problems",
    ],
    refuse: ["\u001b[2J", 'unknown file "README.md"', 'unknown folder ".git"'],
  },
  {
    name: "a collection folder that is a symbolic link out of the content folder",
    mutate: async (d) => {
      await rename(path.join(d, "technologies"), outside(d));
      await symlink(outside(d), path.join(d, "technologies"));
    },
    expect: ["technologies the technologies folder is a symbolic link", "outside the content folder", "1 problem"],
    refuse: ["unknown technology"],
  },
  {
    name: "one broken guide that others name, reported once",
    mutate: (d) => edit(d, skill, (t) => t.replace(/\n---\n\n## What it is/, "\n\n## What it is")),
    expect: [`${skill}:1`, "never closed", "1 problem"],
    refuse: ["unknown skill"],
  },
  {
    name: "unknown field in a nested group",
    mutate: (d) => edit(d, role, replaceLine("  recommended:\n", "  optional:\n    - sql\n  recommended:\n")),
    expect: [`${role}:11 skills.optional:`, 'unknown field "optional"'],
  },
];

describe("bad input", { concurrency: 2 }, () => {
  let workDir: string;
  let outputDir: string;
  let before_: Map<string, string>;

  before(async () => {
    workDir = await tempDir();
    outputDir = path.join(workDir, "site");
    const first = await runCli(["build", "--content", fixture("basic"), "--output", outputDir]);
    assert.equal(first.code, 0, first.stderr);
    before_ = await hashTree(outputDir);
  });

  after(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it("has at least 30 cases", () => {
    assert.ok(cases.length >= 30, `only ${cases.length} cases`);
  });

  for (const badCase of cases) {
    it(`rejects ${badCase.name}`, async () => {
      const contentDir = await copyFixture("basic");
      try {
        await badCase.mutate(contentDir);
        const result = await runCli(["build", "--content", contentDir, "--output", outputDir], { cwd: undefined });
        const output = result.stderr.replaceAll(contentDir + path.sep, "").replaceAll(contentDir.split(path.sep).join("/") + "/", "");
        assert.notEqual(result.code, 0, "the build should fail");
        for (const expected of badCase.expect) assert.ok(output.includes(expected), `expected "${expected}" in:\n${output}`);
        for (const refused of badCase.refuse ?? []) assert.ok(!output.includes(refused), `expected no "${refused}" in:\n${output}`);
        assert.match(output, /previous output is unchanged/);
        assert.deepEqual(await hashTree(outputDir), before_, "the previous output must stay byte-for-byte as it was");
      } finally {
        await rm(contentDir, { recursive: true, force: true });
        await rm(outside(contentDir), { recursive: true, force: true });
      }
    });
  }
});

describe("bad input that is not content", () => {
  it("refuses an output folder that holds someone else's files", async () => {
    const dir = await tempDir();
    try {
      await mkdir(path.join(dir, "mine"));
      await writeFile(path.join(dir, "mine", "precious.txt"), "keep me");
      const result = await runCli(["build", "--content", fixture("basic"), "--output", path.join(dir, "mine")]);
      assert.notEqual(result.code, 0);
      assert.match(result.stderr, /was not written by Role Guides/);
      assert.equal(await readFile(path.join(dir, "mine", "precious.txt"), "utf8"), "keep me");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("refuses an output folder that contains the content", async () => {
    const result = await runCli(["build", "--content", fixture("basic"), "--output", path.dirname(fixture("basic"))]);
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, /would contain the content folder/);
  });

  it("refuses an existing file given as the output folder, and leaves it as it was", async () => {
    const dir = await tempDir();
    try {
      await writeFile(path.join(dir, "CONTRIBUTING.md"), "# How to help\n");
      const result = await runCli(["build", "--content", fixture("basic"), "--output", "CONTRIBUTING.md"], { cwd: dir });
      assert.notEqual(result.code, 0);
      assert.match(result.stderr, /--output .*CONTRIBUTING\.md: this is a file, not a folder/);
      assert.equal(await readFile(path.join(dir, "CONTRIBUTING.md"), "utf8"), "# How to help\n");
      assert.deepEqual(await readdir(dir), ["CONTRIBUTING.md"], "nothing else is written beside it");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  for (const [what, makeTarget] of [
    [
      "someone else's folder",
      async (dir: string) => {
        await mkdir(path.join(dir, "theirs"));
        await writeFile(path.join(dir, "theirs", "keep.txt"), "keep me");
        return path.join(dir, "theirs");
      },
    ],
    [
      "a file",
      async (dir: string) => {
        await writeFile(path.join(dir, "notes.txt"), "keep me");
        return path.join(dir, "notes.txt");
      },
    ],
    [
      "an empty folder",
      async (dir: string) => {
        await mkdir(path.join(dir, "empty"));
        return path.join(dir, "empty");
      },
    ],
  ] as const) {
    it(`refuses a symbolic link to ${what} as the output folder, and leaves link and target as they were`, async () => {
      const dir = await tempDir();
      try {
        const target = await makeTarget(dir);
        await symlink(target, path.join(dir, "site"));
        const before = await hashTree(dir);
        const result = await runCli(["build", "--content", fixture("basic"), "--output", path.join(dir, "site")]);
        assert.notEqual(result.code, 0);
        assert.match(result.stderr, /--output .*site: this is a symbolic link/);
        assert.equal(await readlink(path.join(dir, "site")), target);
        assert.deepEqual(await hashTree(dir), before);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  }

  it("refuses an output folder that reaches into the content folder through a symbolic link", async () => {
    const contentDir = await copyFixture("basic");
    const dir = await tempDir();
    try {
      await symlink(contentDir, path.join(dir, "content-link"));
      const result = await runCli(["build", "--content", contentDir, "--output", path.join(dir, "content-link", "site")]);
      assert.notEqual(result.code, 0);
      assert.match(result.stderr, /the output folder is inside the content folder/);
      assert.deepEqual((await readdir(contentDir)).sort(), ["roles", "skills", "technologies"]);
    } finally {
      await rm(contentDir, { recursive: true, force: true });
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("creates the output folder with the usual permissions, 0777 less the umask", async () => {
    const dir = await tempDir();
    try {
      const result = await runCli(["build", "--content", fixture("basic"), "--output", path.join(dir, "site")]);
      assert.equal(result.code, 0, result.stderr);
      const umask = process.umask();
      assert.equal((await stat(path.join(dir, "site"))).mode & 0o777, 0o777 & ~umask);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("builds into an empty folder someone made without replacing the folder, and keeps its permissions", async () => {
    const dir = await tempDir();
    try {
      const out = path.join(dir, "public");
      await mkdir(out, { mode: 0o750 });
      const before = await stat(out);
      const result = await runCli(["build", "--content", fixture("basic"), "--output", out]);
      assert.equal(result.code, 0, result.stderr);
      const after = await stat(out);
      assert.equal(after.ino, before.ino, "the same folder, not a new one in its place");
      assert.equal(after.mode & 0o777, 0o750);
      assert.ok((await readdir(out)).includes("index.html"));
      assert.deepEqual(await readdir(dir), ["public"], "no staging folder left beside it");
      const again = await runCli(["build", "--content", fixture("basic"), "--output", out]);
      assert.equal(again.code, 0, again.stderr);
      assert.equal((await stat(out)).mode & 0o777, 0o750, "the next build keeps the folder's permissions");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("reports an unreadable guide by name, together with every other problem", async () => {
    const contentDir = await copyFixture("basic");
    const dir = await tempDir();
    try {
      // Root reads any file whatever its mode, so the build runs as an ordinary user there.
      const user = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
      await chmod(path.join(contentDir, "skills", "web-accessibility.md"), 0o000);
      await writeFile(
        path.join(contentDir, "technologies", "javascript.md"),
        (await readFile(path.join(contentDir, "technologies", "javascript.md"), "utf8")).replace(/kind: \w+/, "kind: langauge"),
      );
      for (const folder of [contentDir, dir]) await chmod(folder, 0o777);
      const result = await runCli(["build", "--content", contentDir, "--output", path.join(dir, "site")], { user });
      const output = result.stderr.replaceAll(`${contentDir}/`, "");
      assert.notEqual(result.code, 0);
      assert.match(output, /skills\/web-accessibility\.md the file cannot be read: permission denied \(EACCES\)/);
      assert.match(output, /technologies\/javascript\.md:\d+ kind: found "langauge"/);
      assert.doesNotMatch(output, /unknown skill "web-accessibility"/);
      assert.match(output, /The content has 2 problems/);
    } finally {
      await rm(contentDir, { recursive: true, force: true });
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("refuses a base URL holding a line break in one line about --base-url", async () => {
    const result = await runCli([
      "build",
      "--content",
      fixture("basic"),
      "--output",
      "/tmp/never-written",
      "--base-url",
      "https://example.org/guides/\n<script>",
    ]);
    assert.notEqual(result.code, 0);
    assert.equal(result.stderr.trim().split("\n").length, 1, result.stderr);
    assert.match(result.stderr, /^--base-url: found the control character U\+000A/);
  });

  it("refuses a base URL with a quote in its path, or a password in it", async () => {
    for (const [value, message] of [
      ["/gu'ides/", /--base-url: found "'" in the path/],
      ["https://me:secret@example.org/", /--base-url: found a user name or password/],
    ] as const) {
      const result = await runCli(["build", "--content", fixture("basic"), "--output", "/tmp/never-written", "--base-url", value]);
      assert.notEqual(result.code, 0);
      assert.match(result.stderr, message);
    }
  });

  it("refuses a --host that is not an address", async () => {
    const result = await runCli(["serve", "--output", "/tmp/never-written", "--host", "127.0.0.1\nx"]);
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, /--host: found "127\.0\.0\.1\\nx", expected an address/);
  });

  it("refuses a base URL that is not a URL", async () => {
    const result = await runCli(["build", "--content", fixture("basic"), "--output", "/tmp/never-written", "--base-url", "ftp://example.org/"]);
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, /--base-url: found the scheme "ftp:"/);
  });
});
