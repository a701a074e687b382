// A site in several languages, built once from test/fixtures/languages: English by default, German (shipped messages,
// two translations), French (no message file) and Arabic (a few messages, right to left). First the written files: the
// URLs, languages and alternates of pages, links to guides not yet translated, the fallback warning, one search index
// per language, the sitemap, feeds and exports of each language. Then in headless Chromium, served under the site's own
// headers (CSP included): each language's search finds its own pages only, the language switcher works from the
// keyboard, a right-to-left page reads right to left, the quality gates pass, and offline search works in a second
// language once the service worker has stored it.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { after, describe, it } from "node:test";
import { HtmlValidate } from "html-validate";
import * as pagefind from "pagefind";
import type { Page } from "playwright-core";
import config from "../../.htmlvalidate.mjs";
import { formatProblem } from "../../src/content/problems.ts";
import { fixture } from "../support/harness.ts";
import { checkSiteLinks, formatBrokenLinks } from "../support/link-check.ts";
import { useBuiltSite } from "../support/site-under-test.ts";
import { axeViolations } from "../quality/page-checks.ts";
import { listSitePages } from "../quality/site-pages.ts";

const base = "https://example.org/";

/** Searches a language's search page by URL and returns the result titles once the live region reports them. */
async function searchTitles(page: Page, searchPage: string, query: string): Promise<string[]> {
  await page.goto(`${searchPage}?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(
    () => (document.querySelector("#search-status")?.textContent ?? "") !== "" && !document.querySelector("#search-results[aria-busy]"),
  );
  return page.locator("#search-results-list .search-result__link").allTextContents();
}

describe("a site in several languages, in a browser", () => {
  // At the root: Eleventy's base plugin rewrites pages under a path prefix with boolean attributes html-validate refuses.
  const site = useBuiltSite(fixture("languages"), { browser: true, baseUrl: base });
  const read = (file: string) => readFile(path.join(site.outputDir, file), "utf8");
  after(() => pagefind.close());

  it("writes each translation at /<lang>/<collection>/<slug>/ and each language's lists, search, comparisons and /me/", async () => {
    for (const page of [
      "de/roles/back-end-developer/",
      "de/skills/sql/",
      "fr/roles/back-end-developer/",
      "ar/roles/front-end-developer/",
      "de/",
      "de/roles/",
      "de/skills/",
      "de/technologies/",
      "de/search/",
      "de/compare/",
      "de/compare/back-end-developer-vs-front-end-developer/",
      "de/me/",
      "fr/search/",
      "ar/me/",
    ]) {
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
    const versions = [
      `<link rel="alternate" hreflang="en-GB" href="${base}roles/back-end-developer/">`,
      `<link rel="alternate" hreflang="de" href="${base}de/roles/back-end-developer/">`,
      `<link rel="alternate" hreflang="fr" href="${base}fr/roles/back-end-developer/">`,
      `<link rel="alternate" hreflang="x-default" href="${base}roles/back-end-developer/">`,
    ];
    for (const page of ["roles/back-end-developer/", "de/roles/back-end-developer/", "fr/roles/back-end-developer/"]) {
      const markup = await read(`${page}index.html`);
      for (const link of versions) assert.ok(markup.includes(link), `${page} lacks ${link}`);
      assert.ok(!markup.includes('hreflang="ar" href'), `${page} has no Arabic version to name`);
    }
    const list = await read("ar/roles/index.html");
    for (const language of ["en-GB", "de", "fr", "ar"])
      assert.ok(
        list.includes(`hreflang="${language}" href="${base}${language === "en-GB" ? "" : `${language}/`}roles/"`),
        `the Arabic roles list names the ${language} one`,
      );
    assert.ok(!(await read("skills/web-accessibility/index.html")).includes('rel="alternate" hreflang'), "a page in one language only has no alternates");
  });

  it("offers every other version in a switcher, and other languages' home pages where the page has none", async () => {
    const switcher = /<nav class="language-switcher"[\s\S]*?<\/nav>/.exec(await read("de/skills/sql/index.html"))?.[0] ?? "";
    assert.match(switcher, /<summary><span class="visually-hidden">Sprache: <\/span><span lang="de">Deutsch<\/span><\/summary>/);
    assert.match(switcher, /<a href="\/skills\/sql\/" hreflang="en-GB" lang="en-GB" dir="ltr">English<\/a>/);
    assert.match(switcher, /<a href="\/ar\/" hreflang="ar" lang="ar" dir="rtl">العربية <span class="language-switcher__home">\(الرئيسية\)<\/span><\/a>/);
  });

  it("lists every guide in every language, linking one not yet translated to its original with its language named", async () => {
    const skills = await read("de/skills/index.html");
    assert.match(skills, /<a href="\/de\/skills\/sql\/">SQL<\/a><p>Die Sprache, mit der man relationale Datenbanken befragt\.<\/p>/);
    assert.match(
      skills,
      /<a href="\/skills\/web-accessibility\/" hreflang="en-GB"><span lang="en-GB">Web accessibility<\/span> <span class="language-note">\(Englisch\)<\/span><\/a><p lang="en-GB">/,
    );
    const role = await read("de/roles/back-end-developer/index.html");
    assert.match(role, /<a href="\/de\/skills\/sql\/">SQL<\/a>/, "the translation's own link leads to the German SQL guide");
    assert.match(role, /<a href="\/skills\/web-accessibility\/" hreflang="en-GB">Barrierefreiheit im Web<\/a>/, "and to the original of one not translated");
    assert.match(
      await read("fr/roles/index.html"),
      /hreflang="en-GB"><span lang="en-GB">Front-end developer<\/span> <span class="language-note">\(anglais\)<\/span>/,
    );
  });

  it("shows the interface in the page's language, falling back to the default language's for missing messages", async () => {
    const german = await read("de/roles/back-end-developer/index.html");
    for (const text of [
      "<title>Backend-Entwickler:in · Role Guides</title>",
      ">Rollen</a>",
      'Veröffentlicht am <time datetime="2026-03-05">5. März 2026</time>',
      ">Lernpfad</h2>",
      "Zum Inhalt springen",
    ])
      assert.ok(german.includes(text), `German page lacks ${text}`);
    const french = await read("fr/roles/back-end-developer/index.html");
    assert.ok(
      french.includes(">Skip to content</a>") && french.includes('Published <time datetime="2026-03-06">6 mars 2026</time>'),
      "French falls back to English words, dates in French",
    );
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
    assert.deepEqual(
      Object.entries((await entry("pagefind/")).languages).map(([language, info]) => [language, info.page_count]),
      [["en", 7]],
    );
    assert.deepEqual(
      Object.entries((await entry("de/pagefind/")).languages).map(([language, info]) => [language, info.page_count]),
      [["de", 2]],
    );
    assert.deepEqual(Object.keys((await entry("fr/pagefind/")).languages), ["fr"]);
    assert.match(await read("de/search/index.html"), /data-search-index="de\/pagefind\/"/);
    assert.match(await read("de/search/index.html"), /<option value="skill" data-value="Fähigkeit">Fähigkeit<\/option>/, "filters labelled in German");
  });

  it("lists the alternates of each page in the sitemap", async () => {
    const sitemap = await read("sitemap.xml");
    assert.match(sitemap, /<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9" xmlns:xhtml="http:\/\/www\.w3\.org\/1999\/xhtml">/);
    const entry = /<url>\n {4}<loc>https:\/\/example\.org\/de\/roles\/back-end-developer\/<\/loc>[\s\S]*?<\/url>/.exec(sitemap)?.[0] ?? "";
    for (const [language, url] of [
      ["en-GB", "roles/back-end-developer/"],
      ["de", "de/roles/back-end-developer/"],
      ["fr", "fr/roles/back-end-developer/"],
      ["x-default", "roles/back-end-developer/"],
    ]) {
      assert.ok(entry.includes(`<xhtml:link rel="alternate" hreflang="${language}" href="${base}${url}"/>`), `${language} in\n${entry}`);
    }
  });

  it("publishes a feed and JSON exports per language, each carrying its language", async () => {
    const feed = await read("de/feed.xml");
    assert.match(feed, /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom" xml:lang="de">/);
    assert.match(feed, /<title>Backend-Entwickler:in<\/title>/);
    assert.ok(!feed.includes("<title>Web accessibility</title>"), "the German feed lists German guides only");
    assert.match(await read("feed.xml"), /xml:lang="en-GB"/);
    const roles = JSON.parse(await read("de/roles.json")) as {
      language: string;
      roles: Array<{ slug: string; title: string; url: string; language?: string }>;
    };
    assert.equal(roles.language, "de");
    assert.deepEqual(
      roles.roles.map(({ slug, title, url, language }) => ({ slug, title, url, language })),
      [
        { slug: "back-end-developer", title: "Backend-Entwickler:in", url: `${base}de/roles/back-end-developer/`, language: undefined },
        { slug: "front-end-developer", title: "Front-end developer", url: `${base}roles/front-end-developer/`, language: "en-GB" },
      ],
    );
    assert.equal((JSON.parse(await read("de/roles/back-end-developer.json")) as { language: string }).language, "de");
    assert.equal((JSON.parse(await read("roles.json")) as { language: string }).language, "en-GB");
  });

  it("lets the service worker store each other language on its own", async () => {
    const worker = await read("sw.js");
    // The plan is a (minified) object literal in the worker's code.
    assert.match(worker, /languages:\{ar:\[[^\]]*"\/ar\/roles\/front-end-developer\/"/);
    assert.match(worker, /de:\[[^\]]*"\/de\/pagefind\/pagefind-entry\.json"/);
    assert.match(worker, /urls:\[[^\]]*"\/pagefind\/pagefind-entry\.json"/);
    assert.ok(!/urls:\[[^\]]*\/de\//.test(worker), "German is not stored at install");
  });

  it("finds pages in each language's search only: a German word in German, a French one in French, neither in English", async () => {
    const { page, errors, context } = await site.openPage();
    assert.deepEqual(await searchTitles(page, site.urlOf("/de/search/"), "Datenbankabfragen"), ["Backend-Entwickler:in"]);
    assert.match((await page.locator("#search-status").textContent()) ?? "", /^1 Ergebnis für „Datenbankabfragen“\.$/);
    assert.deepEqual(await searchTitles(page, site.urlOf("/search/"), "Datenbankabfragen"), []);
    assert.match((await page.locator("#search-status").textContent()) ?? "", /^No results for “Datenbankabfragen”\.$/);
    assert.deepEqual(await searchTitles(page, site.urlOf("/fr/search/"), "serveurs"), ["Développeur back-end"]);
    assert.deepEqual(await searchTitles(page, site.urlOf("/search/"), "serveurs"), []);
    assert.deepEqual(await searchTitles(page, site.urlOf("/de/search/"), "reviewing"), [], "the English guide is not in the German index");
    assert.deepEqual(await searchTitles(page, site.urlOf("/search/"), "reviewing"), ["Back-end developer"]);
    // German stemming: "Tabelle" finds the guide that says "Tabellen".
    assert.deepEqual(await searchTitles(page, site.urlOf("/de/search/"), "Tabelle"), ["SQL"]);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("labels the filters and their choices in the page's language", async () => {
    const { page, errors, context } = await site.openPage();
    await page.goto(site.urlOf("/de/search/?type=skill"));
    await page.waitForFunction(() => (document.querySelector("#search-status")?.textContent ?? "") !== "");
    assert.equal(await page.locator('label[for="search-filter-type"]').textContent(), "Art");
    assert.deepEqual(await page.locator("#search-results-list .search-result__link").allTextContents(), ["SQL"]);
    assert.match((await page.locator("#search-status").textContent()) ?? "", /gefiltert nach Art: Fähigkeit/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("switches to another language from the keyboard alone", async () => {
    const { page, errors, context } = await site.openPage();
    await page.goto(site.urlOf("/roles/back-end-developer/"));
    const summary = page.locator(".language-switcher summary");
    // Tab from the top of the page until the switcher has focus.
    for (let tab = 0; tab < 30 && !(await summary.evaluate((element) => element === document.activeElement)); tab++) await page.keyboard.press("Tab");
    assert.ok(await summary.evaluate((element) => element === document.activeElement), "the switcher is reachable with Tab");
    await page.keyboard.press("Enter");
    // The other languages follow in the order of their folders: Arabic (its home page), German, French.
    const focused: string[] = [];
    for (let tab = 0; tab < 3 && focused.at(-1) !== "Deutsch"; tab++) {
      await page.keyboard.press("Tab");
      focused.push((await page.evaluate(() => document.activeElement?.textContent)) ?? "");
    }
    assert.deepEqual(focused, ["العربية (الرئيسية)", "Deutsch"]);
    await Promise.all([page.waitForURL(/\/de\/roles\/back-end-developer\/$/), page.keyboard.press("Enter")]);
    assert.equal(await page.locator("h1").textContent(), "Backend-Entwickler:in");
    assert.equal(await page.locator("html").getAttribute("lang"), "de");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("lays a right-to-left page out from the right", async () => {
    const { page, errors, context } = await site.openPage({ viewport: { width: 1100, height: 800 } });
    await page.goto(site.urlOf("/ar/roles/front-end-developer/"));
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), "rtl");
    const name = await page.locator(".site-name").boundingBox();
    const heading = await page.locator("h1").boundingBox();
    assert.ok(name && name.x > 1100 / 2, `the site name starts at the right, found x=${name?.x}`);
    assert.ok(heading && heading.x + heading.width > 1100 - 80, "the heading ends at the right edge");
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 1100, "nothing sticks out sideways");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("passes the quality gates on translated pages: axe, html-validate, links, and the CSP", async () => {
    const { page, errors, context } = await site.openPage();
    for (const sitePath of [
      "/ar/roles/front-end-developer/",
      "/de/roles/back-end-developer/",
      "/de/skills/",
      "/de/compare/back-end-developer-vs-front-end-developer/",
      "/fr/me/",
      "/de/search/?q=sql",
    ]) {
      await page.goto(site.urlOf(sitePath));
      if (sitePath.includes("?q=")) await page.waitForFunction(() => (document.querySelector("#search-status")?.textContent ?? "") !== "");
      await page.locator(".language-switcher summary").click();
      const violations = await axeViolations(page);
      assert.deepEqual(
        violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join("; ")}`),
        [],
        sitePath,
      );
    }
    assert.deepEqual(errors, [], "no console error or Content-Security-Policy violation");
    await context.close();

    const validator = new HtmlValidate(config);
    const invalid: string[] = [];
    for (const { file } of await listSitePages(site.outputDir)) {
      const report = await validator.validateString(await readFile(path.join(site.outputDir, file), "utf8"), file);
      for (const message of report.results.flatMap((result) => result.messages))
        if (message.severity === 2) invalid.push(`${file}:${message.line} ${message.ruleId}: ${message.message}`);
    }
    assert.deepEqual(invalid, []);
    const broken = await checkSiteLinks(site.outputDir);
    assert.equal(broken.length, 0, formatBrokenLinks(broken));
  });

  it("searches a second language offline once the service worker has stored it", async () => {
    const { page, errors, context } = await site.openPage({ serviceWorkers: "allow" });
    await page.goto(site.urlOf("/de/"));
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener("controllerchange", () => resolve(), { once: true }));
    });
    // The page asks the worker to store its language; it answers once German pages and index are stored.
    await page.evaluate(async () => {
      const stored = new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener("message", (event) => {
          if ((event.data as { type?: string }).type === "language-stored") resolve();
        }),
      );
      navigator.serviceWorker.controller?.postMessage({ type: "store-language" });
      await stored;
    });
    await context.setOffline(true);
    assert.deepEqual(await searchTitles(page, site.urlOf("/de/search/"), "Datenbankabfragen"), ["Backend-Entwickler:in"]);
    assert.equal(await page.locator("html").getAttribute("lang"), "de");
    assert.deepEqual(errors, []);
    await context.close();
  });
});
