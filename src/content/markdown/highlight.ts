// Highlights fenced code at build time with Prism: class names only (no inline styles, which the CSP forbids), colours
// from the stylesheet (src/styles/_markdown.css), and no JavaScript in the browser.
import { createRequire } from "node:module";
import Prism from "prismjs";
import loadLanguages from "prismjs/components/index.js";

const require = createRequire(import.meta.url);
const components = require("prismjs/components.json") as { languages: Record<string, { title?: string; alias?: string | string[]; aliasTitles?: Record<string, string> }> };

/** Names authors write after the fence that Prism knows under another name, or that mean plain text. */
const extraNames: Record<string, string | null> = {
  "c#": "csharp", "f#": "fsharp", console: "shell-session", zsh: "bash", jsonc: "json", "objective-c": "objectivec",
  text: null, txt: null, plain: null, plaintext: null, none: null,
};

const languageByName = new Map<string, string | null>();
for (const [id, component] of Object.entries(components.languages)) {
  if (id === "meta") continue;
  languageByName.set(id, id);
  const aliases = component.alias === undefined ? [] : Array.isArray(component.alias) ? component.alias : [component.alias];
  for (const alias of aliases) languageByName.set(alias, id);
}
for (const [name, id] of Object.entries(extraNames)) languageByName.set(name, id);

let everyLanguageLoaded = false;

/**
 * The Prism language a fence's info names ("ts", "TypeScript", "c#"), or undefined for plain text: an unknown or
 * missing language, or one of the names for plain text.
 */
export function prismLanguage(info: string): string | undefined {
  const name = info.trim().split(/\s+/)[0]?.toLowerCase() ?? "";
  return languageByName.get(name) ?? undefined;
}

/** The code as highlighted HTML (escaped text in `<span class="token …">` elements), or undefined for plain text. */
export function highlightCode(code: string, info: string): string | undefined {
  const language = prismLanguage(info);
  if (language === undefined) return undefined;
  // Every language at once, the first time any is needed: loading one can extend another (jsdoc adds to javascript,
  // css to markup), so loading on demand would make a page's colours depend on which guides were rendered before it.
  if (!everyLanguageLoaded) {
    loadLanguages.silent = true;
    loadLanguages();
    everyLanguageLoaded = true;
  }
  const grammar = Prism.languages[language];
  return grammar ? Prism.highlight(code, grammar, language) : undefined;
}
