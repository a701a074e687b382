import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { buildModel } from "../../src/content/index.ts";
import type { Role, SiteModel } from "../../src/content/model.ts";
import { roleRoadmap, skillPrerequisites, type RoleRoadmap } from "../../src/views/roadmaps.ts";
import { roadmap, roadmapSvg } from "../../layouts/partials/roadmap.ts";
import { fixture } from "../support/harness.ts";
import { assertInert, hostile } from "./hostile.ts";

describe("roadmap markup", () => {
  let model: SiteModel;
  let frontEnd: Role;
  let view: RoleRoadmap;

  before(async () => {
    model = await buildModel(fixture("roadmap"));
    const role = model.roles.find((candidate) => candidate.slug === "front-end-developer");
    assert.ok(role);
    frontEnd = role;
    const built = roleRoadmap(role, skillPrerequisites(model.skills));
    assert.ok(built);
    view = built;
  });

  it("escapes hostile titles of the role and its skills", () => {
    const role = hostile(frontEnd);
    assertInert(String(roadmap(role, roleRoadmap(role, skillPrerequisites(model.skills)))));
  });

  it("names every roadmap link with its step, title, category and importance, in learning order", () => {
    const svg = String(roadmapSvg(frontEnd, view));
    const names = [...svg.matchAll(/<a class="roadmap__node[^"]*" href="([^"]+)" aria-label="([^"]+)"/g)].map((match) => [match[1], match[2]]);
    assert.deepEqual(names.slice(0, 3), [
      ["/skills/html/", "1. HTML: Web platform, required"],
      ["/skills/css/", "2. CSS: Web platform, required"],
      ["/skills/communication/", "3. Communication: Soft skills, recommended"],
    ]);
    assert.equal(names.length, 9);
    // A title set on several lines still reads as its words, spaced, so the visible label is part of the link's name.
    const titles = [...svg.matchAll(/<text class="roadmap__title">(.*?)<\/text>/g)].map((match) => (match[1] ?? "").replace(/<[^>]+>/g, ""));
    assert.ok(titles.includes("Version control with Git and code hosting"), titles.join(" | "));
    assert.ok(
      view.layout.nodes.some((node) => node.lines.length > 1),
      "the fixture has a title on several lines",
    );
  });

  it("lists the same steps under one heading per stage, numbered on from the stage before", () => {
    const list = /<div class="roadmap__list">[\s\S]*<\/div>/.exec(String(roadmap(frontEnd, view)))?.[0] ?? "";
    const headings = [...list.matchAll(/<h3 class="roadmap__list-heading[^"]*">([^<]+)<\/h3>\n<ol class="roadmap__steps" start="(\d+)">/g)].map((match) => [
      match[1],
      match[2],
    ]);
    assert.deepEqual(headings, [
      ["Required, and what it builds on", "1"],
      ["Recommended, and what it builds on", "5"],
      ["Nice to have", "9"],
    ]);
    assert.equal([...list.matchAll(/<li class="roadmap__step/g)].length, 9);
  });

  it("draws the same data to the same bytes", async () => {
    const again = await buildModel(fixture("roadmap"));
    const role = again.roles.find((candidate) => candidate.slug === "front-end-developer");
    assert.ok(role);
    assert.equal(String(roadmap(role, roleRoadmap(role, skillPrerequisites(again.skills)))), String(roadmap(frontEnd, view)));
  });

  it("shows no roadmap for a role without skills", () => {
    assert.equal(roadmap(frontEnd, undefined), "");
  });
});
