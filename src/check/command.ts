// The edge of `npm run check`: runs the checks, prints them for people or for GitHub, and can watch for changes.
import { watch } from "node:fs";
import { appendFile } from "node:fs/promises";
import { displayPath } from "../content/load.ts";
import { runChecks } from "./index.ts";
import { formatGithub, formatMarkdownSummary, formatPlain, hasErrors } from "./report.ts";

/** How the check was asked to run. */
export interface CheckCommandOptions {
  contentDir: string;
  /** Fix the Markdown style problems markdownlint can fix. */
  fix?: boolean;
  /** Keep running and check again after every change (for the editor's background task). */
  watch?: boolean;
  /** Print GitHub Actions annotations (set when GITHUB_ACTIONS=true). */
  github?: boolean;
}

/** Runs the check once and returns the exit code (1 when there are errors), or keeps watching and returns -1. */
export async function runCheckCommand(options: CheckCommandOptions): Promise<number> {
  if (!options.watch) return checkOnce(options);
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve(0);
  const again = () => {
    running = running.then(
      () => checkOnce(options),
      () => checkOnce(options),
    );
  };
  again();
  // Editors save in bursts (a temporary file, then a rename); one check after the burst is enough.
  watch(options.contentDir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(again, 150);
  });
  return -1;
}

async function checkOnce(options: CheckCommandOptions): Promise<number> {
  if (options.watch) console.log(`Checking ${displayPath(options.contentDir)}/ …`);
  const report = await runChecks(options.contentDir, { fix: options.fix });
  console.log(options.github ? formatGithub(report) : formatPlain(report));
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (options.github && summaryFile) await appendFile(summaryFile, formatMarkdownSummary(report));
  return hasErrors(report) ? 1 : 0;
}
