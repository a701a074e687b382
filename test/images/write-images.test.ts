// Writing the images guides show: processed once by eleventy-img, kept in a cache, copied into the output folder's
// images/ only, and byte for byte the same from one build to the next.
import assert from "node:assert/strict";
import { readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { buildModel } from "../../src/content/index.ts";
import type { ImageAsset } from "../../src/content/markdown/images.ts";
import { writeImages } from "../../src/images/write-images.ts";
import { fixture, hashTree, tempDir } from "../support/harness.ts";

describe("writing images", () => {
  let images: ImageAsset[];
  let root: string;
  before(async () => {
    images = (await buildModel(fixture("markdown-from-elsewhere"))).images;
    root = await tempDir();
  });
  after(() => rm(root, { recursive: true, force: true }));

  it("writes every file of every image into the output folder's images/ and nowhere else in it", async () => {
    const output = path.join(root, "first");
    const written = await writeImages(images, output, { cacheDir: path.join(root, "cache-a") });
    assert.deepEqual(written, { processed: 2, reused: 0, files: 12 });
    assert.deepEqual(await readdir(output), ["images"]);
    const files = (await readdir(path.join(output, "images"))).sort();
    assert.deepEqual(files, images.flatMap((image) => image.files).sort());
    assert.deepEqual(
      files
        .map((file) => path.extname(file))
        .filter((extension, index, all) => all.indexOf(extension) === index)
        .sort(),
      [".avif", ".png", ".webp"],
    );
  });

  it("gives the same bytes when processed again from nothing, and reuses the cache without processing", async () => {
    await writeImages(images, path.join(root, "second"), { cacheDir: path.join(root, "cache-b") });
    assert.deepEqual(await hashTree(path.join(root, "second")), await hashTree(path.join(root, "first")));
    const again = await writeImages(images, path.join(root, "third"), { cacheDir: path.join(root, "cache-b") });
    assert.deepEqual(again, { processed: 0, reused: 2, files: 12 });
    assert.deepEqual(await hashTree(path.join(root, "third")), await hashTree(path.join(root, "first")));
  });

  it("removes files no image needs any more when pruning (the dev loop), and only from images/", async () => {
    const output = path.join(root, "dev");
    await writeImages(images, output, { cacheDir: path.join(root, "cache-a") });
    await writeFile(path.join(output, "images", "gone-480.avif"), "an image no guide shows any more");
    await writeFile(path.join(output, "page.html"), "not an image");
    await writeImages(images.slice(0, 1), output, { cacheDir: path.join(root, "cache-a"), prune: true });
    assert.deepEqual((await readdir(path.join(output, "images"))).sort(), [...(images[0]?.files ?? [])].sort());
    assert.deepEqual((await readdir(output)).sort(), ["images", "page.html"]);
  });
});
