// Set-up for tests that need git history: a throwaway repository with commits at fixed dates, isolated from any user config.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Runs git in `cwd` as an anonymous user with no global or system configuration, committing at `date` when given. */
export async function git(cwd: string, args: string[], date?: string): Promise<string> {
  const when = date ? `${date}T12:00:00+00:00` : undefined;
  const env = {
    ...process.env,
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_AUTHOR_NAME: "Test",
    GIT_AUTHOR_EMAIL: "test@example.org",
    GIT_COMMITTER_NAME: "Test",
    GIT_COMMITTER_EMAIL: "test@example.org",
    ...(when ? { GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when } : {}),
  };
  const { stdout } = await run("git", ["-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", ...args], { cwd, env });
  return stdout;
}

/** Stages everything in the repository and commits it on `date` (YYYY-MM-DD). */
export async function commitAll(cwd: string, message: string, date: string): Promise<void> {
  await git(cwd, ["add", "-A"]);
  await git(cwd, ["commit", "-q", "-m", message], date);
}
