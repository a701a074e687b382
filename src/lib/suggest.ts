// Did-you-mean suggestions for misspelt names.
import { distance } from "fastest-levenshtein";

/** Returns the candidate closest to `input`, or undefined when none is close enough to be a likely typo. */
export function closestMatch(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    const prefix = Math.min(hay.length, needle.length) >= 4 && (hay.startsWith(needle) || needle.startsWith(hay));
    const score = hay === needle ? 0 : prefix ? 1 : distance(needle, hay);
    if (score < bestDistance) {
      best = candidate;
      bestDistance = score;
    }
  }
  const allowed = Math.max(1, Math.floor(needle.length / 3));
  return best !== undefined && bestDistance <= allowed ? best : undefined;
}

/** Formats a did-you-mean suggestion, or undefined when no candidate is close. */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const match = closestMatch(input, candidates);
  return match === undefined ? undefined : `did you mean "${match}"?`;
}
