// Paths written in a guide (`../images/flow.png`, `./other.md#setup`), resolved inside the content folder.
import path from "node:path";
import { isInside } from "../../lib/paths.ts";

/** A relative reference split into its path and fragment, with the path resolved against the guide's folder. */
export interface ContentReference {
  /** The absolute path it names. */
  file: string;
  /** The same path relative to the content folder, with forward slashes; undefined when it leaves the folder. */
  relative?: string;
  /** The part after "#", decoded, if any. */
  fragment?: string;
}

/** Whether a link or image source is written relative to the guide (no scheme, not root-relative, not a fragment). */
export function isRelativeReference(href: string): boolean {
  return href !== "" && !href.startsWith("#") && !href.startsWith("/") && !/^[a-z][a-z0-9+.-]*:/i.test(href);
}

/** Resolves a relative reference written in `guideFile` (absolute) against the content folder. */
export function resolveReference(href: string, guideFile: string, contentDir: string): ContentReference {
  const hashAt = href.indexOf("#");
  const pathPart = (hashAt < 0 ? href : href.slice(0, hashAt)).split("?")[0] ?? "";
  const fragment = hashAt < 0 ? undefined : decode(href.slice(hashAt + 1));
  const file = path.resolve(path.dirname(guideFile), decode(pathPart));
  const inside = file === path.resolve(contentDir) || isInside(contentDir, file);
  return { file, relative: inside ? path.relative(contentDir, file).split(path.sep).join("/") : undefined, fragment };
}

/** How a guide would write the path to `target` (relative to the content folder): "../images/flow.png". */
export function relativeFrom(guideFile: string, contentDir: string, target: string): string {
  const written = path.relative(path.dirname(guideFile), path.join(contentDir, target)).split(path.sep).join("/");
  return written.startsWith(".") ? written : `./${written}`;
}

/** Percent-decodes a URL part, leaving it as it is when it is not valid percent-encoding. */
export function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
