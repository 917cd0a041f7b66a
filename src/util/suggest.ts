import { distance } from 'fastest-levenshtein';

/** Folds case and the Swedish letters å, ä, ö (and other diacritics) so near-identical ids compare equal. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The candidate closest to `value`, when it is close enough to be a likely typo:
 * equal after folding, or within a third of the length in edits.
 */
export function suggest(value: string, candidates: Iterable<string>): string | undefined {
  const folded = fold(value);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === value) continue;
    const d = distance(folded, fold(candidate));
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(1, Math.floor(Math.max(folded.length, 3) / 3));
  return bestDistance <= limit ? best : undefined;
}
