// Message files: every problem names the file, line and key; the shipped German file has every message.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { messageShape, shippedMessages } from "../../src/i18n/catalogue.ts";
import { parseMessageFile } from "../../src/i18n/message-file.ts";
import { Messages } from "../../src/i18n/messages.ts";

function problemsOf(text: string) {
  return parseMessageFile("content/de/messages.yaml", text, messageShape(), "de").problems;
}

describe("message files", () => {
  it("reads nested keys and plural forms", () => {
    const { file, problems } = parseMessageFile(
      "x.yaml",
      'nav:\n  roles: Rollen\nhome:\n  roleCount:\n    one: "{count} Rolle"\n    other: "{count} Rollen"\n',
      messageShape(),
      "de",
    );
    assert.deepEqual(problems, []);
    assert.equal(file.messages.get("nav.roles"), "Rollen");
    assert.deepEqual(file.messages.get("home.roleCount"), { one: "{count} Rolle", other: "{count} Rollen" });
    assert.equal(file.lines.get("home.roleCount"), 4);
  });

  it("refuses an unknown key with its line and the key it most likely means", () => {
    const [problem] = problemsOf("nav:\n  role: Rollen\n");
    assert.equal(problem?.line, 2);
    assert.equal(problem?.field, "nav.role");
    assert.match(problem?.message ?? "", /unknown message "nav.role"/);
    assert.match(problem?.suggestion ?? "", /did you mean "nav.roles"\?/);
  });

  it("refuses a placeholder the English text does not have", () => {
    const [problem] = problemsOf("site:\n  lastUpdated: Aktualisiert am {datum}\n");
    assert.equal(problem?.field, "site.lastUpdated");
    assert.match(problem?.message ?? "", /\{datum\}/);
    assert.match(problem?.suggestion ?? "", /\{date\}/);
  });

  it("refuses plural forms without other, and values that are not text", () => {
    const problems = problemsOf("home:\n  roleCount:\n    one: eine Rolle\nnav:\n  roles:\n    - Rollen\n");
    assert.deepEqual(
      problems.map((problem) => problem.field),
      ["home.roleCount", "nav.roles"],
    );
    assert.match(problems[0]?.message ?? "", /no "other" form/);
  });

  it("reports invalid YAML at its line", () => {
    const [problem] = problemsOf("nav:\n  roles: Rollen\n  roles: Aufgaben\n");
    assert.equal(problem?.line, 3);
    assert.match(problem?.message ?? "", /invalid YAML/);
  });

  it("ships German with every message the English catalogue has", () => {
    const german = shippedMessages().get("de");
    assert.ok(german, "src/i18n/messages/de.yaml is shipped");
    assert.deepEqual(new Messages("de", [german]).missing(), []);
    assert.ok(messageShape().keys.size > 250, `${messageShape().keys.size} messages in the catalogue`);
  });
});
