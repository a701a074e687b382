// Lets Eleventy treat `*.11ty.ts` files as JavaScript templates, and makes them the only template format.
import type { UserConfig } from "@11ty/eleventy";

/** Registers `.11ty.ts` page templates (run through tsx) as the site's only template format. */
export default function typescriptTemplates(eleventyConfig: UserConfig): void {
  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.setTemplateFormats(["11ty.ts"]);
}
