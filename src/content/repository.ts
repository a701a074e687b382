// Where the guides' source files live in a repository on the web, for "Edit this page" links.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { SiteSettings } from "../schema/site.ts";

/** A repository that holds the content folder: its web address, the branch to edit and the folder's path in it. */
export interface RepositoryConfig {
  /** The repository's web address, like https://github.com/role-guides/role-guides. */
  url: string;
  /** The branch edits are proposed against. */
  branch: string;
  /** The content folder's path inside the repository, like "content" ("" for the repository's root). */
  contentPath: string;
}

const defaults = { branch: "main", contentPath: "content" };

/**
 * The repository of site.yaml's `repository` setting. Without a `path` there, the content folder's path is asked of
 * git (the folder's place in its checkout, "" when the folder is the repository itself), else the repository's root.
 */
export async function repositoryFromSettings(settings: SiteSettings, contentDir: string): Promise<RepositoryConfig | undefined> {
  const configured = settings.repository;
  if (!configured) return undefined;
  const contentPath = configured.path ?? (await contentPathInCheckout(contentDir)) ?? "";
  return checked({ url: configured.url, branch: configured.branch, contentPath }, "repository in site.yaml");
}

/** The content folder's path inside its git checkout (like "content"), or undefined when it is not in one. */
async function contentPathInCheckout(contentDir: string): Promise<string | undefined> {
  try {
    const { stdout } = await promisify(execFile)("git", ["rev-parse", "--show-prefix"], { cwd: contentDir, env: { ...process.env, GIT_OPTIONAL_LOCKS: "0" } });
    return stdout.trim();
  } catch {
    return undefined;
  }
}

/**
 * Reads a --repository value: "none" (or "") for no edit links (null); a repository address, keeping the branch and
 * content path of `fallback`; or the address of the content folder itself, like https://github.com/acme/guides/tree/main/content.
 */
export function parseRepositoryOption(value: string, fallback?: RepositoryConfig): RepositoryConfig | null {
  const trimmed = value.trim();
  if (trimmed === "" || trimmed === "none") return null;
  const tree = /^(.*?)\/tree\/([^/]+)\/?(.*)$/.exec(trimmed);
  if (tree) return checked({ url: tree[1] ?? "", branch: tree[2] ?? "", contentPath: tree[3] ?? "" }, "--repository");
  return checked({ url: trimmed, branch: fallback?.branch ?? defaults.branch, contentPath: fallback?.contentPath ?? defaults.contentPath }, "--repository");
}

/** The address of the page that edits a guide's source file, given its path relative to the content folder. */
export function editUrl(repository: RepositoryConfig, sourcePath: string): string {
  const path = [repository.branch, repository.contentPath, sourcePath].filter((part) => part !== "").join("/");
  return `${repository.url}/edit/${path.split("/").map(encodeURIComponent).join("/")}`;
}

function checked(config: RepositoryConfig, source: string): RepositoryConfig {
  let url: URL;
  try {
    url = new URL(config.url);
  } catch {
    throw new Error(`${source}: found "${config.url}", expected the repository's web address, like https://github.com/acme/guides`);
  }
  if (url.protocol !== "https:") throw new Error(`${source}: found "${config.url}", expected an https:// address`);
  const contentPath = config.contentPath.replace(/^\/+|\/+$/g, "");
  if (contentPath.split("/").some((segment) => segment === "." || segment === "..")) {
    throw new Error(`${source}: found the content path "${config.contentPath}", expected a path without . or .. segments`);
  }
  if (config.branch === "" || /[\s~^:?*[\\]/.test(config.branch)) throw new Error(`${source}: found the branch "${config.branch}", expected a branch name like main`);
  return { url: url.href.replace(/\/+$/, ""), branch: config.branch, contentPath };
}
