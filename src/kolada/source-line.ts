import type { Lang } from '../messages/catalogue.js';
import { creditMessages } from '../messages/kolada-credit.js';
import type { TotalMethod } from '../messages/kolada-credit.js';

/** The methods a total over the member municipalities can be computed by. */
export type { TotalMethod };

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

/** The KPI in brackets after the name, or nothing. */
const kpiPart = (source: SourceInfo) => (source.kpi ? ` (${source.kpi})` : '');

/** The credit for raw values from Kolada: "Källa: Kolada (N01951), hämtad 2026-12-01"; undefined for other sources. */
export function sourceLine(source: SourceInfo, lang: Lang = 'sv'): string | undefined {
  if (source.typ !== 'kolada') return undefined;
  return creditMessages(lang).source(kpiPart(source), source.hämtad || undefined);
}

/**
 * The credit for a value sup computed from Kolada's (the Södertörn total): "Egen beräkning utifrån
 * Kolada (N01951): ovägt medelvärde av kommunernas värden (8 av 8 kommuner)". Never "Källa: Kolada".
 */
export function ownCalculationLine(source: SourceInfo, method: TotalMethod, counted?: { used: number; of: number }, lang: Lang = 'sv'): string {
  const m = creditMessages(lang);
  return `${m.ownCalculation(kpiPart(source))}: ${m[method]}${counted ? m.counted(counted.used, counted.of) : ''}`;
}

/** The credit for invented values in Kolada's shape: "Exempelvärden i Koladas format, inte hämtade från Kolada (N07924)". Never "Källa: Kolada". */
export function exampleLine(source: SourceInfo, lang: Lang = 'sv'): string {
  return creditMessages(lang).example(kpiPart(source));
}

/** The credit for a total sup computed from example values: an own calculation, and of examples, not of Kolada's data. */
export function exampleCalculationLine(method: TotalMethod, lang: Lang = 'sv'): string {
  const m = creditMessages(lang);
  return m.exampleCalculation(m[method]);
}

/** The line for the appendix (Bilagor): when the values were fetched, and that Kolada may revise them. */
export function fetchDateLine(dates: readonly string[], lang: Lang = 'sv'): string | undefined {
  const unique = [...new Set(dates)].sort();
  if (unique.length === 0) return undefined;
  return creditMessages(lang).fetchDates(unique.join(', '));
}
