// Answers one request from a built site folder, with the rules both servers share: only GET and HEAD, the path
// normalised before any rule, the `_headers` file's headers on every answer, never `_headers` or a dotfile, and
// never a file whose real path lies outside the folder (a symlink out of it is not followed).
import type { IncomingMessage, ServerResponse } from "node:http";
import { readFile, realpath, stat } from "node:fs/promises";
import type { Stats } from "node:fs";
import path from "node:path";
import { lookup } from "mrmime";
import { headersForPath, parseHeadersFile, type HeaderRule } from "../deploy/headers-file.ts";
import { isInside } from "../lib/paths.ts";
import { encodePath, readRequestTarget } from "./request-target.ts";

/** A handler for a path outside the site's files (the dev server's live reload), reached after the shared rules. */
export type ExtraRoute = (request: IncomingMessage, response: ServerResponse) => void;

/** What a site responder serves. */
export interface SiteResponderOptions {
  siteDir: string;
  /** The URL path the site lives under, like "/" or "/guides/". */
  pathPrefix: string;
  /** Changes each HTML page before it is sent (the dev server adds its live-reload script). */
  transformHtml?: (html: string) => string;
  /** Paths answered by their own handler instead of a file, like "/.role-guides/live-reload". */
  routes?: ReadonlyMap<string, ExtraRoute>;
}

/** Files hosts read and never serve, at the site's root. */
const hostFiles = new Set(["/_headers", "/_redirects"]);

/** Creates the request handler for a built site folder; it never rejects (a failure is answered with a 500). */
export function createSiteResponder(options: SiteResponderOptions): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  const prefix = options.pathPrefix;
  return async (request, response) => {
    try {
      await respond(request, response);
    } catch (error) {
      console.error(`Server error for ${JSON.stringify(request.url)}: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      response.end("Server error\n");
    }
  };

  async function respond(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // Read on every request: a rebuild swaps the whole folder, `_headers` included.
    const root = await realpath(options.siteDir).catch(() => undefined);
    const rules = root ? await readHeaderRules(root) : [];
    const target = readRequestTarget(request.url);
    setHeaders(response, rules, target.ok ? target.path : prefix);
    if (!target.ok) {
      response.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end(`Bad request: ${target.reason}\n`);
      return;
    }
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" }).end("Method not allowed: this server only reads\n");
      return;
    }
    const route = options.routes?.get(target.path);
    if (route) return route(request, response);
    if (`${target.path}/` === prefix) return redirect(response, prefix, target.query);
    if (!root || !target.path.startsWith(prefix)) return sendNotFound(request, response, root);
    const sitePath = `/${target.path.slice(prefix.length)}`;
    if (hostFiles.has(sitePath) || sitePath.split("/").some((segment) => segment.startsWith("."))) return sendNotFound(request, response, root);
    if (sitePath.endsWith("/")) {
      const index = await siteFile(root, `${sitePath}index.html`);
      return index ? sendFile(request, response, index, 200) : sendNotFound(request, response, root);
    }
    const found = (await siteFile(root, sitePath)) ?? (await siteFile(root, `${sitePath}.html`));
    if (found) return sendFile(request, response, found, 200);
    // Like static hosts, send a folder's address without its trailing slash to the address with it.
    if (await siteFile(root, `${sitePath}/index.html`)) return redirect(response, `${target.path}/`, target.query);
    return sendNotFound(request, response, root);
  }

  async function sendNotFound(request: IncomingMessage, response: ServerResponse, root: string | undefined): Promise<void> {
    const page = root ? await siteFile(root, "/404.html") : undefined;
    if (page) return sendFile(request, response, page, 404);
    response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end(request.method === "HEAD" ? undefined : "Not found\n");
  }

  async function sendFile(request: IncomingMessage, response: ServerResponse, found: FoundFile, status: number): Promise<void> {
    const etag = `W/"${found.stats.size}-${found.stats.mtime.getTime()}"`;
    if (status === 200 && request.headers["if-none-match"] === etag) {
      response.writeHead(304, { etag }).end();
      return;
    }
    const type = lookup(found.file) ?? "application/octet-stream";
    const html = type === "text/html";
    let body = await readFile(found.file);
    if (html && options.transformHtml) body = Buffer.from(options.transformHtml(body.toString("utf8")));
    if (!response.hasHeader("cache-control")) response.setHeader("cache-control", "no-cache");
    response.writeHead(status, {
      "content-type": html || type.startsWith("text/") ? `${type}; charset=utf-8` : type,
      "content-length": body.length,
      "last-modified": found.stats.mtime.toUTCString(),
      etag,
    });
    response.end(request.method === "HEAD" ? undefined : body);
  }
}

/** A regular file inside the site folder, found by its real path. */
interface FoundFile {
  file: string;
  stats: Stats;
}

/** The file at a normalised site path, if its real path (symlinks resolved) is a regular file inside `root`. */
async function siteFile(root: string, sitePath: string): Promise<FoundFile | undefined> {
  const file = await realpath(path.join(root, ...sitePath.split("/"))).catch(() => undefined);
  if (!file || !isInside(root, file)) return undefined;
  const stats = await stat(file).catch(() => undefined);
  return stats?.isFile() ? { file, stats } : undefined;
}

function setHeaders(response: ServerResponse, rules: readonly HeaderRule[], requestPath: string): void {
  for (const [name, value] of headersForPath(rules, requestPath)) response.setHeader(name, value);
}

function redirect(response: ServerResponse, location: string, query: string): void {
  // The query goes back as it came, less anything a header may not carry.
  const safeQuery = query.replace(/[^\x21-\x7e]/g, (character) => encodeURIComponent(character));
  response.writeHead(301, { location: `${encodePath(location)}${safeQuery}` }).end();
}

/** The rules of the site's `_headers` file, or none when the folder has no such file. */
async function readHeaderRules(root: string): Promise<HeaderRule[]> {
  const file = await siteFile(root, "/_headers");
  const text = file && (await readFile(file.file, "utf8").catch(() => undefined));
  try {
    return text ? parseHeadersFile(text) : [];
  } catch (error) {
    console.error(`Ignoring the site's _headers file: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
}
