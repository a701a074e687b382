// Measurements that other modules provide (search cost, roadmap layout), gathered so the benchmark can print them.
import { formatMeasurements, measureSearch } from "../measure-search.ts";
import { roadmapMeasure } from "../measure-roadmaps.ts";

/** What an optional measurement receives: built synthetic sites by guide count, and the bundled guides' build. */
export interface MeasureInput {
  builtSites: Map<number, string>;
  bundledSite: string;
}

/** A measurement that returns Markdown lines for the report. */
export type Measure = (input: MeasureInput) => Promise<string[]>;

/** The fixed query the search measurement runs on synthetic sites (their bodies use this vocabulary). */
const syntheticQuery = "database";

/** Bytes and time to first results for our search page against Pagefind's default UI, on each synthetic size. */
const searchMeasure: Measure = async ({ builtSites }) => {
  const lines = ["## Search: our UI against Pagefind's default UI", "", "Cold first search in headless Chromium on the synthetic sites (target: fewer bytes and faster than the default UI; under 150 KB for the first search at 10,000 pages).", ""];
  for (const [size, site] of builtSites) {
    const rows = await measureSearch({ siteDir: site, query: syntheticQuery, runs: 3 });
    lines.push(`### ${size} guides`, "", "```", formatMeasurements(rows, syntheticQuery), "```", "");
  }
  return lines;
};

/** The measurements beyond build, page weight and dev loop. */
export function optionalMeasures(): Measure[] {
  return [searchMeasure, roadmapMeasure];
}
