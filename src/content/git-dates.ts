// When each guide file last changed, from git history: one `git log` over the content folder for every file at once.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Settings that keep git's output plain whatever the user's configuration. */
const plainGit = ["-c", "log.showSignature=false", "-c", "core.quotePath=false"];

/**
 * Returns, for every file under `contentDir` that git history knows, the day of its last commit (YYYY-MM-DD),
 * keyed by its path relative to `contentDir` in forward slashes. Returns an empty map when there is no usable history:
 * not a git checkout, git not installed, or a file seen only at the edge of a shallow clone.
 */
export async function lastCommitDates(contentDir: string): Promise<Map<string, string>> {
  const dates = new Map<string, string>();
  const shallow = await git(contentDir, ["rev-parse", "--is-shallow-repository"]);
  if (shallow === undefined) return dates;
  // %x1e starts each commit's record; %P is empty for a root commit and for a shallow clone's boundary commits.
  const log = await git(contentDir, ["log", "--format=%x1e%cs %P", "--name-only", "--relative", "--no-renames", "--", "."]);
  if (log === undefined) return dates;
  for (const record of log.split("\x1e").slice(1)) {
    const [header = "", ...files] = record.split("\n");
    const [date = "", ...parents] = header.trim().split(" ");
    // In a shallow clone the boundary commit lists every file as new, which says nothing about when each changed.
    if (shallow.trim() === "true" && parents.length === 0) continue;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
    for (const file of files) {
      if (file === "") continue;
      const known = dates.get(file);
      if (known === undefined || date > known) dates.set(file, date);
    }
  }
  return dates;
}

async function git(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run("git", [...plainGit, ...args], { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, GIT_OPTIONAL_LOCKS: "0" } });
    return stdout;
  } catch {
    return undefined;
  }
}
