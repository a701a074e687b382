// Where the generator's own files live, so it works from any working directory, from its sources (through tsx) or from
// their compiled copy in .cache/compiled/ (scripts/role-guides.js).
import { existsSync } from "node:fs";
import path from "node:path";

/** Whether this code runs from the compiled copy (JavaScript) rather than from the TypeScript sources. */
export const runsCompiled = import.meta.url.endsWith(".js");

/** The folder holding the running code's src/, layouts/ and Eleventy configuration: the root, or its compiled copy. */
const codeRoot = path.resolve(import.meta.dirname, "../..");

/** The generator's root folder (the one holding package.json), whichever copy of the code runs. */
export const projectRoot = nearestPackageFolder(codeRoot);

/** The generator's source folder: styles, browser scripts, messages and images are always read from here. */
export const sourceDir = path.join(projectRoot, "src");

/** The page templates Eleventy renders (compiled to `.11ty.js` in the compiled copy). */
export const layoutsDir = path.join(codeRoot, "layouts");

/** The Eleventy configuration file. */
export const eleventyConfigPath = path.join(codeRoot, runsCompiled ? ".eleventy.js" : ".eleventy.ts");

/** The file ending of page templates: `11ty.ts`, or `11ty.js` in the compiled copy. */
export const templateExtension = runsCompiled ? "11ty.js" : "11ty.ts";

function nearestPackageFolder(folder: string): string {
  for (let current = folder; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, "package.json"))) return current;
    if (path.dirname(current) === current) return folder;
  }
}
