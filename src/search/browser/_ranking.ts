// Exact names first: Pagefind ranks by words, so "Node.js" comes before JavaScript for "JS"; a guide whose title or
// alias is exactly the query belongs at the top.
import type { PagefindHit, PagefindResult } from "./_pagefind.ts";

/** A result whose data is loaded already, or loads on demand. */
export type ResultLoader = () => Promise<PagefindResult>;

/** How far down Pagefind's ranking to look for a guide whose title or alias is exactly the query. */
const exactWindow = 30;
const nameFields = ["title", "aliases"];

/**
 * Puts guides whose title (then alias) is exactly the query first. Looks only at hits whose title or aliases matched
 * the query (Pagefind's `matchedMetaFields`: on the bundled guides every exact name among 2,120 names searched had
 * one), a page at a time until one is exact, so a search that names no guide shows its first result without waiting.
 */
export async function exactFirst(query: string, hits: PagefindHit[], pageSize: number): Promise<ResultLoader[]> {
  const wanted = nameKey(query);
  const rank = (result: PagefindResult) =>
    nameKey(result.meta.title ?? "") === wanted ? 2 : (result.meta.aliases ?? "").split(", ").some((alias) => nameKey(alias) === wanted) ? 1 : 0;
  const candidates = hits.slice(0, exactWindow).filter((hit) => hit.matchedMetaFields?.some((field) => nameFields.includes(field)));
  const loaded = new Map<string, PagefindResult>();
  for (let start = 0; start < candidates.length; start += pageSize) {
    const batch = candidates.slice(start, start + pageSize);
    const data = await Promise.all(batch.map((hit) => hit.data()));
    batch.forEach((hit, index) => loaded.set(hit.id, data[index]!));
    if (data.some((result) => rank(result) > 0)) break;
  }
  const exact = hits.filter((hit) => loaded.has(hit.id) && rank(loaded.get(hit.id)!) > 0);
  exact.sort((a, b) => rank(loaded.get(b.id)!) - rank(loaded.get(a.id)!));
  return [...exact, ...hits.filter((hit) => !exact.includes(hit))].map((hit) => {
    const result = loaded.get(hit.id);
    return result ? () => Promise.resolve(result) : () => hit.data();
  });
}

/** A name reduced to what a reader means by it: "Node.js", "node js" and "NodeJS" all become "nodejs"; C# and C++ stay apart. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]/gu, "");
}
