import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `value` by edit distance, ignoring case and punctuation,
 * or undefined when nothing is close enough to be a plausible typo.
 */
export function nearest(value: string, candidates: Iterable<string>): string | undefined {
  const wanted = normalise(value);
  if (!wanted) return undefined;
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const score = distance(wanted, normalise(candidate));
    if (score < bestScore || (score === bestScore && best !== undefined && candidate < best)) {
      best = candidate;
      bestScore = score;
    }
  }
  const allowed = Math.max(2, Math.floor(wanted.length / 3));
  return bestScore <= allowed ? best : undefined;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
