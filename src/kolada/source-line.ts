import type { Lang } from '../messages/catalogue.js';

/**
 * Crediting by Kolada's terms: its data carry "Källa: Kolada", and sup's own processing of them
 * (the Södertörn total by the indicator's method) is never credited to Kolada but called an own
 * calculation based on Kolada. Kolada revises data without notice, so the fetch date goes with it.
 * Pure helpers for the report, the plan and the terminal; the wording is the same in both
 * languages where it is Kolada's own ("Källa: Kolada").
 */

/** The parts of an indicator's `källa` the lines use. */
export interface SourceInfo {
  typ?: string;
  kpi?: string;
  hämtad?: string;
  namn?: string;
}

/** The credit for raw values from Kolada: "Källa: Kolada (N01951), hämtad 2026-12-01"; undefined for other sources. */
export function sourceLine(source: SourceInfo, lang: Lang = 'sv'): string | undefined {
  if (source.typ !== 'kolada') return undefined;
  const kpi = source.kpi ? ` (${source.kpi})` : '';
  const date = source.hämtad ? (lang === 'sv' ? `, hämtad ${source.hämtad}` : `, fetched ${source.hämtad}`) : '';
  return `Källa: Kolada${kpi}${date}`;
}

/** The methods a total over the member municipalities can be computed by. */
export type TotalMethod = 'medelvärde' | 'befolkningsviktat' | 'summa';

const METHOD: Record<Lang, Record<TotalMethod, string>> = {
  sv: { medelvärde: 'ovägt medelvärde av kommunernas värden', befolkningsviktat: 'medelvärde viktat efter kommunernas befolkning', summa: 'summa av kommunernas värden' },
  en: { medelvärde: 'unweighted mean of the municipalities’ values', befolkningsviktat: 'mean weighted by the municipalities’ population', summa: 'sum of the municipalities’ values' },
};

/**
 * The credit for a value sup computed from Kolada's (the Södertörn total): "Egen beräkning utifrån
 * Kolada (N01951): ovägt medelvärde av kommunernas värden (8 av 8 kommuner)". Never "Källa: Kolada".
 */
export function ownCalculationLine(source: SourceInfo, method: TotalMethod, counted?: { used: number; of: number }, lang: Lang = 'sv'): string {
  const kpi = source.kpi ? ` (${source.kpi})` : '';
  const head = lang === 'sv' ? `Egen beräkning utifrån Kolada${kpi}` : `Own calculation based on Kolada${kpi}`;
  const count = counted ? (lang === 'sv' ? ` (${counted.used} av ${counted.of} kommuner)` : ` (${counted.used} of ${counted.of} municipalities)`) : '';
  return `${head}: ${METHOD[lang][method]}${count}`;
}

/** The credit for invented values in Kolada's shape: "Exempelvärden i Koladas format, inte hämtade från Kolada (N07924)". Never "Källa: Kolada". */
export function exampleLine(source: SourceInfo, lang: Lang = 'sv'): string {
  const kpi = source.kpi ? ` (${source.kpi})` : '';
  return lang === 'sv' ? `Exempelvärden i Koladas format, inte hämtade från Kolada${kpi}` : `Example values in Kolada's format, not fetched from Kolada${kpi}`;
}

/** The credit for a total sup computed from example values: an own calculation, and of examples, not of Kolada's data. */
export function exampleCalculationLine(method: TotalMethod, lang: Lang = 'sv'): string {
  return lang === 'sv' ? `Egen beräkning utifrån exempelvärdena: ${METHOD.sv[method]}` : `Own calculation from the example values: ${METHOD.en[method]}`;
}

/** The line for the appendix (Bilagor): when the values were fetched, and that Kolada may revise them. */
export function fetchDateLine(dates: readonly string[], lang: Lang = 'sv'): string | undefined {
  const unique = [...new Set(dates)].sort();
  if (unique.length === 0) return undefined;
  return lang === 'sv'
    ? `Värdena från Kolada hämtades ${unique.join(', ')}. Kolada kan revidera värden i efterhand utan att meddela det.`
    : `The values from Kolada were fetched on ${unique.join(', ')}. Kolada may revise values afterwards without notice.`;
}
