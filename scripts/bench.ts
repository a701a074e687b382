// The benchmark: our build against plain Eleventy + Pagefind (and Hugo + Pagefind when installed) on synthetic guides,
// plus output and index size, search cost, page weight and the dev loop. Prints a table and writes docs/benchmarks.md.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { cpus, freemem, totalmem, tmpdir, type as osType, release } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { execFileSync } from "node:child_process";
import { generateSyntheticContent, splitPages } from "./bench/synthetic.ts";
import { baselineToolsPresent, hugoVersion, measureEleventyBaseline, measureHugoBaseline, measureOurBuild } from "./bench/baselines.ts";
import { measurePageWeight } from "./bench/page-weight.ts";
import { measureDevLoop } from "./bench/dev-loop.ts";
import type { ProcessMeasurement } from "./bench/measure-process.ts";
import { optionalMeasures, type TargetRow } from "./bench/optional-measures.ts";

const root = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,4000,10000" },
    "search-sizes": { type: "string", default: "1000,10000" },
    "no-write": { type: "boolean", default: false },
  },
});
const sizes = values.sizes.split(",").map(Number);
const searchSizes = new Set(values["search-sizes"].split(",").map(Number));
if (!baselineToolsPresent()) throw new Error("Run npm install first: the baseline needs node_modules/@11ty/eleventy and pagefind");

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (ours: number, theirs: number) => (theirs > 0 ? `${(ours / theirs).toFixed(2)}×` : "n/a");
function folderBytes(dir: string): number {
  return Number(execFileSync("du", ["-sb", dir], { encoding: "utf8" }).split("\t")[0]);
}
function assertOk(name: string, run: ProcessMeasurement): ProcessMeasurement {
  if (run.code !== 0) throw new Error(`${name} failed (exit ${run.code}):\n${run.stderr.slice(-2000)}`);
  return run;
}

const lines: string[] = [];
const out = (line = "") => {
  console.log(line);
  lines.push(line);
};
const targets: TargetRow[] = [];
/** Unmeasured until the run reaches it; sizes left out of --sizes stay unmeasured. */
const unmeasured = (target: string): TargetRow => ({ target, measured: "not measured in this run", met: undefined });
const buildTarget = "Full build at 4,000 guides: at most 1.15 × Eleventy + Pagefind";
const memoryTarget = "Full build at 10,000 guides: under 1 GB peak memory";

const hugo = hugoVersion();
out("## Build: ours against the baselines");
out();
out("Wall time and peak memory (resident, whole process tree) of one cold build. Ratio = ours / baseline; below 1 is better.");
out();
out(
  `| Guides | Ours | Ours peak | Eleventy+Pagefind | Its peak | Time ratio | Memory ratio | ${hugo ? "Hugo+Pagefind | Its peak | Time ratio vs Hugo | " : ""}Output | Search index |`,
);
out(`| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ${hugo ? "---: | ---: | ---: | " : ""}---: | ---: |`);

