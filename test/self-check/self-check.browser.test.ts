// The skill self-check in a real browser: marks persist in localStorage across reloads and role pages, the match and
// "learn next" are right for the reader fixture, export and import carry marks to a fresh browser, clear asks first,
// everything works by keyboard, and without JavaScript the role page still lists its skills.
import assert from "node:assert/strict";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { fixture, tempDir } from "../support/harness.ts";
import { useBuiltSite } from "../support/site-under-test.ts";

const marksKey = "role-guides:skills";

describe("the skill self-check", () => {
  const site = useBuiltSite(fixture("reader"), { browser: true });
  let scratch: string;
  before(async () => {
    scratch = await tempDir();
  });
  after(() => rm(scratch, { recursive: true, force: true }));

  /** A fresh browser profile (empty localStorage) with service workers off, so every test starts clean. */
  const freshPage = (options: { javaScriptEnabled?: boolean } = {}) => site.openPage({ acceptDownloads: true, ...options });

  /** Opens a page; where it has a self-check, brings it near the screen and waits until its script has shown the marks. */
  const open = async (page: Page, url: string) => {
    await page.goto(new URL(url, site.url).href);
    await selfCheckShown(page);
  };
  /** The self-check's script loads as its section nears the screen (on a page that runs scripts at all), then says it is ready. */
  async function selfCheckShown(page: Page): Promise<void> {
    const root = page.locator("[data-self-check]").first();
    if ((await root.count()) === 0 || (await page.locator("html[data-js]").count()) === 0) return;
    await root.scrollIntoViewIfNeeded();
    await page.locator("[data-self-check][data-self-check-ready]").first().waitFor({ state: "attached" });
  }
  const checked = (page: Page) => page.$$eval("input[data-skill]:checked", (boxes) => boxes.map((box) => (box as HTMLInputElement).value).sort());
  const learnNext = (page: Page) => page.$$eval("[data-learn-next] li a", (links) => links.map((link) => link.textContent));

  async function markOnMe(page: Page, titles: readonly string[]): Promise<void> {
    await open(page, "me/");
    for (const title of titles) await page.getByRole("checkbox", { name: title, exact: true }).check();
  }

  it("keeps marks across reloads and carries them to every role page", async () => {
    const { context, page, errors } = await freshPage();
    await open(page, "roles/front-end-developer/");
    await page.getByText("Mark the skills you have").click();
    await page.getByRole("checkbox", { name: "HTML", exact: true }).check();
    await page.getByRole("checkbox", { name: "CSS", exact: true }).check();
    await page.reload();
    await selfCheckShown(page);
    assert.deepEqual(await checked(page), ["css", "html"]);
    assert.deepEqual(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), marksKey)) ?? "null"), { version: 1, skills: ["css", "html"] });
    await open(page, "roles/full-stack-developer/");
    assert.deepEqual(await checked(page), ["css", "html"], "marks are keyed by skill, so they show on another role's page");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("shows how close the marks are to each role, closest first, and what to learn next for the closest", async () => {
    const { context, page, errors } = await freshPage();
    await markOnMe(page, ["HTML", "CSS", "SQL"]);
    const ranking = await page.$$eval("[data-match-list] > li", (items) =>
      items.map((item) => [item.querySelector("a")?.textContent, item.querySelector("[data-match-percent]")?.textContent]),
    );
    assert.deepEqual(ranking, [
      ["Full-stack developer", "50%"],
      ["Front-end developer", "42%"],
      ["Back-end developer", "33%"],
      ["DevOps engineer", "16%"],
    ]);
    assert.deepEqual(await learnNext(page), ["API design", "Testing", "Accessibility", "Containers"]);
    assert.match((await page.locator("[data-learn-next-intro]").textContent()) ?? "", /For Full-stack developer, the role you are closest to \(50%\)/);
    assert.equal(await page.locator("[data-marked-count]").textContent(), "3 skills marked");

    await open(page, "roles/front-end-developer/");
    assert.equal(await page.locator(".self-check [data-match-percent]").textContent(), "42%");
    assert.equal(await page.locator(".self-check [data-match-detail]").textContent(), "2 of 3 required · 0 of 2 recommended · 0 of 1 nice to have");
    assert.deepEqual(await learnNext(page), ["Accessibility", "Testing", "Communication", "API design"]);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("exports the marks to a JSON file that restores them in a fresh browser", async () => {
    const first = await freshPage();
    await markOnMe(first.page, ["HTML", "SQL", "Containers"]);
    const [download] = await Promise.all([first.page.waitForEvent("download"), first.page.getByRole("button", { name: "Export to a file" }).click()]);
    const file = path.join(scratch, download.suggestedFilename());
    await download.saveAs(file);
    const exported = JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>;
    assert.equal(exported.format, "role-guides-self-check");
    assert.equal(exported.version, 1);
    assert.deepEqual(exported.skills, ["containers", "html", "sql"]);
    assert.deepEqual(first.errors, []);
    await first.context.close();

    const second = await freshPage();
    await open(second.page, "me/");
    assert.deepEqual(await checked(second.page), []);
    const [chooser] = await Promise.all([second.page.waitForEvent("filechooser"), second.page.getByRole("button", { name: "Import from a file" }).click()]);
    await chooser.setFiles(file);
    await second.page.locator("[data-self-check-message]", { hasText: "Imported 3 marked skills" }).waitFor();
    assert.deepEqual(await checked(second.page), ["containers", "html", "sql"]);
    await second.page.reload();
    await selfCheckShown(second.page);
    assert.deepEqual(await checked(second.page), ["containers", "html", "sql"], "imported marks are stored");
    assert.deepEqual(second.errors, []);
    await second.context.close();
  });

  it("refuses a file that is not an export, says why, and keeps the marks", async () => {
    const { context, page, errors } = await freshPage();
    await markOnMe(page, ["Testing"]);
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Import from a file" }).click()]);
    await chooser.setFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ skills: ["sql"] })) });
    const message = page.locator("[data-self-check-message]");
    await message.filter({ hasText: "Could not import" }).waitFor();
    assert.match(
      (await message.textContent()) ?? "",
      /Could not import notes\.json: This file is not a self-check export \(expected "format": "role-guides-self-check"\)/,
    );
    assert.deepEqual(await checked(page), ["testing"]);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("clears every mark in one click, only after the reader confirms", async () => {
    const { context, page, errors } = await freshPage();
    await markOnMe(page, ["HTML", "CSS"]);
    const confirmations: string[] = [];
    page.once("dialog", (dialog) => {
      confirmations.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole("button", { name: "Clear all marks" }).click();
    assert.deepEqual(await checked(page), ["css", "html"], "dismissing the confirmation keeps the marks");
    page.once("dialog", (dialog) => {
      confirmations.push(dialog.message());
      void dialog.accept();
    });
    await page.getByRole("button", { name: "Clear all marks" }).click();
    assert.deepEqual(await checked(page), []);
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), marksKey), null);
    assert.match(confirmations[0] ?? "", /Clear all 2 marked skills\?/);
    assert.equal(confirmations.length, 2);
    await page.reload();
    await selfCheckShown(page);
    assert.deepEqual(await checked(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("can be used by keyboard alone", async () => {
    const { context, page, errors } = await freshPage();
    await open(page, "roles/front-end-developer/");
    const activeIs = (selector: string) => page.evaluate((target) => document.activeElement?.matches(target) ?? false, selector);
    for (let presses = 0; presses < 60 && !(await activeIs(".self-check summary")); presses++) await page.keyboard.press("Tab");
    assert.ok(await activeIs(".self-check summary"), "Tab reaches the self-check");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    assert.ok(await activeIs("#has-html"), "the first checkbox follows the opened disclosure");
    await page.keyboard.press("Space");
    assert.deepEqual(await checked(page), ["html"]);
    assert.equal(await page.locator(".self-check [data-match-percent]").textContent(), "21%");
    assert.match((await page.locator("[data-self-check-status]").textContent()) ?? "", /HTML marked\. 21% match with Front-end developer\./);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("hides the self-check without JavaScript and still lists the role's skills", async () => {
    const { context, page } = await freshPage({ javaScriptEnabled: false });
    await open(page, "roles/front-end-developer/");
    assert.equal(await page.locator(".self-check").isVisible(), false);
    assert.equal(await page.locator(".importance--required").getByRole("link", { name: "Accessibility" }).isVisible(), true);
    await open(page, "me/");
    assert.equal(await page.locator(".me-layout").isVisible(), false);
    assert.equal(await page.locator(".me-noscript").isVisible(), true);
    await context.close();
  });
});
