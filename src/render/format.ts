/** Swedish number, amount, percent and date formatting (sv-SE), the same on every machine with full ICU. */

import { isIsoDate } from '../util/text.js';

const integer = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1, minimumFractionDigits: 0 });
const longDate = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "1 250 000 kr" (with a no-break space between groups, as sv-SE writes it). */
export function kr(amount: number): string {
  return `${integer.format(Math.round(amount))}\u00a0kr`;
}

/** "12,5" — a measured value with at most one decimal. */
export function number(value: number): string {
  return decimal.format(value);
}

/** "−7,3 %" — a share given as a fraction of 1 is not accepted; pass the percent value. */
export function pct(value: number): string {
  return `${percent.format(value)}\u00a0%`;
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
