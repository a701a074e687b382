// A site in several languages, built from test/fixtures/languages: English by default, German (shipped messages, two
// translations), French (no message file) and Arabic (a few messages, right to left). Checks the written files: the
// URLs, languages and alternates of pages, links to guides not yet translated, the fallback warning, one search index
// per language, and the sitemap, feeds and exports of each language.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { formatProblem } from "../../src/content/problems.ts";
import { buildFixture, fixture, type BuiltSite } from "../support/harness.ts";

const base = "https://example.org/guides/";

describe("a site in several languages", () => {
  let site: BuiltSite;
  const read = (file: string) => readFile(path.join(site.outputDir, file), "utf8");

  before(async () => {
    site = await buildFixture(fixture("languages"), { baseUrl: base });
  });
  after(() => site.cleanup());

  it("writes each translation at /<lang>/<collection>/<slug>/ and each language's lists, search, comparisons and /me/", async () => {
    for (const page of ["de/roles/back-end-developer/", "de/skills/sql/", "fr/roles/back-end-developer/", "ar/roles/front-end-developer/", "de/", "de/roles/", "de/skills/", "de/technologies/", "de/search/", "de/compare/", "de/compare/back-end-developer-vs-front-end-developer/", "de/me/", "fr/search/", "ar/me/"]) {
      assert.match(await read(`${page}index.html`), /^<!doctype html>/, page);
    }
    await assert.rejects(read("de/skills/web-accessibility/index.html"), "no page for a guide not translated");
    await assert.rejects(read("en/index.html"), "the default language stays at the root");
  });

  it("declares each page's language, and the writing direction of right-to-left ones", async () => {
    assert.match(await read("roles/back-end-developer/index.html"), /<html lang="en-GB">/);
    assert.match(await read("de/roles/back-end-developer/index.html"), /<html lang="de">/);
    assert.match(await read("fr/roles/back-end-developer/index.html"), /<html lang="fr">/);
    assert.match(await read("ar/roles/front-end-developer/index.html"), /<html lang="ar" dir="rtl">/);
  });

  it("links every version of a page to the others both ways, with x-default", async () => {
    const versions = [`<link rel="alternate" hreflang="en-GB" href="${base}roles/back-end-developer/">`, `<link rel="alternate" hreflang="de" href="${base}de/roles/back-end-developer/">`, `<link rel="alternate" hreflang="fr" href="${base}fr/roles/back-end-developer/">`, `<link rel="alternate" hreflang="x-default" href="${base}roles/back-end-developer/">`];
    for (const page of ["roles/back-end-developer/", "de/roles/back-end-developer/", "fr/roles/back-end-developer/"]) {
      const markup = await read(`${page}index.html`);
      for (const link of versions) assert.ok(markup.includes(link), `${page} lacks ${link}`);
      assert.ok(!markup.includes('hreflang="ar" href'), `${page} has no Arabic version to name`);
    }
    const list = await read("ar/roles/index.html");
    for (const language of ["en-GB", "de", "fr", "ar"]) assert.ok(list.includes(`hreflang="${language}" href="${base}${language === "en-GB" ? "" : `${language}/`}roles/"`), `the Arabic roles list names the ${language} one`);
    assert.ok(!(await read("skills/web-accessibility/index.html")).includes('rel="alternate" hreflang'), "a page in one language only has no alternates");
  });

  it("offers every other version in a switcher, and other languages' home pages where the page has none", async () => {
    const switcher = /<nav class="language-switcher"[\s\S]*?<\/nav>/.exec(await read("de/skills/sql/index.html"))?.[0] ?? "";
    assert.match(switcher, /<summary><span class="visually-hidden">Sprache: <\/span><span lang="de">Deutsch<\/span><\/summary>/);
    assert.match(switcher, /<a href="\/guides\/skills\/sql\/" hreflang="en-GB" lang="en-GB" dir="ltr">English<\/a>/);
    assert.match(switcher, /<a href="\/guides\/ar\/" hreflang="ar" lang="ar" dir="rtl">العربية <span class="language-switcher__home">\(الرئيسية\)<\/span><\/a>/);
  });

  it("lists every guide in every language, linking one not yet translated to its original with its language named", async () => {
    const skills = await read("de/skills/index.html");
    assert.match(skills, /<a href="\/guides\/de\/skills\/sql\/">SQL<\/a><p>Die Sprache, mit der man relationale Datenbanken befragt\.<\/p>/);
    assert.match(skills, /<a href="\/guides\/skills\/web-accessibility\/" hreflang="en-GB"><span lang="en-GB">Web accessibility<\/span> <span class="language-note">\(Englisch\)<\/span><\/a><p lang="en-GB">/);
    const role = await read("de/roles/back-end-developer/index.html");
    assert.match(role, /<a href="\/guides\/de\/skills\/sql\/">SQL<\/a>/, "the translation's own link leads to the German SQL guide");
    assert.match(role, /<a href="\/guides\/skills\/web-accessibility\/" hreflang="en-GB">Barrierefreiheit im Web<\/a>/, "and to the original of one not translated");
    assert.match(await read("fr/roles/index.html"), /hreflang="en-GB"><span lang="en-GB">Front-end developer<\/span> <span class="language-note">\(anglais\)<\/span>/);
  });

  it("shows the interface in the page's language, falling back to the default language's for missing messages", async () => {
    const german = await read("de/roles/back-end-developer/index.html");
    for (const text of ["<title>Backend-Entwickler:in · Role Guides</title>", ">Rollen</a>", "Veröffentlicht am <time datetime=\"2026-03-05\">5. März 2026</time>", ">Lernpfad</h2>", "Zum Inhalt springen"]) assert.ok(german.includes(text), `German page lacks ${text}`);
    const french = await read("fr/roles/back-end-developer/index.html");
    assert.ok(french.includes(">Skip to content</a>") && french.includes("Published <time datetime=\"2026-03-06\">6 mars 2026</time>"), "French falls back to English words, dates in French");
    const arabic = await read("ar/roles/front-end-developer/index.html");
    assert.ok(arabic.includes(">الأدوار</a>") && arabic.includes(">Skills</h2>"), "Arabic uses its own messages and English for the rest");
  });

  it("warns once per language about missing messages when building", () => {
    const warnings = (site.report?.warnings ?? []).filter((warning) => warning.rule === "messages").map(formatProblem);
    assert.equal(warnings.length, 2, warnings.join("\n"));
    assert.match(warnings[0] ?? "", /ar\/messages\.yaml ar lacks \d+ of the \d+ interface messages, which its pages show in English: /);
    assert.match(warnings[1] ?? "", /languages\/fr fr has no interface messages: its pages show all \d+ in English/);
  });

  it("indexes each language's pages in a search index of its own, stemmed for the language", async () => {
    const entry = async (dir: string) => JSON.parse(await read(`${dir}pagefind-entry.json`)) as { languages: Record<string, { page_count: number }> };
    assert.deepEqual(Object.entries((await entry("pagefind/")).languages).map(([language, info]) => [language, info.page_count]), [["en", 7]]);
    assert.deepEqual(Object.entries((await entry("de/pagefind/")).languages).map(([language, info]) => [language, info.page_count]), [["de", 2]]);
    assert.deepEqual(Object.keys((await entry("fr/pagefind/")).languages), ["fr"]);
    assert.match(await read("de/search/index.html"), /data-search-index="de\/pagefind\/"/);
    assert.match(await read("de/search/index.html"), /<option value="skill" data-value="Fähigkeit">Fähigkeit<\/option>/, "filters labelled in German");
  });

  it("lists the alternates of each page in the sitemap", async () => {
    const sitemap = await read("sitemap.xml");
    assert.match(sitemap, /<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9" xmlns:xhtml="http:\/\/www\.w3\.org\/1999\/xhtml">/);
    const entry = /<url>\n {4}<loc>https:\/\/example\.org\/guides\/de\/roles\/back-end-developer\/<\/loc>[\s\S]*?<\/url>/.exec(sitemap)?.[0] ?? "";
    for (const [language, url] of [["en-GB", "roles/back-end-developer/"], ["de", "de/roles/back-end-developer/"], ["fr", "fr/roles/back-end-developer/"], ["x-default", "roles/back-end-developer/"]]) {
      assert.ok(entry.includes(`<xhtml:link rel="alternate" hreflang="${language}" href="${base}${url}"/>`), `${language} in\n${entry}`);
    }
  });

  it("publishes a feed and JSON exports per language, each carrying its language", async () => {
    const feed = await read("de/feed.xml");
    assert.match(feed, /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom" xml:lang="de">/);
    assert.match(feed, /<title>Backend-Entwickler:in<\/title>/);
    assert.ok(!feed.includes("<title>Web accessibility</title>"), "the German feed lists German guides only");
    assert.match(await read("feed.xml"), /xml:lang="en-GB"/);
    const roles = JSON.parse(await read("de/roles.json")) as { language: string; roles: Array<{ slug: string; title: string; url: string; language?: string }> };
    assert.equal(roles.language, "de");
    assert.deepEqual(roles.roles.map(({ slug, title, url, language }) => ({ slug, title, url, language })), [
      { slug: "back-end-developer", title: "Backend-Entwickler:in", url: `${base}de/roles/back-end-developer/`, language: undefined },
      { slug: "front-end-developer", title: "Front-end developer", url: `${base}roles/front-end-developer/`, language: "en-GB" },
    ]);
    assert.equal((JSON.parse(await read("de/roles/back-end-developer.json")) as { language: string }).language, "de");
    assert.equal((JSON.parse(await read("roles.json")) as { language: string }).language, "en-GB");
  });

  it("lets the service worker store each other language on its own", async () => {
    const worker = await read("sw.js");
    // The plan is a (minified) object literal in the worker's code.
    assert.match(worker, /languages:\{ar:\[[^\]]*"\/guides\/ar\/roles\/front-end-developer\/"/);
    assert.match(worker, /de:\[[^\]]*"\/guides\/de\/pagefind\/pagefind-entry\.json"/);
    assert.match(worker, /urls:\[[^\]]*"\/guides\/pagefind\/pagefind-entry\.json"/);
    assert.ok(!/urls:\[[^\]]*\/guides\/de\//.test(worker), "German is not stored at install");
  });
});
