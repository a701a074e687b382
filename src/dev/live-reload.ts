// Tells the open pages of the dev server to reload after each rebuild, over server-sent events: a few lines of HTTP
// on the dev server's own port, where Eleventy's dev server would listen on every interface with a WebSocket.
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { build } from "esbuild";
import type { ExtraRoute } from "../serve/site-files.ts";

/** Where pages load the live-reload script from, and where it listens; dot folders are never site files. */
const scriptPath = "/.role-guides/live-reload.js";
const eventsPath = "/.role-guides/live-reload";

/** The open pages of one dev server, and the two paths they use. */
export class LiveReload {
  readonly #pages = new Set<ServerResponse>();
  readonly #script: string;

  private constructor(script: string) {
    this.#script = script;
  }

  /** Bundles the browser script once; the dev server then serves it from memory. */
  static async create(): Promise<LiveReload> {
    const result = await build({
      entryPoints: [path.join(import.meta.dirname, "browser", "live-reload.ts")],
      bundle: true,
      write: false,
      format: "esm",
      logLevel: "silent",
    });
    return new LiveReload(result.outputFiles[0]?.text ?? "");
  }

  /** The paths this adds to the dev server: the script, and the event stream each page keeps open. */
  routes(): ReadonlyMap<string, ExtraRoute> {
    return new Map<string, ExtraRoute>([
      [scriptPath, (request, response) => this.#sendScript(request, response)],
      [eventsPath, (request, response) => this.#open(request, response)],
    ]);
  }

  /** Adds the live-reload script to a page, before `</head>` (or at the end of a page without one). */
  addScript(html: string): string {
    const tag = `<script type="module" src="${scriptPath}"></script>`;
    const head = html.indexOf("</head>");
    return head === -1 ? `${html}${tag}` : `${html.slice(0, head)}${tag}${html.slice(head)}`;
  }

  /** Tells every open page to reload. */
  reload(): void {
    for (const page of this.#pages) page.write("event: reload\ndata: rebuilt\n\n");
  }

  /** Ends every open event stream, so the server can close. */
  close(): void {
    for (const page of this.#pages) page.end();
    this.#pages.clear();
  }

  #sendScript(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-cache" });
    response.end(request.method === "HEAD" ? undefined : this.#script);
  }

  #open(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    if (request.method === "HEAD") {
      response.end();
      return;
    }
    response.write(": connected\n\n");
    this.#pages.add(response);
    request.socket.once("close", () => this.#pages.delete(response));
  }
}
