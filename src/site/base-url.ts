// The base URL (the --base-url option, BASE_URL, site.yaml or package.json): a public address or a path the site lives under.
import { codePointName, findControlCharacter } from "../lib/characters.ts";
import { normalisePathPrefix } from "../lib/url-paths.ts";

/** Reads a base URL like https://example.org/guides/ into the URL and path prefix the build uses; errors name `source`, where the value came from. */
export function parseBaseUrl(value: string, source = "--base-url"): { baseUrl?: URL; pathPrefix: string } {
  const control = findControlCharacter(value);
  if (control) {
    throw new Error(
      `${source}: found the control character ${codePointName(control.character)} in ${JSON.stringify(value)}, expected one line like https://example.org/guides/ or /guides/`,
    );
  }
  if (value.startsWith("/")) {
    return { pathPrefix: checkedPrefix(value, source) };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${source}: found "${value}", expected an absolute URL like https://example.org/guides/ or a path like /guides/`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`${source}: found the scheme "${url.protocol}", expected http: or https:`);
  }
  if (url.username || url.password) {
    throw new Error(`${source}: found a user name or password in the address, expected none: the address is published in every page`);
  }
  url.pathname = checkedPrefix(url.pathname, source);
  url.search = "";
  url.hash = "";
  return { baseUrl: url, pathPrefix: url.pathname };
}

function checkedPrefix(pathname: string, source: string): string {
  const unsafe = /[\s"'<>\\^`{|}?#]/u.exec(pathname);
  if (unsafe) {
    throw new Error(
      `${source}: found ${JSON.stringify(unsafe[0])} in the path ${JSON.stringify(pathname)}, expected letters, digits and - . _ ~ between slashes`,
    );
  }
  if (
    pathname
      .replace(/^\/+|\/+$/g, "")
      .split("/")
      .some((segment) => segment === ".." || segment === ".")
  ) {
    throw new Error(`${source}: found the path "${pathname}", expected a path without . or .. segments`);
  }
  return normalisePathPrefix(pathname);
}
