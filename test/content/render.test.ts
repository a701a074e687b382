// Rendering a guide's body: highlighted code, tables in scrolling regions, one h1, HTML as GitHub treats it, and links
// and anchors written for GitHub leading to the right page and heading. Real renderer, real files in a fixture.
import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { ImageLibrary } from "../../src/content/markdown/images.ts";
import { parseBody, renderParsed, type GuideIndex, type RenderedBody } from "../../src/content/render.ts";
import { fixture } from "../support/harness.ts";

const contentDir = fixture("markdown-from-elsewhere");
const guideFile = path.join(contentDir, "skills", "http-caching.md");
const other = parseBody("## Setting up\n\n## 2.6 Media queries\n\n<a name=\"by-hand\"></a>\n\n## Placed by hand\n", "Other");
const guides: GuideIndex = new Map([
  ["skills/http-caching.md", { url: "/skills/http-caching/" }],
  ["skills/other.md", { url: "/skills/other/", anchors: other.anchors }],
]);

/** Renders a body as a guide in the fixture's skills/ folder would be. */
function render(body: string, title = "HTTP caching"): RenderedBody {
  return renderParsed(parseBody(body, title), guideFile, { contentDir, guides, images: new ImageLibrary(contentDir, ["https://images.example.org"]) });
}

describe("rendering code blocks", () => {
  it("highlights a known language with class names only, never a style attribute", () => {
    const { html } = render("```ts\nconst answer: number = 42; // the answer\n```\n");
    assert.match(html, /^<pre tabindex="0"><code class="language-typescript"><span class="token keyword">const<\/span> answer/);
    assert.match(html, /<span class="token comment">\/\/ the answer<\/span>/);
    assert.doesNotMatch(html, /style=/);
  });

  it("knows the names authors write for a language, like sh, yml and C#", () => {
    for (const [info, language] of [["sh", "bash"], ["yml", "yaml"], ["C#", "csharp"], ["html", "markup"], ["console", "shell-session"]]) {
      assert.match(render(`\`\`\`${info}\nx\n\`\`\`\n`).html, new RegExp(`class="language-${language}"`), info);
    }
  });

  it("shows code in an unknown language, or none, as plain escaped text", () => {
    assert.equal(render("```pseudocode\nif A --> <B>\n```\n").html, '<pre tabindex="0"><code>if A --&gt; &lt;B&gt;\n</code></pre>\n');
    assert.equal(render("```\n<b>bold?</b>\n```\n").html, '<pre tabindex="0"><code>&lt;b&gt;bold?&lt;/b&gt;\n</code></pre>\n');
    assert.equal(render("    indented <i>\n").html, '<pre tabindex="0"><code>indented &lt;i&gt;\n</code></pre>\n');
  });
});

describe("rendering tables", () => {
  it("puts a table in a focusable region named after its columns, with alignment as classes", () => {
    const { html } = render("| Tool | Cost |\n| :--- | ---: |\n| Redis | 0 |\n");
    assert.match(html, /^<section class="table-scroll" aria-label="Table: Tool, Cost" tabindex="0">\n<table>/);
    assert.match(html, /<th class="align-left">Tool<\/th>\n<th class="align-right">Cost<\/th>/);
    assert.match(html, /<\/table>\n<\/section>\n$/);
    assert.doesNotMatch(html, /style=/);
  });
});

