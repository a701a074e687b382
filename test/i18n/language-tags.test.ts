// Language folders: a lower-case BCP 47 tag of a language ICU knows; writing direction and names from ICU.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { directionOf, languageFolderProblem, nativeName, searchLanguage } from "../../src/i18n/language-tags.ts";

describe("language tags", () => {
  it("accepts lower-case tags of known languages as folder names", () => {
    for (const name of ["de", "es", "pt-br", "zh-hant", "ar"]) assert.equal(languageFolderProblem(name), undefined, name);
  });

  it("refuses a folder in the wrong case, saying what to rename it to", () => {
    assert.deepEqual(languageFolderProblem("pt-BR"), { message: 'the language folder "pt-BR" is not in lower case', suggestion: "rename it to pt-br/" });
  });

  it("refuses names that are no language", () => {
    for (const name of ["roles", "images", "xx", "role"]) assert.match(languageFolderProblem(name)?.message ?? "", /is not a language tag/, name);
  });

  it("knows which languages are written right to left", () => {
    for (const tag of ["ar", "he", "fa", "ur"]) assert.equal(directionOf(tag), "rtl", tag);
    for (const tag of ["de", "en-GB", "zh-Hant"]) assert.equal(directionOf(tag), "ltr", tag);
  });

  it("names a language in itself and indexes search by its primary language", () => {
    assert.equal(nativeName("de"), "Deutsch");
    assert.equal(nativeName("fr"), "Français");
    assert.equal(searchLanguage("pt-BR"), "pt");
  });
});
