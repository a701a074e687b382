// Runs file work side by side a batch at a time, so that sites of many thousands of files stay far below the limit on
// open files (EMFILE) while the disk is kept busy.

/** How many files are worked on at once by default. */
export const filesAtOnce = 32;

/** Maps `items` through `work`, at most `size` at a time, returning the results in the order of `items`. */
export async function mapInBatches<T, R>(items: readonly T[], work: (item: T) => Promise<R>, size = filesAtOnce): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map(work))));
  }
  return results;
}
