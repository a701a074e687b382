// Where the generator's own files live, so it works from any working directory.
import path from "node:path";

/** The generator's root folder (the one holding package.json). */
export const projectRoot = path.resolve(import.meta.dirname, "../..");

/** The generator's source folder. */
export const sourceDir = path.join(projectRoot, "src");

/** The page templates Eleventy renders. */
export const layoutsDir = path.join(projectRoot, "layouts");

/** The Eleventy configuration file. */
export const eleventyConfigPath = path.join(projectRoot, ".eleventy.ts");
