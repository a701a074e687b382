// Raw HTTP requests over a socket, for request lines no HTTP client would send: `//_headers`, `/./x`, `/%ff`, `*`.
import { connect } from "node:net";

/** A response as it came back: status, headers (lower-case names) and body. */
export interface RawResponse {
  status: number;
  headers: Map<string, string>;
  body: string;
}

/** Sends `METHOD target HTTP/1.1` with a Host header to a server on this machine and reads the whole response. */
export function rawRequest(port: number, method: string, target: string, host = "127.0.0.1"): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, host, () => socket.write(`${method} ${target} HTTP/1.1\r\nHost: ${host}:${port}\r\nConnection: close\r\n\r\n`));
    const chunks: Buffer[] = [];
    socket.setTimeout(15_000, () => socket.destroy(new Error(`${method} ${target} timed out`)));
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const [head = "", ...rest] = text.split("\r\n\r\n");
      const [statusLine = "", ...headerLines] = head.split("\r\n");
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
      if (status === 0) {
        reject(new Error(`${method} ${target}: no HTTP response (the server may have crashed); got ${JSON.stringify(text.slice(0, 200))}`));
        return;
      }
      const headers = new Map(headerLines.map((line) => [line.slice(0, line.indexOf(":")).trim().toLowerCase(), line.slice(line.indexOf(":") + 1).trim()]));
      resolve({ status, headers, body: rest.join("\r\n\r\n") });
    });
  });
}

/** Whether a TCP connection to `host`:`port` is accepted. */
export function accepts(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, host, () => {
      socket.destroy();
      resolve(true);
    });
    socket.setTimeout(5_000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.on("error", () => resolve(false));
  });
}
