// Writes the images guides show into the output folder: each is processed once by eleventy-img (AVIF, WebP and a
// fallback, at a few widths) and kept in a cache folder, so later builds and the dev loop only copy files.
import { copyFile, mkdir, mkdtemp, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import Image from "@11ty/eleventy-img";
import type { ImageAsset } from "../content/markdown/images.ts";
import { imageUrlPath } from "../content/markdown/images.ts";
import { mapInBatches } from "../lib/batches.ts";
import { projectRoot } from "../lib/project-paths.ts";

/** Where processed images are kept between builds: named after a hash of their source and options, so never stale. */
export const imageCacheDir = path.join(projectRoot, ".cache", "images");

/** What writing the images did. */
export interface ImagesWritten {
  /** Images processed in this run (not found in the cache). */
  processed: number;
  /** Images whose files came from the cache. */
  reused: number;
  /** Files now in the output folder's images/ folder. */
  files: number;
}

/**
 * Puts every file of `images` into `<outputDir>/images/`, processing only the images the cache lacks; with `prune`,
 * removes files there that no image needs any more (the dev loop, whose output folder lives on between runs).
 */
export async function writeImages(
  images: readonly ImageAsset[],
  outputDir: string,
  options: { cacheDir?: string; prune?: boolean } = {},
): Promise<ImagesWritten> {
  const cacheDir = options.cacheDir ?? imageCacheDir;
  const target = path.join(outputDir, imageUrlPath.replace(/^\/|\/$/g, ""));
  const wanted = new Set(images.flatMap((image) => image.files));
  if (options.prune) {
    const present = await readdir(target).catch(() => [] as string[]);
    await Promise.all(present.filter((name) => !wanted.has(name)).map((name) => rm(path.join(target, name), { force: true })));
  }
  if (images.length === 0) return { processed: 0, reused: 0, files: 0 };
  await mkdir(cacheDir, { recursive: true });
  await mkdir(target, { recursive: true });
  let processed = 0;
  // A few at a time: eleventy-img already uses every core for one image's formats and widths.
  await mapInBatches(
    images,
    async (image) => {
      if (!(await allExist(cacheDir, image.files))) {
        await processInto(image, cacheDir);
        processed += 1;
      }
      await Promise.all(
        image.files.map(async (file) => {
          if (!(await exists(path.join(target, file)))) await copyFile(path.join(cacheDir, file), path.join(target, file));
        }),
      );
    },
    4,
  );
  return { processed, reused: images.length - processed, files: wanted.size };
}

/** Processes one image into a private folder, then moves each file into the cache, so no reader sees half a file. */
async function processInto(image: ImageAsset, cacheDir: string): Promise<void> {
  const scratch = await mkdtemp(path.join(cacheDir, ".processing-"));
  try {
    const made = await Image(image.source, { ...image.options, outputDir: scratch });
    const names = new Set(
      Object.values(made)
        .flat()
        .map((stat) => stat.filename),
    );
    const lacking = image.files.filter((file) => !names.has(file));
    if (lacking.length > 0) throw new Error(`${image.source}: processing made ${[...names].join(", ")}, expected ${lacking.join(", ")}`);
    for (const file of image.files) await rename(path.join(scratch, file), path.join(cacheDir, file));
  } catch (error) {
    throw new Error(`could not process the image ${path.relative(process.cwd(), image.source)}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function allExist(folder: string, files: readonly string[]): Promise<boolean> {
  for (const file of files) if (!(await exists(path.join(folder, file)))) return false;
  return true;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
