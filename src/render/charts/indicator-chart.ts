import { sourceLine } from '../../kolada/source-line.js';
import type { Lang } from '../../messages/catalogue.js';
import type { ChartValue, TrendChart } from './trend-chart.js';

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Rec) : {});
const list = (v: unknown): Rec[] => (Array.isArray(v) ? v.map(rec) : []);
const value = (v: unknown): ChartValue => (typeof v === 'number' && Number.isFinite(v) ? v : 'saknas');
const year = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) ? v : undefined);

/**
 * A trend chart's input from an indicator's data (the file's plain values): the outcomes per
 * year as the Södertörn line, the municipalities' values as thin lines when `withKommuner`, the
 * target values and the baseline; the years from the baseline (or first outcome) to the last
 * target or outcome. The credit follows Kolada's terms: the municipalities' values are Kolada's
 * ("Källa: Kolada"), the total is an own calculation from them.
 */
export function indicatorChart(data: Rec, kommunName: (id: string) => string, options: { withKommuner?: boolean; lang?: Lang } = {}): TrendChart {
  const lang = options.lang ?? 'sv';
  const outcomes = list(data.utfall).filter((o) => year(o.år) !== undefined);
  const targets = list(data.målvärden).filter((t) => year(t.år) !== undefined && typeof t.värde === 'number').map((t) => ({ year: t.år as number, value: t.värde as number }));
  const base = rec(data.basvärde);
  const baseline = year(base.år) !== undefined && typeof base.värde === 'number' ? { year: base.år as number, value: base.värde } : undefined;
  const known = [...outcomes.map((o) => o.år as number), ...targets.map((t) => t.year), ...(baseline ? [baseline.year] : [])];
  const from = known.length > 0 ? Math.min(...known) : 0;
  const to = known.length > 0 ? Math.max(...known) : 0;
  // At most 60 years on one axis: a hostile file with years 1990 and 2999 does not make a thousand ticks.
  const years = known.length > 0 ? Array.from({ length: Math.min(to - from + 1, 60) }, (_, i) => from + i) : [];
  const total = { name: 'Södertörn', points: outcomes.map((o) => ({ year: o.år as number, value: value(o.värde) })) };
  const ids: string[] = [];
  for (const o of outcomes) for (const k of list(o.kommuner)) if (typeof k.kommun === 'string' && !ids.includes(k.kommun)) ids.push(k.kommun);
  const kommuner = options.withKommuner
    ? ids.map((id) => ({
        name: kommunName(id),
        points: outcomes.flatMap((o) => list(o.kommuner).filter((k) => k.kommun === id).map((k) => ({ year: o.år as number, value: value(k.värde) }))),
      }))
    : undefined;
  const source = rec(data.källa);
  const credit = sourceLine({ typ: typeof source.typ === 'string' ? source.typ : undefined, kpi: typeof source.kpi === 'string' ? source.kpi : undefined, hämtad: typeof source.hämtad === 'string' ? source.hämtad : undefined }, lang);
  return {
    title: typeof data.namn === 'string' ? data.namn : '',
    unit: typeof data.enhet === 'string' ? data.enhet : '',
    years,
    total,
    kommuner,
    targets,
    baseline,
    source: credit ? creditLine(credit, kommuner !== undefined && kommuner.length > 0, lang) : undefined,
  };
}

/** The chart's credit: Kolada for the municipalities' raw values (when drawn), an own calculation for the total. */
function creditLine(credit: string, withKommuner: boolean, lang: Lang): string {
  const own = credit.replace(/^Källa: Kolada/, lang === 'sv' ? 'Egen beräkning utifrån Kolada' : 'Own calculation based on Kolada');
  if (!withKommuner) return lang === 'sv' ? `Södertörn: ${own}.` : `Södertörn: ${own}.`;
  return lang === 'sv' ? `Kommunernas värden: ${credit}. Södertörn: ${own.charAt(0).toLowerCase()}${own.slice(1)}.` : `The municipalities' values: ${credit}. Södertörn: ${own.charAt(0).toLowerCase()}${own.slice(1)}.`;
}
