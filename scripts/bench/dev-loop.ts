// Measures the dev loop: how long after a guide is saved the dev server serves the change, for an edit to the guide's
// text (only its own pages are rendered again) and an edit to its front matter (the pages that show it are).
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startDevServer } from "../../src/dev/dev-server.ts";
import { parseBaseUrl } from "../../src/site/base-url.ts";

async function waitFor(url: string, text: string, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const body = await fetch(url).then(
      (response) => response.text(),
      () => "",
    );
    if (body.includes(text)) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${url} did not show "${text}" within ${timeoutMs} ms`);
}

/** An edit to a guide: its new text, and a marker the served page shows once the edit is live. */
export type GuideEdit = (original: string, run: number) => { text: string; marker: string };

/** Adds a sentence at the end of the body. */
export const bodyEdit: GuideEdit = (original, run) => {
  const marker = `Benchmark edit number ${run}`;
  return { text: `${original.trimEnd()}\n\n${marker}.\n`, marker };
};

/** Rewrites the summary in the front matter, which other pages show too. */
export const frontMatterEdit: GuideEdit = (original, run) => {
  const marker = `Benchmark summary number ${run}`;
  return { text: original.replace(/^summary: .*$/m, `summary: ${marker}.`), marker };
};

/** Milliseconds from saving a guide to the dev server serving the change, for each kind of edit, in run order. */
export interface DevLoopTimings {
  body: number[];
  frontMatter: number[];
}

/** Starts the dev server on a copy of `contentDir` and edits one guide `times` times of each kind. */
export async function measureDevLoop(contentDir: string, guide: string, port: number, times = 5): Promise<DevLoopTimings> {
  const work = await mkdtemp(path.join(tmpdir(), "role-guides-bench-dev-"));
  const content = path.join(work, "content");
  await cp(contentDir, content, { recursive: true });
  const server = await startDevServer({ contentDir: content, port, outputDir: path.join(work, "site"), ...parseBaseUrl("/") });
  const file = path.join(content, guide);
  const url = `http://localhost:${port}/${guide.replace(/\.md$/, "/")}`;
  const original = await readFile(file, "utf8");
  try {
    await waitFor(url, "<h1", 60_000);
    const timeEdits = async (edit: GuideEdit): Promise<number[]> => {
      const timings: number[] = [];
      for (let run = 1; run <= times; run++) {
        const { text, marker } = edit(original, run);
        const started = performance.now();
        await writeFile(file, text);
        await waitFor(url, marker, 30_000);
        timings.push(performance.now() - started);
        // Let the background search index catch up, as it would between a person's saves.
        await new Promise((resolve) => setTimeout(resolve, 1500));
      }
      return timings;
    };
    return { body: await timeEdits(bodyEdit), frontMatter: await timeEdits(frontMatterEdit) };
  } finally {
    await server.close();
    await rm(work, { recursive: true, force: true });
  }
}
