import { distance } from 'fastest-levenshtein';

/** Ids folded before: a resident engine folds the same ten thousand ids after every keystroke. */
const folded = new Map<string, string>();
const FOLDED_MAX = 50_000;

/** Folds case and the Swedish letters å, ä, ö (and other diacritics) so near-identical ids compare equal. */
export function fold(s: string): string {
  let out = folded.get(s);
  if (out !== undefined) return out;
  out = s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  // Bounded: hostile data with endless distinct ids only empties the memo, it cannot grow it.
  if (folded.size >= FOLDED_MAX) folded.clear();
  if (s.length <= 100) folded.set(s, out);
  return out;
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
