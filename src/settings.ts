// Build settings: what the command line (or the defaults) tells the Eleventy plugins about this build.
import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import type { SiteModel } from "./content/model.ts";
import type { RepositoryConfig } from "./content/repository.ts";
import type { BackgroundWork } from "./lib/background-work.ts";

/** Everything a build needs to know besides the guides themselves. */
export interface BuildSettings {
  /** The folder holding roles/, skills/ and technologies/. */
  contentDir: string;
  /** Where Eleventy writes; during `build` a temporary folder that replaces the output folder on success. */
  outputDir: string;
  /** The site's public address, like https://example.org/guides/, when known. */
  baseUrl?: URL;
  /** The URL path the site lives under: "/" or "/guides/". */
  pathPrefix: string;
  /** "build" writes once; "dev" watches, rebuilds and reports content errors in the browser. */
  mode: "build" | "dev";
  /** A model already built and validated by the caller; otherwise the content plugin builds it on every run. */
  model?: SiteModel;
  /** The repository the guides are edited in, for "Edit this page" links (dev mode builds the model itself). */
  repository?: RepositoryConfig;
  /** Where the dev server runs work a reload need not wait for (the search index after an edit). */
  background?: BackgroundWork;
}

const settingsByConfig = new WeakMap<UserConfig, BuildSettings>();

/** Attaches settings to an Eleventy configuration, for the plugins registered in `.eleventy.ts` to read. */
export function attachSettings(config: UserConfig, settings: BuildSettings): void {
  settingsByConfig.set(config, settings);
}

/** The settings attached to an Eleventy configuration, or defaults when Eleventy was started directly. */
export function settingsOf(config: UserConfig): BuildSettings {
  return settingsByConfig.get(config) ?? defaultSettings();
}

/** Settings for a plain build of the bundled guides into _site/. */
export function defaultSettings(): BuildSettings {
  return { contentDir: path.resolve("content"), outputDir: path.resolve("_site"), pathPrefix: "/", mode: "build" };
}

/** Reads a base URL like https://example.org/guides/ into the URL and path prefix the build uses. */
export function parseBaseUrl(value: string): { baseUrl?: URL; pathPrefix: string } {
  if (value.startsWith("/")) {
    return { pathPrefix: normalisePrefix(value) };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`--base-url: found "${value}", expected an absolute URL like https://example.org/guides/ or a path like /guides/`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`--base-url: found the scheme "${url.protocol}", expected http: or https:`);
  }
  url.pathname = normalisePrefix(url.pathname);
  url.search = "";
  url.hash = "";
  return { baseUrl: url, pathPrefix: url.pathname };
}

function normalisePrefix(pathname: string): string {
  const trimmed = pathname.replace(/\/+/g, "/").replace(/^\/|\/$/g, "");
  if (trimmed.split("/").some((segment) => segment === ".." || segment === ".")) {
    throw new Error(`--base-url: found the path "${pathname}", expected a path without . or .. segments`);
  }
  return trimmed === "" ? "/" : `/${trimmed}/`;
}
