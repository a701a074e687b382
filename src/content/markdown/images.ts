// Images in guides: a file under the content folder's images/ folder, described once (size, output files) so the page
// can give width, height and a srcset in modern formats; the files themselves are written by src/images/.
import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from "node:fs";
import path from "node:path";
import Image, { type ImageMetadata, type ImageOptions } from "@11ty/eleventy-img";
import { escapeHtml } from "../../lib/html.ts";
import { closestMatch } from "../../lib/suggest.ts";
import { isInside } from "../../lib/paths.ts";
import { isRelativeReference, relativeFrom, resolveReference } from "./paths.ts";

/** Where processed images are published, under the site's path prefix. */
export const imageUrlPath = "/images/";
/** The folder of the content folder that holds a guide's images. */
export const imagesFolder = "images";
/** The largest image file accepted; larger ones are almost certainly a mistake in a guide. */
export const maxImageBytes = 20 * 1024 * 1024;
/** Widths made for each image (never wider than the image itself), for screens from phones to wide high-density ones. */
const widths = [480, 960, 1440];
/** The sizes an image is shown at: the text column is about 42rem wide at most. */
const sizes = "(min-width: 46rem) 42rem, 100vw";
/** AVIF encoding effort (0–9, sharp's default 4): 2 encodes about seven times faster for files about a tenth larger. */
const avifEffort = 2;
const missing = "no such image file";
const fallbackOf: Record<string, string> = { jpg: "jpeg", png: "png", gif: "png", webp: "png", svg: "png" };

/** What writing an image's files needs: its source, the options it is processed with, and the files it makes. */
export interface ImageAsset {
  source: string;
  options: ImageOptions;
  files: string[];
}

/** An image a guide shows: processed from the content folder, or from an origin the site settings allow. */
export type ShownImage = { kind: "local"; asset: ImageAsset; metadata: ImageMetadata; fallback: string } | { kind: "external"; src: string };

/** An image reference that cannot be shown, with what to do instead. */
export interface ImageProblem {
  message: string;
  suggestion?: string;
}

/** Describes each image once per build: the same file used by many guides is read and hashed once. */
export class ImageLibrary {
  readonly #contentDir: string;
  #realContentDir: string | undefined;
  readonly #origins: ReadonlySet<string>;
  readonly #described = new Map<string, ShownImage | ImageProblem>();
  #listed: string[] | undefined;

  constructor(contentDir: string, allowedImageOrigins: readonly string[]) {
    this.#contentDir = path.resolve(contentDir);
    this.#origins = new Set(allowedImageOrigins.map((origin) => new URL(origin).origin));
  }

