// The stylesheets: role.css is site.css without the partials role pages never show, so a partial added to site.css
// reaches role pages too unless it is named here as one they do without.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildAssets, readStyleSource } from "../../src/assets/plugin.ts";

/** The partials role pages never show: charts, the role map, comparison pages and their picker, the search page and /me/. */
const notOnRolePages = ["_charts.css", "_compare.css", "_compare-picker.css", "_heat-map.css", "_me.css", "_search.css"];

const importsOf = (css: string) => [...css.matchAll(/^@import .*$/gm)].map((match) => match[0]);
const layersOf = (css: string) => /^@layer [^;]+;/m.exec(css)?.[0];

describe("the stylesheets", () => {
  it("give role pages every partial of site.css, in the same layers and order, but those they never show", async () => {
    const [site, role] = await Promise.all([readStyleSource("site.css"), readStyleSource("role.css")]);
    assert.equal(layersOf(role), layersOf(site));
    assert.deepEqual(
      importsOf(role),
      importsOf(site).filter((line) => !notOnRolePages.some((partial) => line.includes(`"./${partial}"`))),
    );
    assert.ok(importsOf(site).length - importsOf(role).length === notOnRolePages.length, "each partial left out is one site.css imports");
  });

  it("build role.css smaller than site.css", async () => {
    const built = await buildAssets();
    const size = (name: string) => built.find((asset) => asset.name === name)?.contents.length ?? 0;
    assert.ok(size("role.css") > 0 && size("role.css") < size("site.css"), `role.css ${size("role.css")} bytes, site.css ${size("site.css")}`);
  });
});
