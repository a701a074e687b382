// Which source files changed before the current Eleventy run, so that in watch mode a plugin can skip the work an edit
// does not touch. A run that is not a watch rebuild (the first one, or one after a configuration reset) changed everything.
import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { isInside } from "./output-guard.ts";

/** What changed before a run: everything, or only these files (absolute paths). */
export type RunChanges = { everything: true } | { everything: false; files: readonly string[] };

const changesByConfig = new WeakMap<UserConfig, { current: RunChanges }>();

/** Returns a function that tells, during a run, what changed before it; listens to Eleventy's watch events once per configuration. */
export function trackChanges(eleventyConfig: UserConfig): () => RunChanges {
  let tracked = changesByConfig.get(eleventyConfig);
  if (!tracked) {
    const state: { current: RunChanges } = { current: { everything: true } };
    changesByConfig.set(eleventyConfig, state);
    eleventyConfig.on("eleventy.beforeWatch", (changedFiles) => {
      state.current = { everything: false, files: changedFiles.map((file) => path.resolve(file)) };
    });
    tracked = state;
  }
  const state = tracked;
  return () => state.current;
}

/** Whether a run's changes may touch anything under `folder`. */
export function changedUnder(changes: RunChanges, folder: string): boolean {
  return changes.everything || changes.files.some((file) => file === path.resolve(folder) || isInside(folder, file));
}

/** Whether every change of a run lies under `folder` (false for a run that changed everything). */
export function changedOnlyUnder(changes: RunChanges, folder: string): boolean {
  return !changes.everything && changes.files.every((file) => isInside(folder, file));
}
