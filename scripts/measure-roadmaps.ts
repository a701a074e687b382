// Measures what role roadmaps add to a build: learning path, layout and rendering of every roadmap of a synthetic model
// with 1,000 roles (20–31 skills each, from a pool of 400 skills with prerequisites, like the bundled guides).
//
//   npx tsx scripts/measure-roadmaps.ts [--roles 1000] [--runs 3]
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { trustedHtml } from "../src/lib/html.ts";
import type { Role, Skill, SkillLink } from "../src/content/model.ts";
import { skillCategories, type SkillCategory } from "../src/schema/index.ts";
import { layoutRoadmap } from "../src/roadmap/layout.ts";
import { roleLearningPath, roleRoadmap, skillPrerequisites } from "../src/views/roadmaps.ts";
import { roadmap } from "../layouts/partials/roadmap.ts";
import type { Measure } from "./bench/optional-measures.ts";
import { random } from "./bench/synthetic.ts";

/** What laying out and drawing every roadmap of a model cost. */
export interface RoadmapMeasurement {
  roles: number;
  skills: number;
  /** Median over the runs of the CPU time (user and system) for all roles together, in milliseconds: steadier than wall time on a busy machine. */
  pathMs: number;
  layoutMs: number;
  /** The whole roadmap section as role pages render it: path, layout and markup. */
  renderMs: number;
  /** The same as renderMs, in wall-clock time. */
  renderWallMs: number;
  /** Bytes of roadmap markup across all role pages, and per page on average. */
  bytes: number;
  bytesPerRole: number;
}

const words = (
  "Distributed systems design data modelling query performance service architecture continuous delivery incident response " +
  "accessibility testing security threat modelling container orchestration observability metrics machine-learning " +
  "fundamentals programming concurrency asynchronous interface state management authentication authorisation caching " +
  "replication networking communication documentation prioritisation mentoring infrastructure configuration"
).split(" ");

/** Builds a synthetic model: `skillCount` skills whose prerequisites point only at earlier skills, and `roleCount` roles. */
export function syntheticModel(roleCount: number, skillCount = 400, seed = 7): { roles: Role[]; skills: Skill[] } {
  const next = random(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const categories = Object.keys(skillCategories) as SkillCategory[];
  const base = (slug: string, title: string, collection: string) => ({
    slug,
    title,
    summary: `${title}.`,
    url: `/${collection}/${slug}/`,
    aliases: [],
    published: "2026-01-01",
    lastModified: "2026-01-01",
    body: trustedHtml(""),
    headings: [],
    wordCount: 0,
    sourcePath: `${collection}/${slug}.md`,
    sources: [],
  });

  const links: SkillLink[] = Array.from({ length: skillCount }, (_, index) => {
    const title = Array.from({ length: int(1, 4) }, () => pick(words)).join(" ");
    return {
      slug: `skill-${index}`,
      title: `${title.charAt(0).toUpperCase()}${title.slice(1)} ${index}`,
      summary: "",
      url: `/skills/skill-${index}/`,
      category: pick(categories),
    };
  });
  const skills: Skill[] = links.map((link, index) => ({
    ...base(link.slug, link.title, "skills"),
    type: "skill",
    category: link.category,
    categoryLabel: skillCategories[link.category],
    technologies: [],
    // Up to three prerequisites among earlier skills, mostly recent ones: a DAG like the bundled guides' (0 to 3 each).
    prerequisites: index === 0 ? [] : [...new Set(Array.from({ length: int(0, 3) }, () => links[Math.max(0, index - int(1, 40))] as SkillLink))],
    neededBy: { required: [], recommended: [], niceToHave: [] },
  }));

  const roles: Role[] = Array.from({ length: roleCount }, (_, index) => {
    // A role draws its 20 to 31 skills mostly from a handful of categories, as real roles do.
    const focus = new Set(Array.from({ length: int(4, 8) }, () => pick(categories)));
    const pool = links.filter((link) => focus.has(link.category));
    const chosen = new Set<SkillLink>();
    const total = int(20, 31);
    while (chosen.size < total) chosen.add(next() < 0.85 && pool.length > 0 ? pick(pool) : pick(links));
    const list = [...chosen];
    const required = int(4, 11);
    const recommended = int(8, Math.min(15, total - required - 4));
    return {
      ...base(`role-${index}`, `Role ${index}`, "roles"),
      type: "role",
      skills: { required: list.slice(0, required), recommended: list.slice(required, required + recommended), niceToHave: list.slice(required + recommended) },
      technologies: [],
      worksWith: [],
      movesTo: [],
    };
  });
  return { roles, skills };
}

/** Times the learning path, the layout and the whole roadmap markup of every role of a synthetic model. */
export function measureRoadmaps(options: { roles?: number; runs?: number } = {}): RoadmapMeasurement {
  const { roles, skills } = syntheticModel(options.roles ?? 1000);
  const runs = Math.max(1, options.runs ?? 3);
  let wall = 0;
  const time = (work: () => void) => {
    const [start, cpu] = [performance.now(), process.cpuUsage()];
    work();
    const used = process.cpuUsage(cpu);
    wall = performance.now() - start;
    return (used.user + used.system) / 1000;
  };
  // One warm-up pass so the timings measure steady work, not the JIT compiling it.
  const prerequisites = skillPrerequisites(skills);
  for (const role of roles) roadmap(role, roleRoadmap(role, prerequisites));
  let bytes = 0;
  const path: number[] = [];
  const layout: number[] = [];
  const render: number[] = [];
  const renderWall: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const paths = roles.map((role) => roleLearningPath(role, prerequisites));
    path.push(time(() => roles.forEach((role) => roleLearningPath(role, prerequisites))));
    layout.push(time(() => paths.forEach((steps) => layoutRoadmap(steps))));
    bytes = 0;
    render.push(time(() => roles.forEach((role) => (bytes += String(roadmap(role, roleRoadmap(role, prerequisites))).length))));
    renderWall.push(wall);
  }
  return {
    roles: roles.length,
    skills: skills.length,
    pathMs: median(path),
    layoutMs: median(layout),
    renderMs: median(render),
    renderWallMs: median(renderWall),
    bytes,
    bytesPerRole: Math.round(bytes / roles.length),
  };
}

