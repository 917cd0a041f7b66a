import { formatLocale } from 'd3-format';
import type { Lang } from '../../messages/catalogue.js';
import { CHART_LOCALE } from '../../messages/charts.js';

/** The d3 number locales of each language, built once. */
const LOCALES = { sv: formatLocale(CHART_LOCALE.sv), en: formatLocale(CHART_LOCALE.en) };

/** A formatter for a chart's numbers: at most `decimals` decimals, trailing zeros dropped (or kept, `fixed`, as the indicator's own tables show them). */
export function chartNumber(lang: Lang, decimals = 2, fixed = false): (value: number) => string {
  const f = LOCALES[lang].format(`,.${Math.max(0, Math.min(decimals, 6))}${fixed ? '' : '~'}f`);
  return (value) => f(value);
}
