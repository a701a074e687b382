// Images in guide bodies: files from the content folder's images/ folder shown with sizes, modern formats and srcset;
// every image that cannot be shown is an error at its line that says what to do.
import assert from "node:assert/strict";
import { mkdir, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { tryBuildModel } from "../../src/content/index.ts";
import { ImageLibrary } from "../../src/content/markdown/images.ts";
import { parseBody, renderParsed, type RenderedBody } from "../../src/content/render.ts";
import { copyFixture, tempDir } from "../support/harness.ts";

describe("images in a guide", () => {
  let contentDir: string;
  let outside: string;
  before(async () => {
    contentDir = await copyFixture("markdown-from-elsewhere");
    outside = await tempDir();
    await writeFile(path.join(outside, "secret.png"), "not really a picture");
    await symlink(path.join(outside, "secret.png"), path.join(contentDir, "images", "escape.png"));
    await writeFile(path.join(contentDir, "images", "notes.txt"), "Not an image.");
    await mkdir(path.join(contentDir, "skills", "assets"));
    await writeFile(path.join(contentDir, "skills", "assets", "flow.png"), "misplaced");
  });
  after(async () => {
    await rm(contentDir, { recursive: true, force: true });
    await rm(outside, { recursive: true, force: true });
  });

  function render(body: string, origins: string[] = []): RenderedBody {
    const guideFile = path.join(contentDir, "technologies", "redis.md");
    return renderParsed(parseBody(body, "Redis"), guideFile, { contentDir, guides: new Map(), images: new ImageLibrary(contentDir, origins) });
  }

  it("shows an image from images/ as a picture with AVIF and WebP sources, a srcset, and its width and height", () => {
    const { html, problems, images } = render("![Requests go through the cache](../images/request-flow.png)\n");
    assert.deepEqual(problems, []);
    const widths = (format: string) => [...html.matchAll(new RegExp(`/images/[\\w-]+-(\\d+)\\.${format} \\d+w`, "g"))].map((match) => Number(match[1]));
    assert.deepEqual(widths("avif"), [480, 960, 1440]);
    assert.deepEqual(widths("webp"), [480, 960, 1440]);
    assert.deepEqual(widths("png"), [480, 960, 1440]);
    assert.match(html, /<source type="image\/avif" srcset="[^"]+" sizes="[^"]+"><source type="image\/webp"/);
    assert.match(html, /<img src="\/images\/[\w-]+-1440\.png" srcset="[^"]+" sizes="[^"]+" width="1440" height="720" alt="Requests go through the cache" decoding="async"><\/picture>/);
    assert.deepEqual(images.map((image) => path.relative(contentDir, image.source)), [path.join("images", "request-flow.png")]);
    assert.equal(images[0]?.files.length, 9);
  });

  it("never makes an image wider than its file, and loads every image after the first lazily", () => {
    const { html } = render("![Flow](../images/request-flow.png)\n\n![Three layers](../images/diagrams/cache-layers.png)\n");
    const [first, second] = html.split("<picture>").slice(1);
    assert.doesNotMatch(first ?? "", /loading=/);
    assert.match(second ?? "", /width="400" height="300" alt="Three layers" loading="lazy"/);
    assert.doesNotMatch(second ?? "", /-480\./);
  });

  it("treats an <img> element like Markdown's image syntax", () => {
    const { html, problems } = render('<img src="../images/diagrams/cache-layers.png" alt="Three layers" width="100" onerror="alert(1)">\n');
    assert.deepEqual(problems, []);
    assert.match(html, /^<p><picture>.*alt="Three layers" decoding="async"><\/picture><\/p>\n$/);
    assert.doesNotMatch(html, /onerror|width="100"/);
  });

  it("shows the images of a centred README-style block, leaving the alignment to the page", () => {
    const { html, problems } = render('<p align="center">\n  <img src="../images/request-flow.png" alt="Request flow" width="600">\n  <img src="../images/diagrams/cache-layers.png" alt="Three layers">\n</p>\n');
    assert.deepEqual(problems, []);
    assert.equal(html.match(/<picture>/g)?.length, 2);
    assert.match(html, /^<p><picture>.*alt="Request flow" decoding="async"><\/picture><picture>.*alt="Three layers" loading="lazy" decoding="async"><\/picture><\/p>\n$/);
  });

  it("reports each image that cannot be shown at its line, saying what to do", () => {
    const body = [
      "![Flow](../images/request-flw.png)",
      "![](../images/request-flow.png)",
      "![Outside](../../outside.png)",
      "![Escape](../images/escape.png)",
      "![Misplaced](../skills/assets/flow.png)",
      "![Notes](../images/notes.txt)",
      "![Chart](https://cdn.example.org/chart.png)",
      "![Root](/images/request-flow.png)",
      "![Pixel](data:image/png;base64,iVBORw0KGgo=)",
    ].join("\n\n");
    const problems = render(`${body}\n`).problems.map((problem) => [problem.line, problem.message, problem.suggestion]);
    assert.deepEqual(problems, [
      [0, "image ../images/request-flw.png: no image at images/request-flw.png", "did you mean ../images/request-flow.png?"],
      [2, "image ../images/request-flow.png: an image needs alt text that says what it shows", "write it in the brackets: ![what the image shows](…)"],
      [4, "image ../../outside.png: the image path leaves the content folder", "store the image in the content folder's images/ folder"],
      [6, "image ../images/escape.png: the image is a link to a file outside the content folder", "copy the file itself into the images/ folder"],
      [8, "image ../skills/assets/flow.png: images live in the content folder's images/ folder", "move it to images/ and write ../images/flow.png"],
      [10, "image ../images/notes.txt: not an image the build can read", "use a PNG, JPEG, GIF, WebP or SVG file"],
      [12, "image https://cdn.example.org/chart.png: an image from https://cdn.example.org would be blocked by the site's Content-Security-Policy", "store the file in the content folder's images/ folder and link it with a relative path, or allow https://cdn.example.org under images.allowedOrigins in site.yaml"],
      [14, "image /images/request-flow.png: an image path must be relative to the guide, as on GitHub", "write ../images/request-flow.png"],
      [16, "image data:image/png;base64,iVBORw0KGgo=: an image embedded as a data: URL", "store the file in images/ and link it, like ![what it shows](../images/diagram.png)"],
    ]);
  });

  it("lets a build of a content folder that does not exist report that, not fail on reading the folder", async () => {
    const missing = path.join(outside, "no-such-content");
    const { problems } = await tryBuildModel(missing);
    assert.deepEqual(problems.map((problem) => problem.message), ["the content folder does not exist"]);
  });

  it("shows an image from an origin the site settings allow, and no other", () => {
    const allowed = render("![Chart](https://cdn.example.org/chart.png)\n\n![Other](http://cdn.example.org/x.png)\n", ["https://cdn.example.org"]);
    assert.match(allowed.html, /^<p><img src="https:\/\/cdn.example.org\/chart.png" alt="Chart" decoding="async"><\/p>/);
    assert.deepEqual(allowed.problems.map((problem) => problem.message), ["image http://cdn.example.org/x.png: an image from http://cdn.example.org would be blocked by the site's Content-Security-Policy"]);
    assert.deepEqual(allowed.images, []);
  });
});