  /** The image `src` names, written in `guideFile`, or why it cannot be shown. */
  resolve(src: string, guideFile: string): ShownImage | ImageProblem {
    if (/^(https?:)?\/\//i.test(src)) return this.#external(src);
    if (/^data:/i.test(src)) return { message: "an image embedded as a data: URL", suggestion: `store the file in ${imagesFolder}/ and link it, like ![what it shows](${relativeFrom(guideFile, this.#contentDir, `${imagesFolder}/diagram.png`)})` };
    if (!isRelativeReference(src)) {
      const guess = src.startsWith("/") ? relativeFrom(guideFile, this.#contentDir, src.slice(1)) : undefined;
      return { message: "an image path must be relative to the guide, as on GitHub", suggestion: guess ? `write ${guess}` : undefined };
    }
    const reference = resolveReference(src, guideFile, this.#contentDir);
    if (reference.relative === undefined) return { message: "the image path leaves the content folder", suggestion: `store the image in the content folder's ${imagesFolder}/ folder` };
    if (!reference.relative.startsWith(`${imagesFolder}/`)) return { message: `images live in the content folder's ${imagesFolder}/ folder`, suggestion: `move it to ${imagesFolder}/ and write ${relativeFrom(guideFile, this.#contentDir, `${imagesFolder}/${path.basename(reference.file)}`)}` };
    const found = this.#local(reference.file);
    if (isShown(found) || found.message !== missing) return found;
    const close = closestMatch(reference.relative, this.#imageFiles());
    return { message: `no image at ${reference.relative}`, suggestion: close ? `did you mean ${relativeFrom(guideFile, this.#contentDir, close)}?` : `add the file to the content folder's ${imagesFolder}/ folder` };
  }

  /** Every file under images/, relative to the content folder, for did-you-mean suggestions. */
  #imageFiles(): string[] {
    if (!this.#listed) {
      let entries: Dirent[] = [];
      try {
        entries = readdirSync(path.join(this.#contentDir, imagesFolder), { recursive: true, withFileTypes: true });
      } catch {
        // No images/ folder: nothing to suggest.
      }
      this.#listed = entries.filter((entry) => entry.isFile()).map((entry) => path.relative(this.#contentDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
    }
    return this.#listed;
  }

  #external(src: string): ShownImage | ImageProblem {
    let url: URL;
    try {
      url = new URL(src.startsWith("//") ? `https:${src}` : src);
    } catch {
      return { message: "not a valid image address" };
    }
    if (url.protocol === "https:" && this.#origins.has(url.origin)) return { kind: "external", src: url.href };
    return {
      message: `an image from ${url.origin} would be blocked by the site's Content-Security-Policy`,
      suggestion: `store the file in the content folder's ${imagesFolder}/ folder and link it with a relative path${url.protocol === "https:" ? `, or allow ${url.origin} under images.allowedOrigins in site.yaml` : ""}`,
    };
  }

  #local(file: string): ShownImage | ImageProblem {
    const stats = statSync(file, { throwIfNoEntry: false });
    const key = `${file}\0${stats?.size ?? -1}\0${stats?.mtimeMs ?? -1}`;
    let described = this.#described.get(key);
    if (!described) {
      described = this.#describe(file, stats);
      this.#described.set(key, described);
    }
    return described;
  }

  #describe(file: string, stats: Stats | undefined): ShownImage | ImageProblem {
    if (!stats) return { message: missing };
    if (!stats.isFile()) return { message: "not a file" };
    // Read when the first image is, since a build of a content folder that does not exist still reports that first.
    this.#realContentDir ??= realpathSync(this.#contentDir);
    if (!isInside(this.#realContentDir, realpathSync(file))) return { message: "the image is a link to a file outside the content folder", suggestion: "copy the file itself into the images/ folder" };
    if (stats.size > maxImageBytes) return { message: `the image is ${(Number(stats.size) / 1024 / 1024).toFixed(1)} MB, more than the ${maxImageBytes / 1024 / 1024} MB a guide's image may be`, suggestion: "make it smaller before adding it" };
    let size: ReturnType<typeof Image.ImageSize>;
    try {
      size = Image.ImageSize(file);
    } catch {
      size = {};
    }
    const fallback = size.type === undefined ? undefined : fallbackOf[size.type];
    if (!fallback || !size.width || !size.height) return { message: "not an image the build can read", suggestion: "use a PNG, JPEG, GIF, WebP or SVG file" };
    // Orientations 5 to 8 turn the picture a quarter: the processed image is upright, so its sides swap.
    const [width, height] = (size.orientation ?? 1) >= 5 ? [size.height, size.width] : [size.width, size.height];
    const options: ImageOptions = { widths, formats: ["avif", "webp", fallback], urlPath: imageUrlPath, outputDir: ".", formatFiltering: [], svgShortCircuit: false, svgAllowUpscale: false, useCache: false, sharpAvifOptions: { effort: avifEffort } };
    const metadata = Image.statsByDimensionsSync(file, width, height, options);
    const files = Object.values(metadata).flat().map((stat) => stat.filename);
    return { kind: "local", asset: { source: file, options, files }, metadata, fallback };
  }
}

/** Whether a resolved image can be shown. */
export function isShown(image: ShownImage | ImageProblem): image is ShownImage {
  return "kind" in image;
}

/** The HTML of an image: a <picture> with AVIF and WebP sources for a processed one; lazy unless it is the first. */
export function imageHtml(image: ShownImage, alt: string, title: string | undefined, first: boolean): string {
  const lazy = first ? "" : ' loading="lazy"';
  const titled = title ? ` title="${escapeHtml(title)}"` : "";
  if (image.kind === "external") return `<img src="${escapeHtml(image.src)}" alt="${escapeHtml(alt)}"${titled}${lazy} decoding="async">`;
  const srcset = (format: string) => (image.metadata[format] ?? []).map((stat) => stat.srcset).join(", ");
  const fallbacks = image.metadata[image.fallback] ?? [];
  const largest = fallbacks.at(-1);
  if (!largest) return "";
  const sources = ["avif", "webp"].map((format) => `<source type="image/${format}" srcset="${srcset(format)}" sizes="${sizes}">`).join("");
  return `<picture>${sources}<img src="${largest.url}" srcset="${srcset(image.fallback)}" sizes="${sizes}" width="${largest.width}" height="${largest.height}" alt="${escapeHtml(alt)}"${titled}${lazy} decoding="async"></picture>`;
}