/** The measurement as Markdown lines, for the benchmark's report. */
export const roadmapMeasure: Measure = () => {
  const result = measureRoadmaps();
  return Promise.resolve({
    targets: [],
    lines: [
      "## Role roadmaps",
      "",
      `Learning path, layout and markup of every roadmap of ${result.roles} synthetic roles (${result.skills} skills): CPU time, median of 3 runs.`,
      "",
      "| Roles | Learning paths | Layouts | Whole roadmaps | Per role | Markup |",
      "| --- | --- | --- | --- | --- | --- |",
      `| ${result.roles} | ${result.pathMs.toFixed(0)} ms | ${result.layoutMs.toFixed(0)} ms | ${result.renderMs.toFixed(0)} ms | ${(result.renderMs / result.roles).toFixed(2)} ms | ${(result.bytes / 1024 / 1024).toFixed(1)} MB (${(result.bytesPerRole / 1024).toFixed(1)} KB a page) |`,
      "",
    ],
  });
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { roles: { type: "string", default: "1000" }, runs: { type: "string", default: "3" } } });
  const result = measureRoadmaps({ roles: Number(values.roles), runs: Number(values.runs) });
  console.log(`Roadmaps of ${result.roles} roles (${result.skills} skills), CPU time, median of ${values.runs} runs:`);
  console.log(`  learning paths  ${result.pathMs.toFixed(0)} ms`);
  console.log(`  layouts         ${result.layoutMs.toFixed(0)} ms`);
  console.log(
    `  whole roadmaps  ${result.renderMs.toFixed(0)} ms (${(result.renderMs / result.roles).toFixed(2)} ms a role page: path, layout and markup; ${result.renderWallMs.toFixed(0)} ms wall clock)`,
  );
  console.log(
    `  markup          ${(result.bytes / 1024 / 1024).toFixed(1)} MB (${(result.bytesPerRole / 1024).toFixed(1)} KB a role page, before compression)`,
  );
}
