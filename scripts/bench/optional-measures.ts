// Measurements that other modules provide (search cost, roadmap layout), gathered so the benchmark can print them.

/** What an optional measurement receives: built synthetic sites by guide count, and the bundled guides' build. */
export interface MeasureInput {
  builtSites: Map<number, string>;
  bundledSite: string;
}

/** A measurement that returns Markdown lines for the report. */
export type Measure = (input: MeasureInput) => Promise<string[]>;

/** The measurements beyond build, page weight and dev loop. */
export async function optionalMeasures(): Promise<Measure[]> {
  return [];
}
