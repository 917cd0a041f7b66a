import { isWindowsUnsafeName } from '../source/file-source.js';

/** Longest id derived from a title; the schema allows 80, but ids are typed and read in file names. */
const MAX_LENGTH = 60;

/** Small words that make a poor last word of a shortened id. */
const TRAILING = new Set(['och', 'i', 'pa', 'av', 'for', 'till', 'med', 'om', 'en', 'ett', 'att', 'som', 'vid', 'fran', 'mot', 'den', 'det', 'de', 'the', 'of', 'and']);

const LETTERS: Record<string, string> = { æ: 'ae', ø: 'o', œ: 'oe', ß: 'ss', ð: 'd', þ: 'th', ł: 'l', đ: 'd', ı: 'i' };

/**
 * An id from a title, in ASCII kebab-case as the schema wants it: å and ä become a, ö becomes o
 * (other letters lose their accents), everything else separates words, and a long title is cut at a
 * word boundary. Empty when the title has no letters or digits.
 */
export function idFromTitle(title: string): string {
  const ascii = title
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/[æøœßðþłđı]/g, (c) => LETTERS[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
  const words = ascii.split(/[^a-z0-9]+/).filter(Boolean);
  const kept: string[] = [];
  let length = 0;
  for (const word of words) {
    const next = length + (kept.length > 0 ? 1 : 0) + word.length;
    if (next > MAX_LENGTH) break;
    kept.push(word);
    length = next;
  }
  if (kept.length === 0 && words.length > 0) kept.push(words[0]!.slice(0, MAX_LENGTH));
  while (kept.length > 1 && kept.length < words.length && TRAILING.has(kept.at(-1)!)) kept.pop();
  return kept.join('-');
}

/**
 * `base`, or `base-2`, `base-3` … : the first that `taken` does not reject. A name Windows reserves
 * for a device (con, nul, aux, com1 …) is never chosen: a file named so cannot be checked out there.
 */
export function nextFreeId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base) && !isWindowsUnsafeName(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}

/** The id pattern of gemensam.schema.json, and not a name Windows reserves (ids become file names). */
export function isValidId(id: string): boolean {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) && id.length <= 80 && !isWindowsUnsafeName(id);
}
