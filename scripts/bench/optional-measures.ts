// Measurements that other modules provide (search cost, roadmap layout, Lighthouse), gathered so the benchmark can
// print them and hold their numbers against the targets.
import { formatMeasurements, measureSearch } from "../measure-search.ts";
import { roadmapMeasure } from "../measure-roadmaps.ts";
import { lighthouseMeasure } from "./lighthouse.ts";
import { markdownCostReport } from "./markdown-cost.ts";

/** What an optional measurement receives: built synthetic sites by guide count, and the bundled guides' build. */
export interface MeasureInput {
  builtSites: Map<number, string>;
  bundledSite: string;
  /** Each synthetic size's content folder and how long our build of it took. */
  syntheticRuns: Map<number, { contentDir: string; buildMs: number }>;
}

/** One target of issue #9 and how far the run is from it; `met` is undefined when the run did not measure it. */
export interface TargetRow {
  target: string;
  measured: string;
  met: boolean | undefined;
}

/** A measurement's Markdown lines for the report, and the targets it measured. */
export interface MeasureReport {
  lines: string[];
  targets: TargetRow[];
}

/** A measurement of the benchmark beyond the build table, page weight and dev loop. */
export type Measure = (input: MeasureInput) => Promise<MeasureReport>;

/** The fixed query the search measurement runs on synthetic sites (their bodies use this vocabulary). */
const syntheticQuery = "database";
/** The most a first search may transfer at 10,000 guides, compressed as a host sends it. */
const firstSearchBudget = 150 * 1024;

/** Bytes and time to first results for our search page against Pagefind's default UI, on each synthetic size. */
const searchMeasure: Measure = async ({ builtSites }) => {
  const lines = [
    "## Search: our UI against Pagefind's default UI",
    "",
    "Cold first search in headless Chromium on the synthetic sites (target: fewer bytes and faster than the default UI; under 150 KB for the first search at 10,000 pages).",
    "",
  ];
  const targets: TargetRow[] = [];
  for (const [size, site] of builtSites) {
    const rows = await measureSearch({ siteDir: site, query: syntheticQuery, runs: 7 });
    lines.push(`### ${size} guides`, "", "```", formatMeasurements(rows, syntheticQuery), "```", "");
    const [ours, theirs] = rows;
    if ((size === 1000 || size === 10_000) && ours && theirs) {
      targets.push({
        target: `First search at ${size.toLocaleString("en")} guides: first result no later than Pagefind's default UI`,
        measured: `${Math.round(ours.firstResultMs)} ms against ${Math.round(theirs.firstResultMs)} ms (${(ours.firstResultMs / theirs.firstResultMs).toFixed(2)}×, medians of 7, the two taking turns)`,
        met: ours.firstResultMs <= theirs.firstResultMs,
      });
    }
    if (size === 10_000 && ours) {
      targets.push({
        target: "First search at 10,000 guides: under 150 KB transferred",
        measured: `${(ours.gzipBytes / 1024).toFixed(1)} KB (page, scripts and index, gzipped where a host would)`,
        met: ours.gzipBytes < firstSearchBudget,
      });
    }
  }
  return { lines, targets };
};

/** What highlighting costs against each synthetic build, and images from nothing and from the cache. */
const markdownMeasure: Measure = ({ syntheticRuns }) => markdownCostReport(syntheticRuns);

/** The measurements beyond build, page weight and dev loop. */
export function optionalMeasures(): Measure[] {
  return [searchMeasure, roadmapMeasure, markdownMeasure, lighthouseMeasure];
}
