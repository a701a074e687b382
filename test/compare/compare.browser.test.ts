// Role comparisons and pathways in a real browser, on a site built under the sub-path /guides/: static pair pages
// exist for closely related roles only and read right without JavaScript, the picker renders any two or three roles
// from /compare/roles.json and keeps the URL in step, and role pages show where people go next.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { fixture } from "../support/harness.ts";
import { useBuiltSite } from "../support/site-under-test.ts";

const prefix = "/guides/";

describe("role comparisons and pathways", () => {
  const site = useBuiltSite(fixture("reader"), { baseUrl: prefix, browser: true });
  const built = site;
  const freshPage = (options: { javaScriptEnabled?: boolean } = {}) => site.openPage(options);

  const open = (page: Page, url: string) => page.goto(new URL(url, site.url).href);

  /** The shared-skills table as rows of text: the skill, then its level in each role. */
  const sharedRows = (page: Page, scope: string) =>
    page.$$eval(`${scope} .comparison-table tbody tr`, (rows) =>
      rows.map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent?.trim())),
    );

  /** The links under one heading (by id) of a comparison, grouped by the importance heading above them. */
  const linksIn = (page: Page, id: string) =>
    page.$eval(`#${id}`, (heading) => {
      const column = heading.closest("section");
      return [...(column?.querySelectorAll(".level-group") ?? [])].map((group) => [
        group.querySelector(".level")?.textContent,
        ...[...group.querySelectorAll("li a")].map((link) => link.textContent),
      ]);
    });

  it("writes a comparison page for each closely related pair only, slugs in alphabetical order", async () => {
    const pages = (await readdir(path.join(built.outputDir, "compare"), { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    assert.deepEqual(pages.sort(), [
      "back-end-developer-vs-devops-engineer",
      "back-end-developer-vs-front-end-developer",
      "back-end-developer-vs-full-stack-developer",
      "front-end-developer-vs-full-stack-developer",
    ]);
    assert.ok(!existsSync(path.join(built.outputDir, "compare/devops-engineer-vs-front-end-developer")));
  });

  it("shows shared and unique skills and technologies and the moves both ways on a static page without JavaScript", async () => {
    const { context, page } = await freshPage({ javaScriptEnabled: false });
    await open(page, "compare/back-end-developer-vs-front-end-developer/");
    assert.equal(await page.locator("h1").textContent(), "Back-end developer vs Front-end developer");
    assert.deepEqual(await sharedRows(page, ""), [
      ["API design", "Required", "Nice to have"],
      ["HTML", "Nice to have", "Required"],
      ["Testing", "Recommended", "Recommended"],
      ["Communication", "Nice to have", "Recommended"],
    ]);
    assert.deepEqual(await linksIn(page, "unique-back-end-developer"), [
      ["Required", "SQL"],
      ["Recommended", "Containers"],
    ]);
    assert.deepEqual(await linksIn(page, "unique-front-end-developer"), [["Required", "CSS", "Accessibility"]]);
    assert.deepEqual(await page.$$eval("#shared-technologies + ul a", (links) => links.map((link) => link.textContent)), ["JavaScript"]);
    assert.deepEqual(await page.$$eval("#technologies-back-end-developer ~ ul a", (links) => links.map((link) => link.textContent)), ["PostgreSQL"]);
    assert.deepEqual(await page.$$eval("#technologies-front-end-developer ~ ul a", (links) => links.map((link) => link.textContent)), ["React"]);
    assert.deepEqual(await linksIn(page, "move-front-end-developer-to-back-end-developer"), [
      ["Required", "SQL"],
      ["Recommended", "Containers"],
    ]);
    assert.match(
      (await page.locator("#move-front-end-developer-to-back-end-developer").locator("..").textContent()) ?? "",
      /API design\s+nice to have → required/,
    );
    assert.equal(await page.getByRole("link", { name: "SQL" }).first().getAttribute("href"), `${prefix}skills/sql/`);
    await context.close();
  });

  it("compares roles picked in the form, renders them like the static page and puts them in the URL", async () => {
    const { context, page, errors } = await freshPage();
    await open(page, "compare/");
    await page.getByRole("checkbox", { name: "Front-end developer" }).check();
    await page.getByRole("checkbox", { name: "Back-end developer" }).check();
    await page.locator("#compare-result-heading", { hasText: "Front-end developer and Back-end developer" }).waitFor();
    assert.equal(new URL(page.url()).search, "?roles=front-end-developer,back-end-developer");
    assert.deepEqual(await sharedRows(page, "[data-compare-result]"), [
      ["API design", "Nice to have", "Required"],
      ["HTML", "Required", "Nice to have"],
      ["Testing", "Recommended", "Recommended"],
      ["Communication", "Recommended", "Nice to have"],
    ]);
    assert.equal(
      await page.getByRole("link", { name: "Open the page of this comparison" }).getAttribute("href"),
      `${prefix}compare/back-end-developer-vs-front-end-developer/`,
    );
    assert.equal(await page.locator("[data-compare-status]").textContent(), "Comparing Front-end developer and Back-end developer.");

    await page.getByRole("checkbox", { name: "DevOps engineer" }).check();
    await page.locator("#compare-result-heading", { hasText: "Front-end developer, Back-end developer and DevOps engineer" }).waitFor();
    assert.equal(new URL(page.url()).search, "?roles=front-end-developer,back-end-developer,devops-engineer");
    assert.deepEqual(
      (await sharedRows(page, "[data-compare-result]")).map((row) => row[0]),
      ["Communication", "Containers", "API design", "HTML", "SQL", "Testing"],
    );
    assert.equal(await page.locator("[data-compare-result] .comparison-column").count(), 3 + 3 + 6, "unique skills, technologies and six moves");

    await page.getByRole("checkbox", { name: "Full-stack developer" }).click();
    assert.equal(await page.getByRole("checkbox", { name: "Full-stack developer" }).isChecked(), false, "a fourth role is refused");
    assert.match((await page.locator("[data-compare-status]").textContent()) ?? "", /up to 3 roles at once/);
    await page.getByRole("checkbox", { name: "Front-end developer" }).uncheck();
    await page.locator("#compare-result-heading", { hasText: "Back-end developer and DevOps engineer" }).waitFor();
    assert.equal(new URL(page.url()).search, "?roles=back-end-developer,devops-engineer");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("reads the roles from a shared URL, including the repeated role= a plain form submits, and rewrites it", async () => {
    const { context, page, errors } = await freshPage();
    await open(page, "compare/?role=devops-engineer&role=back-end-developer&role=");
    await page.locator("#compare-result-heading", { hasText: "DevOps engineer and Back-end developer" }).waitFor();
    assert.deepEqual(await page.$$eval("[data-compare-picker] input:checked", (boxes) => boxes.map((box) => (box as HTMLInputElement).value)), [
      "back-end-developer",
      "devops-engineer",
    ]);
    await page.getByRole("button", { name: "Compare" }).click();
    assert.equal(new URL(page.url()).search, "?roles=devops-engineer,back-end-developer");
    assert.ok(await page.locator("[data-compare-result]").evaluate((result) => result === document.activeElement), "Compare moves focus to the result");

    await open(page, "compare/?roles=astronaut,front-end-developer");
    // The picker's script fills the status once its data has loaded; wait for it rather than read too early.
    await page.locator("[data-compare-status]", { hasText: "There is no role called" }).waitFor();
    assert.match((await page.locator("[data-compare-status]").textContent()) ?? "", /There is no role called “astronaut”\. Pick at least two roles/);
    assert.equal(await page.locator("[data-compare-result]").isHidden(), true);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("serves the picker's data with URLs under the path prefix", async () => {
    const data = JSON.parse(await readFile(path.join(built.outputDir, "compare/roles.json"), "utf8")) as {
      roles: Array<{ url: string }>;
      pairs: Array<{ url: string }>;
    };
    assert.ok(data.roles.every((role) => role.url.startsWith(`${prefix}roles/`)));
    assert.ok(data.pairs.every((pair) => pair.url.startsWith(`${prefix}compare/`)));
  });

  it("lists the ready-made comparisons without JavaScript and hides the picker it needs", async () => {
    const { context, page } = await freshPage({ javaScriptEnabled: false });
    await open(page, "compare/");
    assert.equal(await page.locator("[data-compare-picker]").isVisible(), false);
    assert.deepEqual(await page.$$eval(".pair-list a", (links) => links.map((link) => link.getAttribute("href"))), [
      `${prefix}compare/back-end-developer-vs-devops-engineer/`,
      `${prefix}compare/back-end-developer-vs-front-end-developer/`,
      `${prefix}compare/back-end-developer-vs-full-stack-developer/`,
      `${prefix}compare/front-end-developer-vs-full-stack-developer/`,
    ]);
    assert.equal(await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare" }).getAttribute("aria-current"), "page");
    await context.close();
  });

  it("shows on a role page the roles people move to, each with its skill gap and comparison", async () => {
    const { context, page } = await freshPage({ javaScriptEnabled: false });
    await open(page, "roles/back-end-developer/");
    const pathways = await page.$$eval(".pathway", (items) =>
      items.map((item) => ({
        role: item.querySelector("h3")?.textContent,
        gap: item.querySelector(".gap-size")?.textContent,
        skills: [...item.querySelectorAll(".level-group")].map((group) => [
          group.querySelector(".level")?.textContent,
          ...[...group.querySelectorAll("li a")].map((link) => link.textContent),
        ]),
        compare: item.querySelector(".pathway__compare a")?.getAttribute("href"),
      })),
    );
    assert.deepEqual(pathways, [
      {
        role: "Full-stack developer",
        gap: "2 skills to add: 2 recommended",
        skills: [["Recommended", "CSS", "Accessibility"]],
        compare: `${prefix}compare/back-end-developer-vs-full-stack-developer/`,
      },
      {
        role: "DevOps engineer",
        gap: "No skills to add: this role already lists every skill it needs.",
        skills: [],
        compare: `${prefix}compare/back-end-developer-vs-devops-engineer/`,
      },
    ]);
    await context.close();
  });
});
