// Listing the files of a folder tree, the one way every step that reads a built site or a content folder walks it.
import { readdir } from "node:fs/promises";
import path from "node:path";

/**
 * Every regular file under `dir`, as forward-slash paths relative to it, sorted by their UTF-8 bytes (the same order
 * on every machine and file system). Symbolic links are never followed; they are listed only with `symlinks: true`.
 * A missing `dir` has no files; any other error is thrown.
 */
export async function listFiles(dir: string, keep: (file: string) => boolean = () => true, options: { symlinks?: boolean } = {}): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const files = entries
    .filter((entry) => entry.isFile() || (options.symlinks === true && entry.isSymbolicLink()))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .filter(keep);
  return files.sort(compareUtf8);
}

/** Orders strings by their UTF-8 bytes, as Rust orders Strings (and unlike JavaScript's UTF-16 comparison). */
export function compareUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}