describe("headings", () => {
  it("drops a first # heading that repeats the title, so the page keeps one h1", () => {
    const { html, headings } = render("# HTTP Caching\n\nText.\n\n## Why\n");
    assert.equal(html, '<p>Text.</p>\n<h2 id="why">Why</h2>\n');
    assert.deepEqual(headings.map((heading) => heading.text), ["Why"]);
  });

  it("moves every heading one level down when the body still has a # heading", () => {
    const { html } = render("# HTTP caching\n\n# Another part\n\n## Inside it\n\n###### Smallest\n");
    assert.equal(html, '<h2 id="another-part">Another part</h2>\n<h3 id="inside-it">Inside it</h3>\n<h6 id="smallest">Smallest</h6>\n');
  });

  it("keeps # in a heading's text: # C# is the heading C#, not C #", () => {
    const { html, headings } = render("# C#\n\n## F# and C#\n", "Languages");
    assert.equal(html, '<h2 id="c-sharp">C#</h2>\n<h3 id="f-sharp-and-c-sharp">F# and C#</h3>\n');
    assert.deepEqual(headings.map((heading) => heading.text), ["C#", "F# and C#"]);
  });

  it("takes a heading's id and text from its visible text only", () => {
    const { html, headings } = render("## Get started <!-- markdownlint-disable-line MD033 -->\n\n## Press <kbd>Ctrl</kbd>\n");
    assert.match(html, /<h2 id="get-started">Get started<\/h2>\n<h2 id="press-ctrl">Press <kbd>Ctrl<\/kbd><\/h2>/);
    assert.deepEqual(headings.map((heading) => [heading.id, heading.text]), [["get-started", "Get started"], ["press-ctrl", "Press Ctrl"]]);
  });
});

describe("HTML in Markdown", () => {
  it("removes comments, block or inline, wherever they are", () => {
    const { html, problems } = render("<!-- a note for editors -->\n\nText<!-- inline --> here.\n\n<!--\nseveral\nlines\n-->\n");
    assert.equal(html, "<p>Text here.</p>\n");
    assert.deepEqual(problems, []);
  });

  it("shows the allowed elements GitHub shows, without attributes that run code or restyle the page", () => {
    const { html, problems } = render('Press <kbd onclick="alert(1)">Ctrl</kbd>, H<sub>2</sub>O, x<sup style="color:red">2</sup>, <abbr title="Cascading Style Sheets" onmouseover="x()">CSS</abbr>,<br>next line.\n\n<details open ontoggle="alert(2)">\n<summary>More</summary>\n\nHidden text.\n\n</details>\n');
    assert.deepEqual(problems, []);
    assert.equal(html, '<p>Press <kbd>Ctrl</kbd>, H<sub>2</sub>O, x<sup>2</sup>, <abbr title="Cascading Style Sheets">CSS</abbr>,<br>next line.</p>\n<details open>\n<summary>More</summary>\n<p>Hidden text.</p>\n</details>\n');
  });

  it("keeps <div> and <span> wrappers, as GitHub does, without their attributes", () => {
    const { html, problems } = render('<div align="center">\n\n**Centred** text with <span class="x" style="color:red">a span</span>.\n\n</div>\n');
    assert.deepEqual(problems, []);
    assert.equal(html, "<div>\n<p><strong>Centred</strong> text with <span>a span</span>.</p>\n</div>\n");
  });

  it("refuses every other element at its line, naming it, and never shows it as text", () => {
    const { html, problems } = render('Intro.\n\n<center>\n\nCentred.\n\n</center>\n\nA <font color="red">word</font>, <script>alert(1)</script> and <iframe src="https://example.org"></iframe>.\n');
    assert.deepEqual(problems.map((problem) => [problem.line, problem.message.split(":")[0]]), [
      [2, "HTML element <center> is not allowed"],
      [8, "HTML element <font> is not allowed"],
      [8, "HTML element <script> is not allowed"],
      [8, "HTML element <iframe> is not allowed"],
    ]);
    assert.equal(problems[0]?.suggestion, "remove the tag: pages set their own alignment");
    assert.equal(render("Replace <your-token> with yours.\n").problems[0]?.suggestion, "if it is code or a placeholder, put it in backticks (`<your-token>`); otherwise use Markdown, or remove the tag");
    assert.doesNotMatch(html, /&lt;|<center|<font|<script|<iframe/);
  });

  it("treats <a href> like a Markdown link: resolved when it leads to a guide, refused when it could run code", () => {
    const { html, problems } = render('See <a href="./other.md#setting-up" title="The other guide" onclick="x()">the other guide</a>, <a href="javascript:alert(1)">this</a> and <a href="https://example.org/">an open one.\n');
    assert.match(html, /^<p>See <a href="\/skills\/other\/#setting-up" title="The other guide">the other guide<\/a>, this and an open one\.<\/p>/);
    assert.deepEqual(problems.map((problem) => problem.message), [
      "a link to javascript:alert(1), which the site refuses (it could run code or load a file)",
      'an <a href="https://example.org/"> with no </a> after it in the same paragraph',
    ]);
  });

  it("refuses processing instructions and declarations instead of hiding them", () => {
    const { problems } = render("Run <?php echo 1; ?> here.\n");
    assert.match(problems[0]?.message ?? "", /processing instruction/);
  });
});

