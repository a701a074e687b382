// Real builds of guides written for GitHub: images published and sized, links between guides leading to pages and
// headings that exist, code highlighted, tables wrapped, no markup shown as text, and every problem refused by the
// build and by `npm run check` alike, at its file and line.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { buildSite } from "../../src/build/build-site.ts";
import { buildFixture, copyFixture, fixture, hashTree, runCli, tempDir, type BuiltSite } from "../support/harness.ts";

const guidePages = ["roles/back-end-developer/", "roles/front-end-developer/", "skills/http-caching/", "skills/sql/", "technologies/redis/"];

/** The rendered guide text of a built page: what the layout puts in its .prose block. */
function prose(page: string): string {
  return /<div class="prose">([\s\S]*?)\n {2}<\/div>/.exec(page)?.[1] ?? "";
}

describe("building guides written for GitHub", () => {
  let site: BuiltSite;
  const read = (url: string) => readFile(path.join(site.outputDir, url, "index.html"), "utf8");
  before(async () => {
    site = await buildFixture(fixture("markdown-from-elsewhere"));
  });
  after(() => site.cleanup());

  it("gives every guide page exactly one h1, whatever # headings its body has", async () => {
    for (const url of guidePages) assert.equal((await read(url)).match(/<h1[\s>]/g)?.length, 1, url);
    assert.match(prose(await read("roles/front-end-developer/")), /<h2 id="working-with-designers">Working with designers<\/h2>\n<h3 id="tools">Tools<\/h3>/);
  });

  it("leads every link between guides to a page and heading that exist", async () => {
    const hrefs = new Set<string>();
    for (const url of guidePages) for (const match of prose(await read(url)).matchAll(/href="(\/[^"]*)"/g)) hrefs.add(match[1] ?? "");
    assert.ok(hrefs.has("/skills/http-caching/#section-2-6-cache-headers"), [...hrefs].join(" "));
    assert.ok(hrefs.has("/skills/http-caching/#stale-while-revalidate"));
    assert.ok(hrefs.has("/roles/back-end-developer/#a-week-in-the-work"));
    for (const href of hrefs) {
      const [page = "", id] = href.split("#");
      const html = await read(page);
      if (id) assert.match(html, new RegExp(`id="${id}"`), `${href}: no such heading`);
    }
  });

  it("publishes every image a page shows, with its width and height, in AVIF, WebP and PNG", async () => {
    const page = prose(await read("technologies/redis/"));
    const urls = new Set(
      [...page.matchAll(/(?:src|srcset)="([^"]+)"/g)].flatMap((match) => (match[1] ?? "").split(", ").map((entry) => entry.split(" ")[0] ?? "")),
    );
    assert.equal(urls.size, 12);
    for (const url of urls) assert.ok(existsSync(path.join(site.outputDir, url)), `${url} is not in the output`);
    assert.deepEqual(
      [...page.matchAll(/<img [^>]*width="(\d+)" height="(\d+)"/g)].map((match) => [match[1], match[2]]),
      [
        ["1440", "720"],
        ["400", "300"],
      ],
    );
    assert.deepEqual((await readdir(path.join(site.outputDir, "images"))).length, 12);
  });

  it("highlights code with classes and shows tables in their own region, with no style attribute anywhere", async () => {
    const page = await read("roles/back-end-developer/");
    assert.match(prose(page), /<pre tabindex="0"><code class="language-sql"><span class="token keyword">SELECT<\/span>/);
    assert.match(
      prose(page),
      /<section class="table-scroll" aria-label="Table: Day, What happens, Tools used most, Who is in the room, Shipped, How it is measured" tabindex="0">/,
    );
    for (const url of guidePages) assert.doesNotMatch(await read(url), /\sstyle="/, url);
  });

  it("shows allowed HTML as elements and never shows markup or comments as text", async () => {
    const page = prose(await read("roles/back-end-developer/"));
    assert.match(page, /<kbd>Ctrl<\/kbd>\+<kbd>C<\/kbd>/);
    assert.match(page, /<details>\n<summary>What about GraphQL\?<\/summary>/);
    // A comment at the end of a heading or paragraph leaves no space behind.
    assert.match(prose(await read("skills/http-caching/")), /<h2 id="what-it-is">What it is<\/h2>/);
    assert.match(page, /x<sup>2<\/sup>\.<\/p>/);
    for (const url of guidePages) {
      const text = prose(await read(url)).replace(/<pre[\s\S]*?<\/pre>/g, "");
      assert.doesNotMatch(text, /&lt;|<!--|TODO/, url);
    }
  });

  it("shows a summary's Markdown and inline HTML as formatting on the page and as plain words in meta tags and data", async () => {
    const page = await read("technologies/redis/");
    const words = "An in-memory data store often used as a cache, started with redis-server.";
    assert.match(page, /<p class="lead">An in-memory data store often used as a <em>cache<\/em>, started with <code>redis-server<\/code>\.<\/p>/);
    assert.match(page, new RegExp(`<meta name="description" content="${words}">`));
    const data = JSON.parse(await readFile(path.join(site.outputDir, "technologies/redis.json"), "utf8")) as { technology: { summary: string } };
    assert.equal(data.technology.summary, words);
    assert.doesNotMatch(page.replace(/<pre[\s\S]*?<\/pre>/g, ""), /&lt;|<!--/);
  });

  it("is byte for byte the same, images included, when built again", async () => {
    const again = await buildFixture(fixture("markdown-from-elsewhere"));
    try {
      assert.deepEqual(await hashTree(again.outputDir), await hashTree(site.outputDir));
    } finally {
      await again.cleanup();
    }
  });
});

describe("images from another site that site.yaml allows", () => {
  it("shows them, and the Content-Security-Policy names exactly that origin, in the header and every page", async () => {
    const content = await copyFixture("markdown-from-elsewhere");
    try {
      await writeFile(path.join(content, "site.yaml"), "images:\n  allowedOrigins:\n    - https://images.example.org\n");
      const redis = path.join(content, "technologies", "redis.md");
      await writeFile(redis, `${await readFile(redis, "utf8")}\n![A chart of cache hits](https://images.example.org/charts/hits.png)\n`);
      const site = await buildFixture(content);
      try {
        const page = await readFile(path.join(site.outputDir, "technologies/redis/index.html"), "utf8");
        assert.match(prose(page), /<img src="https:\/\/images.example.org\/charts\/hits.png" alt="A chart of cache hits" loading="lazy" decoding="async">/);
        assert.match(page, /<meta http-equiv="Content-Security-Policy" content="[^"]*img-src &#39;self&#39; data: https:\/\/images.example.org;/);
        assert.match(
          await readFile(path.join(site.outputDir, "_headers"), "utf8"),
          /Content-Security-Policy: [^\n]*img-src 'self' data: https:\/\/images.example.org;/,
        );
      } finally {
        await site.cleanup();
      }
    } finally {
      await rm(content, { recursive: true, force: true });
    }
  });
});

describe("guides with broken links, images and HTML", () => {
  let content: string;
  let root: string;
  const back = "roles/back-end-developer.md";
  const redis = "technologies/redis.md";
  const caching = "skills/http-caching.md";
  before(async () => {
    content = await copyFixture("markdown-from-elsewhere");
    root = await tempDir();
    const edit = async (file: string, change: (text: string) => string) =>
      writeFile(path.join(content, file), change(await readFile(path.join(content, file), "utf8")));
    await edit(back, (text) =>
      text
        .replace("(../skills/http-caching.md#26-cache-headers)", "(../skills/http-cachng.md)")
        .replace("(../skills/http-caching.md#swr)", "(../skills/http-caching.md#no-such-part)")
        .replace("## C#", "<center>\n\n## C#\n\n</center>"),
    );
    await edit(redis, (text) =>
      text.replace("../images/request-flow.png", "../images/request-flw.png").replace('alt="Three cache layers: browser, CDN and Redis"', ""),
    );
    await edit(caching, (text) => text.replace("[the headers section](#2.6_cache_headers)", "[the headers section](#cache-header)"));
  });
  after(async () => {
    await rm(content, { recursive: true, force: true });
    await rm(root, { recursive: true, force: true });
  });

  const expected = (prefix: string) => [
    `${prefix}${back}:18 link to ../skills/http-cachng.md: no guide at skills/http-cachng.md — did you mean ../skills/http-caching.md?`,
    `${prefix}${back}:18 link to ../skills/http-caching.md#no-such-part: skills/http-caching.md has no heading with the id "no-such-part" — headings there: #what-it-is, #section-2-6-cache-headers, #stale-while-revalidate`,
    `${prefix}${back}:48 HTML element <center> is not allowed`,
    `${prefix}${caching}:43 link to #cache-header: no heading in this guide has that id — headings there: #what-it-is, #section-2-6-cache-headers, #stale-while-revalidate`,
    `${prefix}${redis}:15 image ../images/request-flw.png: no image at images/request-flw.png — did you mean ../images/request-flow.png?`,
    `${prefix}${redis}:19 image ../images/diagrams/cache-layers.png: an image needs alt text that says what it shows`,
  ];

  it("fails the build with every problem at its file and line, and leaves the previous output as it was", async () => {
    const output = path.join(root, "site");
    await buildSite({ contentDir: fixture("markdown-from-elsewhere"), outputDir: output, pathPrefix: "/" });
    const before = await hashTree(output);
    const error = await buildSite({ contentDir: content, outputDir: output, pathPrefix: "/" }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    assert.ok(error instanceof Error, "the build succeeded");
    for (const line of expected(`${content}/`)) assert.ok(error.message.includes(line), `missing:\n  ${line}\nin:\n${error.message}`);
    assert.deepEqual(await hashTree(output), before);
  });

  it("reports the same problems in `npm run check`, which exits 1", async () => {
    const result = await runCli(["check", "--content", content]);
    assert.equal(result.code, 1, result.stdout + result.stderr);
    for (const line of expected(`${content}/`)) assert.ok(result.stdout.includes(line), `missing:\n  ${line}\nin:\n${result.stdout}`);
  });
});
