/** Swedish number, amount, percent and date formatting (sv-SE), the same on every machine with full ICU. */

import { isIsoDate } from '../util/text.js';

const integer = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const fixedFormats = new Map<number, Intl.NumberFormat>();
/** A format with exactly `digits` decimals: every cell of a column is written the same way ("44,0" beside "36,2"). */
function fixed(digits: number): Intl.NumberFormat {
  let f = fixedFormats.get(digits);
  if (!f) fixedFormats.set(digits, (f = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return f;
}
const longDate = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "1 250 000 kr" (with a no-break space between groups, as sv-SE writes it). */
export function kr(amount: number): string {
  return `${integer.format(Math.round(amount))}\u00a0kr`;
}

/** "12,5" — a measured value with a fixed number of decimals (one unless the indicator says otherwise). */
export function number(value: number, decimals = 1): string {
  return fixed(decimals).format(value);
}

/** "−7,3 %" — a share given as a fraction of 1 is not accepted; pass the percent value. Fixed decimals, one by default. */
export function pct(value: number, decimals = 1): string {
  return `${fixed(decimals).format(value)}\u00a0%`;
}

/** "9 februari 2026" from "2026-02-09"; anything that is not such a date is shown as it is (a draft may have errors). */
export function date(iso: string): string {
  if (!isIsoDate(iso)) return iso;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return longDate.format(new Date(Date.UTC(y, m - 1, d)));
}

/** "+12 000 kr" / "−3 000 kr": a signed difference, with a real minus sign. */
export function signedKr(amount: number): string {
  if (amount === 0) return kr(0);
  return `${amount > 0 ? '+' : '−'}${kr(Math.abs(amount))}`;
}

/** First letter in upper case: a status or assessment word at the start of a table cell ("Genomförd"). */
export function atStart(word: string): string {
  return word.charAt(0).toLocaleUpperCase('sv-SE') + word.slice(1);
}

/** First letter in lower case: "Samarbetskommittén" → "samarbetskommittén" inside a sentence. */
export function inSentence(name: string): string {
  return name.charAt(0).toLocaleLowerCase('sv-SE') + name.slice(1);
}
