// Measures the dev loop: how long after a guide is saved the dev server serves the change.
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startDevServer } from "../../src/dev.ts";
import { parseBaseUrl } from "../../src/settings.ts";

async function waitFor(url: string, text: string, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const body = await fetch(url).then((response) => response.text(), () => "");
    if (body.includes(text)) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${url} did not show "${text}" within ${timeoutMs} ms`);
}

/** Starts the dev server on a copy of `contentDir`, edits one guide `times` times and returns each save-to-served time in ms. */
export async function measureDevLoop(contentDir: string, guide: string, port: number, times = 5): Promise<number[]> {
  const work = await mkdtemp(path.join(tmpdir(), "role-guides-bench-dev-"));
  const content = path.join(work, "content");
  await cp(contentDir, content, { recursive: true });
  const server = await startDevServer({ contentDir: content, port, outputDir: path.join(work, "site"), ...parseBaseUrl("/") });
  const file = path.join(content, guide);
  const url = `http://localhost:${port}/${guide.replace(/\.md$/, "/")}`;
  const original = await readFile(file, "utf8");
  const timings: number[] = [];
  try {
    await waitFor(url, "<h1", 60_000);
    for (let run = 1; run <= times; run++) {
      const marker = `Benchmark edit number ${run}`;
      const started = performance.now();
      await writeFile(file, `${original.trimEnd()}\n\n${marker}.\n`);
      await waitFor(url, marker, 30_000);
      timings.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  } finally {
    await server.close();
    await rm(work, { recursive: true, force: true });
  }
  return timings;
}
