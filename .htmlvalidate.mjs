// html-validate's rules for every built page (test/quality/html-validity.test.ts); docs/quality.md explains the gate.
// https://html-validate.org/rules/ lists every rule; the presets below turn on all the recommended and document rules.
import { defineConfig } from "html-validate";

export default defineConfig({
  root: true,
  extends: ["html-validate:recommended", "html-validate:document"],
  rules: {
    // base.ts writes `<!doctype html>`; HTML accepts any case, so the rule only keeps every page in the same one.
    "doctype-style": ["error", { style: "lowercase" }],
    // The pages are generated: an empty slot in a template (a partial that renders nothing) leaves spaces on a line
    // of its own. That is no defect of the HTML, and nobody edits the output by hand.
    "no-trailing-whitespace": "off",
    // ARIA 1.2 lets lists be named; the lists of linked skills and technologies carry a name ("Required skills") so a
    // screen reader moving from list to list says what each one holds. Other misuse of aria-label is still an error.
    "aria-label-misuse": ["error", { allowAnyNamable: true }],
    // Subresource integrity guards files from other hosts; every script and stylesheet is our own, same-origin file.
    "require-sri": ["error", { target: "crossorigin" }],
    // The Content-Security-Policy (src/deploy/csp.ts) allows no inline styles: catch a <style> element before a browser does.
    // (Inline scripts are caught in Chromium by test/quality/console.test.ts; JSON-LD data blocks are not scripts.)
    "no-style-tag": "error",
  },
});
