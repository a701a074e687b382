// The reader's marked skills, kept only in this browser's localStorage under one key, by skill slug.
import { readStored, writeStored } from "../../browser/_storage.ts";

/** The localStorage key of the marks: {"version":1,"skills":["sql",…]}. */
export const marksKey = "role-guides:skills";

/** The marked skill slugs; an empty set when nothing is stored or what is stored is unreadable. */
export function loadMarks(): Set<string> {
  try {
    const data = JSON.parse(readStored(marksKey) ?? "null") as { version?: unknown; skills?: unknown } | null;
    if (data?.version !== 1 || !Array.isArray(data.skills)) return new Set();
    return new Set(data.skills.filter((skill): skill is string => typeof skill === "string"));
  } catch {
    return new Set();
  }
}

/** Stores the marks, or removes the key when there are none; false when storage is unavailable. */
export function saveMarks(marks: ReadonlySet<string>): boolean {
  return writeStored(marksKey, marks.size === 0 ? null : JSON.stringify({ version: 1, skills: [...marks].sort() }));
}

/** Calls `listener` with the new marks whenever another tab changes them. */
export function onMarksChangedElsewhere(listener: (marks: Set<string>) => void): void {
  window.addEventListener("storage", (event) => {
    if (event.key === marksKey || event.key === null) listener(loadMarks());
  });
}
