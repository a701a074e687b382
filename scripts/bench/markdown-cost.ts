// What highlighted code and processed images cost: the time spent highlighting every code block of a synthetic site,
// against the time its whole build took, and the time to process a set of images from nothing and from the cache.
import { mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { createMarkdown } from "../../src/content/render.ts";
import { highlightCode } from "../../src/content/markdown/highlight.ts";
import { ImageLibrary, isShown, type ImageAsset } from "../../src/content/markdown/images.ts";
import { writeImages } from "../../src/images/write-images.ts";
import type { MeasureReport, TargetRow } from "./optional-measures.ts";

/** The most highlighting may add to a build, as a share of its time. */
export const highlightingBudget = 0.05;

/** Time spent in the highlighter for every fenced code block of a content folder. */
export async function measureHighlighting(contentDir: string): Promise<{ blocks: number; milliseconds: number }> {
  const markdown = createMarkdown();
  const fences: Array<{ code: string; info: string }> = [];
  for (const collection of await readdir(contentDir)) {
    const folder = path.join(contentDir, collection);
    for (const name of (await readdir(folder).catch(() => [] as string[])).filter((file) => file.endsWith(".md"))) {
      const text = await readFile(path.join(folder, name), "utf8");
      for (const token of markdown.parse(text.replace(/^---\n[\s\S]*?\n---\n/, ""), {}))
        if (token.type === "fence") fences.push({ code: token.content, info: token.info });
    }
  }
  // The first block pays for loading Prism's languages, as the first block of a build does.
  const started = performance.now();
  for (const fence of fences) highlightCode(fence.code, fence.info);
  return { blocks: fences.length, milliseconds: performance.now() - started };
}

/** Processes `count` generated diagrams from nothing, then again from the cache into a fresh output folder. */
export async function measureImages(count: number): Promise<{ files: number; coldMs: number; warmMs: number }> {
  const work = await mkdtemp(path.join(tmpdir(), "role-guides-images-"));
  try {
    const content = path.join(work, "content");
    await mkdir(path.join(content, "images"), { recursive: true });
    for (let index = 0; index < count; index++) {
      const hue = (index * 47) % 360;
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="1600" height="900" fill="hsl(${hue},30%,96%)"/>${Array.from({ length: 12 }, (_, box) => `<rect x="${60 + box * 125}" y="${200 + ((box * 37 + index * 11) % 400)}" width="100" height="${120 + box * 9}" rx="12" fill="hsl(${(hue + box * 23) % 360},55%,45%)"/>`).join("")}<text x="60" y="120" font-size="64" font-family="sans-serif">Request flow ${index + 1}</text></svg>`;
      await sharp(Buffer.from(svg))
        .png()
        .toFile(path.join(content, "images", `diagram-${index + 1}.png`));
    }
    const library = new ImageLibrary(content, []);
    const guide = path.join(content, "skills", "guide.md");
    const assets = Array.from({ length: count }, (_, index) => library.resolve(`../images/diagram-${index + 1}.png`, guide))
      .filter(isShown)
      .flatMap((image) => (image.kind === "local" ? [image.asset] : [])) satisfies ImageAsset[];
    const cache = path.join(work, "cache");
    let started = performance.now();
    const cold = await writeImages(assets, path.join(work, "cold"), { cacheDir: cache });
    const coldMs = performance.now() - started;
    started = performance.now();
    await writeImages(assets, path.join(work, "warm"), { cacheDir: cache });
    return { files: cold.files, coldMs, warmMs: performance.now() - started };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The report's section: highlighting against the build at each synthetic size, and images cold and warm. */
export async function markdownCostReport(sites: ReadonlyMap<number, { contentDir: string; buildMs: number }>, imageCount = 12): Promise<MeasureReport> {
  const lines = [
    "## Highlighted code and images",
    "",
    "Time spent highlighting every code block of the synthetic guides (Prism, at build time), against the whole build of the same guides; and a set of 1600 × 900 PNG diagrams processed into AVIF, WebP and PNG at three widths, from nothing and then from the cache (`.cache/images/`).",
    "",
    "| Guides | Code blocks | Highlighting | Build | Share of the build |",
    "| ---: | ---: | ---: | ---: | ---: |",
  ];
  const targets: TargetRow[] = [];
  for (const [size, site] of sites) {
    const { blocks, milliseconds } = await measureHighlighting(site.contentDir);
    const share = milliseconds / site.buildMs;
    lines.push(`| ${size} | ${blocks} | ${(milliseconds / 1000).toFixed(2)} s | ${(site.buildMs / 1000).toFixed(1)} s | ${(share * 100).toFixed(1)} % |`);
    if (size === 4000)
      targets.push({
        target: "Highlighting code at 4,000 guides: at most 5 % of the build",
        measured: `${(share * 100).toFixed(1)} % (${(milliseconds / 1000).toFixed(2)} s of ${(site.buildMs / 1000).toFixed(1)} s)`,
        met: share <= highlightingBudget,
      });
  }
  const images = await measureImages(imageCount);
  lines.push(
    "",
    `${imageCount} images (${images.files} files): ${(images.coldMs / 1000).toFixed(1)} s to process from nothing, ${Math.round(images.warmMs)} ms from the cache in a later build or dev run.`,
  );
  return { lines, targets };
}
