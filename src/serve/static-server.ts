// A static server for a built site, on localhost, under the site's path prefix, with its 404 page and the response
// headers of its `_headers` file, so local testing sees what Netlify and Cloudflare Pages send.
import { createServer, type Server, type ServerResponse } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import sirv from "sirv";
import { headersForPath, parseHeadersFile, type HeaderRule } from "../deploy/headers-file.ts";

/** Options for serving a built folder. */
export interface ServeOptions {
  siteDir: string;
  port: number;
  host?: string;
  /** The URL path the site lives under, like "/" or "/guides/". */
  pathPrefix?: string;
}

/** Serves a built site folder; resolves once the server listens, with the server and its address. */
export async function serveSite(options: ServeOptions): Promise<{ server: Server; url: string }> {
  const prefix = options.pathPrefix ?? "/";
  const files = sirv(options.siteDir, { dev: true, etag: true, dotfiles: false, extensions: ["html"] });
  const notFoundPage = path.join(options.siteDir, "404.html");
  const server = createServer((request, response) => {
    void (async () => {
      const url = request.url ?? "/";
      const pathname = url.split(/[?#]/, 1)[0] ?? "/";
      // Read on every request: a rebuild swaps the whole folder, `_headers` included.
      const rules = await readHeaderRules(options.siteDir);
      for (const [name, value] of headersForPath(rules, safeDecode(pathname))) response.setHeader(name, value);
      if (!pathname.startsWith(prefix)) {
        if (`${pathname}/` === prefix) {
          response.writeHead(301, { location: prefix }).end();
          return;
        }
        await sendNotFound(response, notFoundPage);
        return;
      }
      const sitePath = `/${pathname.slice(prefix.length)}`;
      // Hosts read `_headers` and never serve it.
      if (safeDecode(sitePath) === "/_headers") {
        await sendNotFound(response, notFoundPage);
        return;
      }
      // Like static hosts, send a folder's address without its trailing slash to the address with it.
      if (!sitePath.endsWith("/") && (await isFolderWithIndex(options.siteDir, safeDecode(sitePath)))) {
        response.writeHead(301, { location: `${pathname}/${url.slice(pathname.length)}` }).end();
        return;
      }
      request.url = `/${url.slice(prefix.length)}`;
      files(request, response, () => void sendNotFound(response, notFoundPage));
    })().catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      response.end(`Server error: ${error instanceof Error ? error.message : String(error)}\n`);
    });
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  return { server, url: `http://${host === "0.0.0.0" ? "localhost" : host}:${port}${prefix}` };
}

/** The rules of the site's `_headers` file, or none when the folder has no such file. */
async function readHeaderRules(siteDir: string): Promise<HeaderRule[]> {
  const text = await readFile(path.join(siteDir, "_headers"), "utf8").catch(() => undefined);
  return text === undefined ? [] : parseHeadersFile(text);
}

async function isFolderWithIndex(siteDir: string, sitePath: string): Promise<boolean> {
  const folder = path.join(siteDir, path.normalize(sitePath));
  if (!folder.startsWith(path.resolve(siteDir))) return false;
  return stat(path.join(folder, "index.html")).then((found) => found.isFile(), () => false);
}

function safeDecode(pathname: string): string {
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}

async function sendNotFound(response: ServerResponse, notFoundPage: string): Promise<void> {
  const body = await readFile(notFoundPage).catch(() => Buffer.from("Not found\n"));
  response.writeHead(404, { "content-type": body.length > 20 ? "text/html; charset=utf-8" : "text/plain; charset=utf-8" }).end(body);
}
