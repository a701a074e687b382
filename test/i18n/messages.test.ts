// Looking up interface text: the language's own files first, then the default language's, then English; plurals,
// numbers and dates in the locale's way.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { pageLanguage, shippedFilesFor } from "../../src/i18n/catalogue.ts";
import { parseMessageFile } from "../../src/i18n/message-file.ts";
import { catalogueTranslator, Messages } from "../../src/i18n/messages.ts";
import { messageShape } from "../../src/i18n/catalogue.ts";

const german = new Messages("de", shippedFilesFor("de"));

describe("messages", () => {
  it("picks the plural form for a count and formats numbers for the locale", () => {
    assert.equal(catalogueTranslator().t("home.roleCount", { count: 1 }), "1 role");
    assert.equal(catalogueTranslator().t("home.roleCount", { count: 1200 }), "1,200 roles");
    assert.equal(german.t("home.roleCount", { count: 1 }), "1 Rolle");
    assert.equal(german.t("home.roleCount", { count: 1200 }), "1.200 Rollen");
  });

  it("writes dates and lists the locale's way", () => {
    assert.equal(catalogueTranslator().date("2026-11-24"), "24 November 2026");
    assert.equal(german.date("2026-11-24"), "24. November 2026");
    assert.equal(german.list(["A", "B", "C"]), "A, B und C");
  });

  it("falls back to the default language's text, then to English, and lists what the language lacks", () => {
    const own = parseMessageFile("ar.yaml", "nav:\n  roles: الأدوار\n", messageShape(), "ar").file;
    const arabic = new Messages("ar", [own], shippedFilesFor("de"));
    assert.equal(arabic.t("nav.roles"), "الأدوار");
    assert.equal(arabic.t("nav.skills"), "Fähigkeiten");
    assert.ok(arabic.missing().includes("nav.skills") && !arabic.missing().includes("nav.roles"));
    assert.equal(new Messages("fr", []).t("nav.skills"), "Skills");
  });

  it("refuses a key no message file has, and a count-less plural", () => {
    assert.throws(() => german.t("nav.rolez"), /Unknown message "nav.rolez"/);
    assert.throws(() => german.t("home.roleCount"), /needs a number for \{count\}/);
  });

  it("labels pages in plain English as the British English the interface is written in", () => {
    assert.equal(pageLanguage("en"), "en-GB");
    assert.equal(pageLanguage("en-US"), "en-US");
    assert.equal(pageLanguage("de"), "de");
  });
});
