import type { Lang } from './catalogue.js';
import { inLang } from './side-by-side.js';

/**
 * The words of the trend charts (src/render/charts/), Swedish and English side by side. "Södertörn"
 * is a name and "saknas" the data's own word for a missing value: both stay in either language.
 */
const CHARTS = {
  chart: { sv: 'Diagram', en: 'Chart' },
  year: { sv: 'År', en: 'Year' },
  target: { sv: 'Målvärde', en: 'Target' },
  baseline: { sv: 'Basvärde', en: 'Baseline' },
  total: { sv: 'Södertörn', en: 'Södertörn' },
  missing: { sv: 'saknas', en: 'saknas' },
  municipalities: { sv: 'Kommunerna', en: 'Municipalities' },
  describe: { sv: 'Utvecklingen år för år', en: 'The development year by year' },
  single: {
    sv: (total: string, year: number, value: string) => `${total} ${year}: ${value}.`,
    en: (total: string, year: number, value: string) => `${total} ${year}: ${value}.`,
  },
  went: {
    sv: (total: string, first: string, firstYear: number, last: string, lastYear: number) => `${total} gick från ${first} ${firstYear} till ${last} ${lastYear}.`,
    en: (total: string, first: string, firstYear: number, last: string, lastYear: number) => `${total} went from ${first} in ${firstYear} to ${last} in ${lastYear}.`,
  },
  noValues: { sv: (total: string) => `Inga värden för ${total} ännu.`, en: (total: string) => `No values for ${total} yet.` },
  missingYears: { sv: (years: string) => `Värde saknas för ${years}.`, en: (years: string) => `No value for ${years}.` },
  thinLines: { sv: (n: number) => `Tunna linjer: de ${n} kommunerna.`, en: (n: number) => `Thin lines: the ${n} municipalities.` },
  sameInTable: { sv: 'Samma värden finns i tabellen under diagrammet.', en: 'The same values are in the table below the chart.' },
} satisfies Record<string, Record<Lang, unknown>>;

/** The chart words in one language. */
export function chartMessages(lang: Lang) {
  return inLang(CHARTS, lang);
}

/** The number format of a chart in each language (d3-format's locale definition). */
export const CHART_LOCALE = {
  // Swedish numbers: decimal comma, a no-break space between thousands, a real minus sign.
  sv: { decimal: ',', thousands: '\u00a0', grouping: [3], currency: ['', '\u00a0kr'] as [string, string], minus: '\u2212' },
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['', ' SEK'] as [string, string], minus: '\u2212' },
} satisfies Record<Lang, unknown>;