const builtSites = new Map<number, string>();
const syntheticRuns = new Map<number, { contentDir: string; buildMs: number }>();
const work = await mkdtemp(path.join(tmpdir(), "role-guides-bench-"));
// The command line runs from a copy compiled once per version of the sources (scripts/role-guides.js); make it now, so
// that the first build timed is like every other build of the same sources.
execFileSync(process.execPath, [path.join(root, "scripts", "role-guides.js"), "--help"], { stdio: "ignore" });
try {
  for (const size of sizes) {
    const content = path.join(work, `content-${size}`);
    await generateSyntheticContent(content, size);
    const ours = assertOk("our build", await measureOurBuild(content, path.join(work, `ours-${size}`)));
    const baseline = assertOk("the Eleventy baseline", await measureEleventyBaseline(content, path.join(work, `eleventy-${size}`)));
    const hugoRun = hugo ? await measureHugoBaseline(content, path.join(work, `hugo-${size}`)) : undefined;
    if (hugoRun) assertOk("the Hugo baseline", hugoRun);
    const site = path.join(work, `ours-${size}`);
    builtSites.set(size, site);
    syntheticRuns.set(size, { contentDir: content, buildMs: ours.wallMs });
    const split = splitPages(size);
    if (size === 4000)
      targets.push({
        target: buildTarget,
        measured: `${ratio(ours.wallMs, baseline.wallMs)} (${seconds(ours.wallMs)} against ${seconds(baseline.wallMs)})`,
        met: ours.wallMs <= 1.15 * baseline.wallMs,
      });
    if (size === 10_000) targets.push({ target: memoryTarget, measured: megabytes(ours.peakBytes), met: ours.peakBytes < 1024 ** 3 });
    out(
      `| ${size} (${split.roles}/${split.skills}/${split.technologies}) | ${seconds(ours.wallMs)} | ${megabytes(ours.peakBytes)} | ${seconds(baseline.wallMs)} | ${megabytes(baseline.peakBytes)} | ${ratio(ours.wallMs, baseline.wallMs)} | ${ratio(ours.peakBytes, baseline.peakBytes)} | ` +
        (hugoRun ? `${seconds(hugoRun.wallMs)} | ${megabytes(hugoRun.peakBytes)} | ${ratio(ours.wallMs, hugoRun.wallMs)} | ` : "") +
        `${megabytes(folderBytes(site))} | ${megabytes(folderBytes(path.join(site, "pagefind")))} |`,
    );
  }

  out();
  out("## Page weight");
  out();
  const bundled = path.join(work, "bundled");
  assertOk("the bundled build", await measureOurBuild(path.join(root, "content"), bundled));
  out("Bytes a page loads up front (HTML, CSS and JavaScript; gzip level 6), bundled guides:");
  out();
  out("| Page | HTML | CSS | JS | Total compressed | Total raw |");
  out("| --- | ---: | ---: | ---: | ---: | ---: |");
  // The heaviest and one of the lightest role pages, then one page of each other kind.
  for (const page of [
    "roles/back-end-developer/index.html",
    "roles/security-engineer/index.html",
    "skills/sql/index.html",
    "index.html",
    "search/index.html",
  ]) {
    const weight = await measurePageWeight(bundled, page);
    out(
      `| /${page.replace(/index\.html$/, "")} | ${kilobytes(weight.html)} | ${kilobytes(weight.css)} | ${kilobytes(weight.js)} | ${kilobytes(weight.total)} | ${kilobytes(weight.rawTotal)} |`,
    );
    if (page.startsWith("roles/")) {
      targets.push({
        target: `Role page (${page.split("/")[1]}): under 20 KB compressed`,
        measured: `${kilobytes(weight.total)} (/${page.replace(/index\.html$/, "")}: HTML ${kilobytes(weight.html)}, CSS ${kilobytes(weight.css)}, JS ${kilobytes(weight.js)})`,
        met: weight.total < 20 * 1024,
      });
      if (page.includes("back-end"))
        targets.push({
          target: "Role page: no JavaScript until the reader interacts but the no-flash theme script",
          measured:
            weight.scripts.join() === "theme-init.js"
              ? `only the theme script up front (${kilobytes(weight.js)}); the self-check loads as its section nears the screen`
              : `${weight.scripts.join(", ")} loaded up front (${kilobytes(weight.js)})`,
          met: weight.scripts.join() === "theme-init.js",
        });
    }
  }

  out();
  out("## Dev loop");
  out();
  const timings = await measureDevLoop(path.join(root, "content"), "skills/sql.md", 8788, 5);
  const summarise = (runs: number[]) => {
    const sorted = [...runs].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    return { median, text: `median ${Math.round(median)} ms, fastest ${Math.round(sorted[0] ?? 0)} ms, slowest ${Math.round(sorted.at(-1) ?? 0)} ms` };
  };
  const [body, frontMatter] = [summarise(timings.body), summarise(timings.frontMatter)];
  out("Save one guide (skills/sql.md) of the bundled guides, 5 times, and time until the dev server serves the change:");
  out();
  out(`- an edit to its text (its own page and data file are rendered again; search follows in the background): ${body.text};`);
  out(
    `- an edit to its summary in the front matter (its page, the pages of the guides it names and that name it, the role pages and the pages listing guides are rendered again): ${frontMatter.text}.`,
  );
  targets.push({
    target: "Dev loop: an edited guide served well under 1 s after saving",
    measured: `text edit ${Math.round(body.median)} ms, front-matter edit ${Math.round(frontMatter.median)} ms (medians)`,
    met: body.median < 1000 && frontMatter.median < 1000,
  });
  for (const measure of optionalMeasures()) {
    out();
    const report = await measure({ builtSites: new Map([...builtSites].filter(([size]) => searchSizes.has(size))), bundledSite: bundled, syntheticRuns });
    for (const line of report.lines) out(line);
    targets.push(...report.targets);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

const cpu = cpus()[0]?.model ?? "unknown CPU";
const header = [
  "# Benchmarks",
  "",
  `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}\` on ${osType()} ${release()}, ${cpus().length} × ${cpu}, ${megabytes(totalmem())} memory (${megabytes(freemem())} free at the end), Node ${process.version}${hugo ? `, ${hugo}` : ""}.`,
  "Timings are one cold run each on a shared machine: read the ratios, which compare runs made side by side, more than the absolute times.",
  "Synthetic guides: 5% roles, 40% skills, the rest technologies, with cross-references and bodies about as long as the bundled guides (scripts/bench/synthetic.ts).",
  "Why the missed targets are missed, and what to try next: [performance.md](performance.md).",
  "",
  ...targetSection(),
];
if (!values["no-write"]) {
  await writeFile(path.join(root, "docs", "benchmarks.md"), `${[...header, ...lines].join("\n")}\n`);
  console.log("\nWrote docs/benchmarks.md");
}

/** The targets of issue #9 and how far this run is from each, every target listed whether or not it was measured. */
function targetSection(): string[] {
  const named = [buildTarget, memoryTarget, "First search at 10,000 guides: under 150 KB transferred"];
  const rows = [...named.filter((target) => !targets.some((row) => row.target === target)).map(unmeasured), ...targets];
  const status = (met: boolean | undefined) => (met === undefined ? "not measured" : met ? "met" : "missed");
  return [
    "## Targets",
    "",
    "| Target | This run | Status |",
    "| --- | --- | --- |",
    ...rows.map((row) => `| ${row.target} | ${row.measured} | ${status(row.met)} |`),
    "",
  ];
}
