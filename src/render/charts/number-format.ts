import { formatLocale } from 'd3-format';
import type { Lang } from '../../messages/catalogue.js';

/** Swedish numbers: decimal comma, a no-break space between thousands, a real minus sign. */
const SV = formatLocale({ decimal: ',', thousands: '\u00a0', grouping: [3], currency: ['', '\u00a0kr'], minus: '\u2212' });
const EN = formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['', ' SEK'], minus: '\u2212' });

/** A formatter for a chart's numbers: at most `decimals` decimals, trailing zeros dropped (or kept, `fixed`, as the indicator's own tables show them). */
export function chartNumber(lang: Lang, decimals = 2, fixed = false): (value: number) => string {
  const f = (lang === 'en' ? EN : SV).format(`,.${Math.max(0, Math.min(decimals, 6))}${fixed ? '' : '~'}f`);
  return (value) => f(value);
}
