// A static server for a built site, on localhost, under the site's path prefix, with its 404 page.
import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import path from "node:path";
import sirv from "sirv";

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
    const url = request.url ?? "/";
    if (!url.startsWith(prefix)) {
      if (`${url}/` === prefix) {
        response.writeHead(301, { location: prefix }).end();
        return;
      }
      void sendNotFound(response, notFoundPage);
      return;
    }
    request.url = `/${url.slice(prefix.length)}`;
    files(request, response, () => void sendNotFound(response, notFoundPage));
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

async function sendNotFound(response: import("node:http").ServerResponse, notFoundPage: string): Promise<void> {
  const body = await readFile(notFoundPage).catch(() => Buffer.from("Not found\n"));
  response.writeHead(404, { "content-type": body.length > 20 ? "text/html; charset=utf-8" : "text/plain; charset=utf-8" }).end(body);
}