describe("links between guides", () => {
  it("leads a relative link to a guide's Markdown file to its page", () => {
    assert.match(render("[other](./other.md) and [again](../skills/other.md)\n").html, /<a href="\/skills\/other\/">other<\/a> and <a href="\/skills\/other\/">again<\/a>/);
  });

  it("leads GitHub's anchors, hand-written ones and <a name> anchors to the heading they meant", () => {
    const { html, problems } = render("[a](other.md#setting-up) [b](other.md#26-media-queries) [c](other.md#2.6_media_queries) [d](other.md#by-hand)\n");
    assert.deepEqual(problems, []);
    assert.deepEqual([...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]), ["/skills/other/#setting-up", "/skills/other/#section-2-6-media-queries", "/skills/other/#section-2-6-media-queries", "/skills/other/#placed-by-hand"]);
  });

  it("reports a link to a missing guide, suggesting only guides that exist", () => {
    const { problems } = render("Intro.\n\nSee [other](../skills/othr.md) and [nothing](../roles/no-such-role.md).\n");
    assert.deepEqual(problems.map((problem) => [problem.line, problem.message, problem.suggestion]), [
      [2, "link to ../skills/othr.md: no guide at skills/othr.md", "did you mean ./other.md?"],
      [2, "link to ../roles/no-such-role.md: no guide at roles/no-such-role.md", "add roles/no-such-role.md to the content folder, or remove the link"],
    ]);
  });

  it("reports an anchor that leads nowhere, in this guide or another", () => {
    const { problems } = render("## Here\n\n[a](#hre) [b](other.md#no-such-part)\n");
    assert.deepEqual(problems.map((problem) => [problem.message, problem.suggestion]), [
      ["link to #hre: no heading in this guide has that id", "did you mean #here?"],
      ['link to other.md#no-such-part: skills/other.md has no heading with the id "no-such-part"', "headings there: #setting-up, #section-2-6-media-queries, #placed-by-hand"],
    ]);
  });

  it("reports relative links that cannot work on the site", () => {
    const { problems } = render("[out](../../README.md) [folder](other/) [site](developer.mozilla.org/docs) [picture](../images/request-flow.png)\n");
    assert.deepEqual(problems.map((problem) => problem.suggestion), [
      "link to a guide in the content folder, or to a full https:// address",
      "write ./other.md",
      "if it is another site, write https://developer.mozilla.org/docs",
      "show it with ![what it shows](../images/request-flow.png)",
    ]);
  });

  it("leads links to the content folder's README and to a collection's folder to the home page and that collection's list", () => {
    const { html, problems } = render("[all guides](../README.md) [start](../index.md) [skills](./) [skills again](../skills/README.md)\n");
    assert.deepEqual(problems, []);
    assert.deepEqual([...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]), ["/", "/", "/skills/", "/skills/"]);
  });

  it("leaves links to other sites and root-relative links as written", () => {
    assert.match(render("[MDN](https://developer.mozilla.org/) [SQL](/skills/sql/#what-it-is)\n").html, /href="https:\/\/developer.mozilla.org\/">MDN<\/a> <a href="\/skills\/sql\/#what-it-is">/);
  });
});
