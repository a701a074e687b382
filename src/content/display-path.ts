// How messages show a path: relative to the working directory when inside it, with forward slashes.
import path from "node:path";

/** A path relative to the working directory with forward slashes, as messages show it. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return (relative.startsWith("..") || relative === "" ? file : relative).split(path.sep).join("/");
}
