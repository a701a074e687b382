// Writes a Pagefind index's files ourselves, from Pagefind's in-memory copy. Pagefind 1.5's own writeFiles answers
// before its writes have reached the disk (it writes through tokio without flushing), so a file read straight after
// can still be empty; written here, every file is complete when the promise resolves.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PagefindIndex } from "pagefind";
import { mapInBatches } from "../lib/batches.ts";
import { isInside } from "../lib/paths.ts";

/** Writes every file of `index` under `outputDir` (its bundle folder, like <site>/pagefind); returns Pagefind's errors. */
export async function writeIndexFiles(index: PagefindIndex, outputDir: string): Promise<string[]> {
  const { files, errors } = await index.getFiles();
  if (errors.length > 0) return errors;
  await mkdir(outputDir, { recursive: true });
  await mapInBatches(files, async (file) => {
    const target = path.join(outputDir, file.path);
    if (!isInside(outputDir, target)) throw new Error(`Pagefind named a file outside its folder ${outputDir}: ${file.path}`);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.content);
  });
  return [];
}
