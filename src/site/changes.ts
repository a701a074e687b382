// Which source files changed before the current Eleventy run, so that in watch mode a plugin can skip the work an edit
// does not touch. A run that is not a watch rebuild (the first one, or one after a configuration reset) changed everything.
import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { isInside } from "../lib/paths.ts";
import type { BuildContext, RunChanges } from "./context.ts";

/** Keeps `context.changes` up to date from Eleventy's watch events. */
export default function changesPlugin(eleventyConfig: UserConfig, context: BuildContext): void {
  eleventyConfig.on("eleventy.beforeWatch", (changedFiles) => {
    context.changes = { everything: false, files: changedFiles.map((file) => path.resolve(file)) };
  });
}

/** Whether a run's changes may touch anything under `folder`. */
export function changedUnder(changes: RunChanges, folder: string): boolean {
  return changes.everything || changes.files.some((file) => file === path.resolve(folder) || isInside(folder, file));
}

/** Whether every change of a run lies under `folder` (false for a run that changed everything). */
export function changedOnlyUnder(changes: RunChanges, folder: string): boolean {
  return !changes.everything && changes.files.every((file) => isInside(folder, file));
}
