// URL paths of the built site: the prefix a site lives under and the address of each output file.

/** Turns a path like "guides", "/guides" or "//guides//" into the prefix form "/guides/" ("/" for the root). */
export function normalisePathPrefix(pathname: string | undefined): string {
  const trimmed = (pathname ?? "/").replace(/\/+/g, "/").replace(/^\/|\/$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

/** A root-relative site path (like /roles/x/) under a path prefix (like /guides/): /guides/roles/x/. */
export function withPathPrefix(pathPrefix: string, sitePath: string): string {
  if (!sitePath.startsWith("/") || sitePath.startsWith("//")) {
    throw new Error(`expected a root-relative site path like /roles/x/, found "${sitePath}"`);
  }
  return `${pathPrefix}${sitePath.slice(1)}`;
}

/** The URL path of an output file, relative to the site root: "roles/x/index.html" → "/roles/x/", "404.html" → "/404.html". */
export function fileUrlPath(file: string): string {
  if (file === "index.html") return "/";
  return file.endsWith("/index.html") ? `/${file.slice(0, -"index.html".length)}` : `/${file}`;
}
