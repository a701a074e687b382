// Lets Eleventy treat `*.11ty.ts` files as JavaScript templates (`*.11ty.js` in the compiled copy of the code), makes
// them the only template format, and tells listeners each page as soon as it is rendered.
import type { UserConfig } from "@11ty/eleventy";
import { templateExtension } from "../lib/project-paths.ts";

/**
 * Told the output path and HTML of each page as soon as Eleventy has rendered it (before transforms and writing); the
 * next page is rendered once the promise it may return has settled.
 */
export type PageListener = (outputPath: string, content: string) => void | Promise<void>;

const listenersByConfig = new WeakMap<UserConfig, PageListener[]>();

/** Registers `.11ty.ts` page templates (run through tsx, or compiled) as the site's only template format. */
export default function typescriptTemplates(eleventyConfig: UserConfig): void {
  const listeners = listenersOf(eleventyConfig);
  eleventyConfig.addExtension([templateExtension], {
    key: "11ty.js",
    // Eleventy's way to wrap an existing template language: its own JavaScript renderer does the work. Eleventy renders
    // every page before it runs the transforms and writes any, so this is the only moment a page can be seen early.
    compile: () =>
      async function (this: { defaultRenderer: (data: unknown) => Promise<unknown> }, data: { page: { outputPath: string | false } }) {
        const content = await this.defaultRenderer(data);
        if (typeof content === "string") flatten(content);
        const { outputPath } = data.page;
        if (typeof content === "string" && typeof outputPath === "string") for (const listener of listeners) await listener(outputPath, content);
        return content;
      },
  });
  eleventyConfig.setTemplateFormats([templateExtension]);
}

/**
 * Makes a page one flat string in place. A rendered page is a rope of the thousands of pieces its templates joined, and
 * Eleventy keeps every page until the build ends: flat, the pages of 10,000 guides hold about 230 MB less. Reading a
 * string as a number is what makes V8 flatten it (the technique of the `flatstr` package).
 */
function flatten(text: string): void {
  Number(text);
}

/** Calls `listener` with each page Eleventy renders. */
export function onPageRendered(eleventyConfig: UserConfig, listener: PageListener): void {
  listenersOf(eleventyConfig).push(listener);
}

/** The listeners of one configuration, whichever of the plugin above and its listeners Eleventy sets up first. */
function listenersOf(eleventyConfig: UserConfig): PageListener[] {
  let listeners = listenersByConfig.get(eleventyConfig);
  if (!listeners) {
    listeners = [];
    listenersByConfig.set(eleventyConfig, listeners);
  }
  return listeners;
}
