import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { escapeHtml, html, trustedHtml } from "../../src/lib/html.ts";

describe("html", () => {
  it("escapes every interpolated string", () => {
    const title = `<img src=x onerror=alert(1)> & "quotes" 'too'`;
    assert.equal(
      String(html`<h1 title="${title}">${title}</h1>`),
      `<h1 title="&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot; &#39;too&#39;">&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot; &#39;too&#39;</h1>`,
    );
  });

  it("keeps markup built by html and trusted markup as it is", () => {
    const inner = html`<em>${"a<b"}</em>`;
    assert.equal(String(html`<p>${inner}${trustedHtml("<strong>ok</strong>")}</p>`), "<p><em>a&lt;b</em><strong>ok</strong></p>");
  });

  it("joins lists and drops absent values", () => {
    assert.equal(
      String(html`<ul>${["<a>", "b"].map((item) => html`<li>${item}</li>`)}${null}${undefined}${false}</ul>`),
      "<ul><li>&lt;a&gt;</li><li>b</li></ul>",
    );
  });

  it("renders numbers as text", () => {
    assert.equal(String(html`${3} skills`), "3 skills");
  });

  it("escapes the five characters that matter in HTML", () => {
    assert.equal(escapeHtml(`&<>"'`), "&amp;&lt;&gt;&quot;&#39;");
  });
});
