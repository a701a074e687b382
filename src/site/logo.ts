// The site's logo from site.yaml: copied from the content folder's images/ into the output under a name that changes
// with its bytes, and shown in the header at a fixed height with its own proportions.
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import Image from "@11ty/eleventy-img";
import { logoFile } from "../content/site-settings.ts";
import type { SiteSettings } from "../schema/site.ts";

/** The logo as the header shows it: its URL (root-relative, before the path prefix) and its size in CSS pixels. */
export interface SiteLogo {
  url: string;
  width: number;
  height: number;
}

/** The height the header shows the logo at, in CSS pixels; its width follows the image's proportions. */
export const logoHeight = 32;

/** Writes the logo into `outputDir` and describes it, or returns undefined when the site has none. */
export async function publishLogo(contentDir: string, settings: SiteSettings, outputDir: string): Promise<SiteLogo | undefined> {
  const file = await logoFile(contentDir, settings);
  if (file === undefined) return undefined;
  const bytes = await readFile(file);
  const size = Image.ImageSize(file);
  if (!size.width || !size.height)
    throw new Error(`${settings.logo ?? file}: the logo is not an image the build can read; use an SVG, PNG, WebP, AVIF, JPEG or GIF file`);
  const name = `logo.${createHash("sha256").update(bytes).digest("hex").slice(0, 10)}${path.extname(file).toLowerCase()}`;
  await mkdir(outputDir, { recursive: true });
  await writeFile(path.join(outputDir, name), bytes);
  return { url: `/${name}`, width: Math.max(1, Math.round((logoHeight * size.width) / size.height)), height: logoHeight };
}
