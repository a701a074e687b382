// One line of inline Markdown read as plain words and as HTML: formatting kept in the HTML, HTML read as GitHub reads it.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readInline } from "../../src/lib/inline-markdown.ts";

const kept = new Set(["b", "code", "kbd", "abbr"]);

describe("reading a line of inline Markdown", () => {
  it("leaves plain text as it is, unmarked", () => {
    assert.deepEqual(readInline("C# & C++, if a < b"), {
      text: "C# & C++, if a < b",
      html: "C# &amp; C++, if a &lt; b",
      marked: false,
      htmlElements: [],
      otherHtml: [],
    });
  });

  it("renders Markdown in the HTML and reads it as its words in the text", () => {
    const read = readInline("Uses *caches* and `a  b` from [docs](https://example.org/)");
    assert.equal(read.text, "Uses caches and a  b from docs");
    assert.equal(read.html, "Uses <em>caches</em> and <code>a  b</code> from docs");
    assert.equal(read.marked, true);
  });

  it("keeps the elements asked for, without attributes but an abbreviation's title, and closes what is left open", () => {
    const read = readInline('Press <kbd onclick="x()">Ctrl</kbd>, read <abbr title="Hypertext" style="color:red">HTML</abbr> and <b>stay', kept);
    assert.equal(read.html, 'Press <kbd>Ctrl</kbd>, read <abbr title="Hypertext">HTML</abbr> and <b>stay</b>');
    assert.equal(read.text, "Press Ctrl, read HTML and stay");
    assert.deepEqual(read.htmlElements, ["kbd", "abbr", "b"]);
  });

  it("leaves out comments and other tags, joining the spaces around them, and leaves code spans alone", () => {
    const read = readInline("<!-- lead --> Words <!-- a --> <!-- b --> and <em>more</em>`x  y` <span>here</span>end<br>next", kept);
    assert.equal(read.text, "Words and morex  y hereend next");
    assert.equal(read.html, "Words and more<code>x  y</code> hereend next");
    assert.deepEqual(read.htmlElements, ["em", "span", "br"]);
  });

  it("reports HTML that is not an element, and reads escaped markup as text", () => {
    assert.deepEqual(readInline("Runs <?php echo 1; ?> code").otherHtml, ["<?php echo 1; ?>"]);
    const escaped = readInline("&lt;script&gt; and \\<b>");
    assert.equal(escaped.text, "<script> and <b>");
    assert.equal(escaped.html, "&lt;script&gt; and &lt;b&gt;");
    assert.deepEqual(escaped.htmlElements, []);
  });
});
