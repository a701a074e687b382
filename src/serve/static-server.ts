// A static server for a built site, on localhost, under the site's path prefix, with its 404 page and the response
// headers of its `_headers` file, so local testing sees what Netlify and Cloudflare Pages send. The rules it serves by
// live in site-files.ts, shared with the dev server.
import { createServer, type Server } from "node:http";
import { createSiteResponder } from "./site-files.ts";

/** Options for serving a built folder. */
export interface ServeOptions {
  siteDir: string;
  port: number;
  /** The address to listen on (default 127.0.0.1, this machine only). */
  host?: string;
  /** The URL path the site lives under, like "/" or "/guides/". */
  pathPrefix?: string;
}

/** Serves a built site folder; resolves once the server listens, with the server and its address. */
export async function serveSite(options: ServeOptions): Promise<{ server: Server; url: string }> {
  const prefix = options.pathPrefix ?? "/";
  const respond = createSiteResponder({ siteDir: options.siteDir, pathPrefix: prefix });
  const server = createServer((request, response) => void respond(request, response));
  const host = options.host ?? "127.0.0.1";
  const port = await listen(server, options.port, host);
  return { server, url: `${serverOrigin(host, port)}${prefix}` };
}

/** Starts `server` on `host` and `port`; rejects with a message naming the option when it cannot. */
export async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") reject(new Error(`--port ${port}: another program already listens on it; choose another with --port`));
      else if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND" || error.code === "EAI_AGAIN")
        reject(new Error(`--host ${host}: this machine has no such address; use 127.0.0.1 (this machine only) or 0.0.0.0 (every network)`));
      else reject(error);
    });
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  return typeof address === "object" && address ? address.port : port;
}

/** The origin a browser on this machine reaches the server at, like http://127.0.0.1:8080. */
export function serverOrigin(host: string, port: number): string {
  const shown = host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}
