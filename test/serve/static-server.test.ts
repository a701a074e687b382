// `npm run serve` against hostile requests, sent as raw request lines (HTTP clients would normalise the paths first):
// the path is normalised before any rule, nothing outside the site folder is served, only GET and HEAD are answered,
// and no request stops the server.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { cspHeaderValue } from "../../src/deploy/csp.ts";
import { buildFixture, fixture, projectRoot, serve, type BuiltSite, type ServedSite } from "../support/harness.ts";
import { accepts, rawRequest } from "../support/raw-http.ts";

const secret = "TOP SECRET, never served";

describe("npm run serve against hostile requests", () => {
  let site: BuiltSite;
  let served: ServedSite;
  let port: number;
  const get = (target: string, method = "GET") => rawRequest(port, method, target);

  before(async () => {
    site = await buildFixture(fixture("basic"));
    // Beside the site: a folder whose name starts like the site folder's, and a file; links to both inside the site.
    const siblings = path.dirname(site.outputDir);
    await mkdir(path.join(siblings, "site-secret"));
    await writeFile(path.join(siblings, "site-secret", "secret.txt"), secret);
    await writeFile(path.join(siblings, "secret.html"), secret);
    await symlink(path.join(siblings, "site-secret", "secret.txt"), path.join(site.outputDir, "leak.txt"));
    await symlink(path.join(siblings, "site-secret"), path.join(site.outputDir, "leak-folder"));
    await symlink(path.join(siblings, "secret.html"), path.join(site.outputDir, "roles", "leak.html"));
    served = await serve(site.outputDir);
    port = Number(new URL(served.url).port);
  });
  after(async () => {
    await served?.close();
    await site?.cleanup();
  });

  it("serves the site itself", async () => {
    const home = await get("/");
    assert.equal(home.status, 200);
    assert.match(home.body, /Back-end developer/);
  });

  it("never serves _headers, however the path is written", async () => {
    for (const target of ["/_headers", "//_headers", "/./_headers", "/x/../_headers", "/roles/../_headers", "/%5fheaders", "/_headers?x", "///_headers"]) {
      const response = await get(target);
      assert.equal(response.status, 404, target);
      assert.doesNotMatch(response.body, /Content-Security-Policy:/, target);
    }
  });

  it("never serves the marker file or any other dotfile", async () => {
    for (const target of ["/.role-guides-output", "//.role-guides-output", "/%2erole-guides-output", "/x/../.role-guides-output"]) {
      const response = await get(target);
      assert.equal(response.status, 404, target);
      assert.doesNotMatch(response.body, /written by Role Guides/, target);
    }
  });

  it("follows no symbolic link out of the site folder", async () => {
    for (const target of ["/leak.txt", "/leak-folder/secret.txt", "/roles/leak.html", "/roles/leak"]) {
      const response = await get(target);
      assert.equal(response.status, 404, target);
      assert.doesNotMatch(response.body, /TOP SECRET/, target);
    }
  });

  it("serves nothing above the site folder, nor from a sibling whose name starts like it", async () => {
    for (const target of [
      "/../site-secret/secret.txt",
      "/..%2fsite-secret/secret.txt",
      "/%2e%2e/site-secret/secret.txt",
      "/..%2f..%2fetc/passwd",
      "/../../../../etc/passwd",
      "/roles/..%5c..%5csecret.html",
    ]) {
      const response = await get(target);
      assert.ok(response.status === 400 || response.status === 404, `${target} got ${response.status}`);
      assert.doesNotMatch(response.body, /TOP SECRET|root:/, target);
    }
  });

  it("answers only GET and HEAD, with 405 and an Allow header otherwise", async () => {
    for (const method of ["POST", "PUT", "DELETE", "TRACE", "OPTIONS", "PATCH"]) {
      const response = await get("/", method);
      assert.equal(response.status, 405, method);
      assert.equal(response.headers.get("allow"), "GET, HEAD", method);
      assert.doesNotMatch(response.body, /Back-end developer/, method);
    }
    const head = await get("/", "HEAD");
    assert.equal(head.status, 200);
    assert.equal(head.body, "");
    assert.ok(Number(head.headers.get("content-length")) > 0);
  });

  it("answers malformed requests with 400 and keeps serving", async () => {
    for (const target of ["/%ff", "/%", "/%00", "/a%0d%0aSet-Cookie:x", "*", "/%c0%ae%c0%ae/etc/passwd"]) {
      const response = await get(target);
      assert.equal(response.status, 400, target);
      assert.equal(response.headers.get("set-cookie"), undefined, target);
    }
    assert.equal((await get("/")).status, 200, "the server still answers");
  });

  it("sends the security headers with every answer, errors included", async () => {
    for (const [method, target, status] of [
      ["GET", "/roles/back-end-developer/", 200],
      ["GET", "/nothing-here/", 404],
      ["GET", "/%ff", 400],
      ["POST", "/", 405],
    ] as const) {
      const response = await get(target, method);
      assert.equal(response.status, status, target);
      assert.equal(response.headers.get("content-security-policy"), cspHeaderValue(), `${method} ${target}`);
      assert.equal(response.headers.get("x-content-type-options"), "nosniff", `${method} ${target}`);
    }
  });

  it("redirects a folder's address to itself with a slash, never to another host", async () => {
    const folder = await get("/roles/back-end-developer?x=1");
    assert.equal(folder.status, 301);
    assert.equal(folder.headers.get("location"), "/roles/back-end-developer/?x=1");
    const doubled = await get("//evil.example/roles/back-end-developer");
    assert.notEqual(doubled.headers.get("location")?.startsWith("//"), true, "no protocol-relative redirect");
    const absolute = await get("http://evil.example/roles/back-end-developer");
    assert.equal(absolute.headers.get("location"), "/roles/back-end-developer/");
  });

  it("as npm run serve, listens on 127.0.0.1 only and applies the same rules", async () => {
    const child = spawn(
      process.execPath,
      ["--import", import.meta.resolve("tsx"), path.join(projectRoot, "src", "cli.ts"), "serve", "--output", site.outputDir, "--port", "0"],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let output = "";
        child.stdout.on("data", (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes("\n")) resolve(output);
        });
        child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.on("close", () => reject(new Error(`serve stopped: ${output}`)));
      });
      const url = /at (http:\/\/\S+)/.exec(line)?.[1] ?? "";
      assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/, line);
      const cliPort = Number(new URL(url).port);
      assert.equal(await accepts(cliPort, "::1"), false);
      assert.equal((await rawRequest(cliPort, "GET", "//_headers")).status, 404);
      assert.equal((await rawRequest(cliPort, "DELETE", "/")).status, 405);
      assert.equal((await rawRequest(cliPort, "GET", "/")).status, 200);
    } finally {
      child.kill();
    }
  });
});
