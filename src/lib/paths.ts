// File-system path checks shared by every step that reads or writes.
import path from "node:path";

/** Whether `target` resolves to a path inside `folder` (and is not `folder` itself). */
export function isInside(folder: string, target: string): boolean {
  const relative = path.relative(path.resolve(folder), path.resolve(target));
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}
