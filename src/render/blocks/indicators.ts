import type { RootContent } from 'mdast';
import type { SavedRecord } from '../../kolada/saved-record.js';
import type { ChartValue } from '../charts/trend-chart.js';
import type { RenderContext } from '../context.js';
import { number } from '../format.js';
import { strong, table } from '../markdown.js';
import type { IndicatorView } from '../year-data.js';

/** The labels and saved responses an indicator's crediting needs: the årsredovisning and the slutuppföljning both give them. */
export interface CreditContext {
  t(key: 'saknas' | 'ej_verifierad' | 'södertörn_rad' | 'källa_kolada' | 'källa_egen' | 'källa_annan' | 'kpi', vars?: Record<string, string>): string;
  kolada: SavedRecord;
}

/** An indicator's value with its fixed decimals, or "saknas" (never 0). */
export function valueOf(ctx: CreditContext, i: IndicatorView, v: number | 'saknas' | undefined): string {
  return typeof v === 'number' ? number(v, i.decimals) : ctx.t('saknas');
}

/** True when the indicator's Kolada values are invented examples: it is marked so, its KPI lies only in example files, or it was "fetched" on an example file's date. */
export function hasExampleValues(ctx: { kolada: SavedRecord }, i: IndicatorView): boolean {
  if (i.source.type !== 'kolada') return false;
  // The indicator's own marker first: deleting or breaking the saved example file must not turn invented values into "Källa: Kolada".
  if (i.example === true) return true;
  return (i.source.kpi !== undefined && ctx.kolada.exampleKpis.has(i.source.kpi)) || (i.source.fetched !== undefined && ctx.kolada.exampleDates.has(i.source.fetched));
}

/** The source in a column headed Källa: the source's name and id only, whether it is verified, and whether the values are examples. */
export function sourceCell(ctx: CreditContext, i: IndicatorView): string {
  const unverified = i.source.verified ? '' : ` (${ctx.t('ej_verifierad')})`;
  if (i.source.type === 'kolada') return `Kolada${i.source.kpi ? `, ${i.source.kpi}` : ''}${unverified}${hasExampleValues(ctx, i) ? ' (exempelvärden, inte hämtade från Kolada)' : ''}`;
  if (i.source.type === 'annan') return `${i.source.name ?? ''}${unverified}`;
  return ctx.t('källa_egen');
}

/** The source as a sentence below a table or in the list of sources: "Källa: Kolada (nyckeltal N…)". */
export function sourceLine(ctx: CreditContext, i: IndicatorView): string {
  const unverified = i.source.verified ? '' : `, ${ctx.t('ej_verifierad')}`;
  if (i.source.type === 'kolada') return `${ctx.t('källa_kolada')}${i.source.kpi ? ` (${ctx.t('kpi', { kpi: i.source.kpi })}${unverified})` : ''}`;
  if (i.source.type === 'annan') return `${ctx.t('källa_annan', { namn: i.source.name ?? '' })}${unverified ? ` (${ctx.t('ej_verifierad')})` : ''}`;
  return ctx.t('källa_egen');
}

type Outcome = IndicatorView['outcomes'][number];

/**
 * The value for Södertörn of one year by the indicator's declared method: the unweighted mean,
 * the mean weighted by population, or the sum. Undefined when a kommun's value (or, weighted, its
 * population) is missing: a total of some kommuner is not a total for Södertörn.
 */
export function aggregate(i: IndicatorView, o: Outcome, populations: Map<string, number>): number | undefined {
  if (!i.aggregation || o.kommuner.length === 0) return undefined;
  const values = o.kommuner.map((k) => k.value);
  if (values.some((v) => v === 'saknas')) return undefined;
  const nums = values as number[];
  // A total that overflows (a draft rendered past the check's bounds) is no value, never "Infinity" or NaN in a chart.
  const finite = (v: number) => (Number.isFinite(v) ? v : undefined);
  if (i.aggregation === 'summa') return finite(nums.reduce((s, v) => s + v, 0));
  if (i.aggregation === 'medelvärde') return finite(nums.reduce((s, v) => s + v, 0) / nums.length);
  const weights = o.kommuner.map((k) => populations.get(k.kommun));
  if (weights.some((w) => w === undefined)) return undefined;
  const whole = (weights as number[]).reduce((s, w) => s + w, 0);
  return finite(nums.reduce((s, v, n) => s + v * weights[n]!, 0) / whole);
}

/**
 * Södertörn's value of a year, the one place that says it: the recorded value, else the total of
 * the kommuner's values by the indicator's declared method (`computed`), else saknas.
 */
export function södertörnValue(i: IndicatorView, o: Outcome, populations: Map<string, number>): { value: ChartValue; computed: boolean } {
  if (typeof o.value === 'number') return { value: o.value, computed: false };
  const v = aggregate(i, o, populations);
  return v === undefined ? { value: 'saknas', computed: false } : { value: v, computed: true };
}

/** The Södertörn row of an indicator's table per kommun, and the note that it is the cooperation's own calculation. */
export function totalRow(ctx: RenderContext, i: IndicatorView, outcomes: Outcome[]): { row: (string | ReturnType<typeof strong>[])[]; note: string } | undefined {
  if (!i.aggregation) return undefined;
  const pop = ctx.data.governance.populations;
  const cells = outcomes.map((o) => {
    const v = aggregate(i, o, pop);
    return [strong(v === undefined ? ctx.t('saknas') : number(v, i.decimals))];
  });
  return { row: [[strong(ctx.t('södertörn_rad'))], ...cells], note: ctx.t(`södertörn_metod_${i.aggregation}`) };
}

/** Bilaga: what each indicator measures, its unit, desired direction, source and how Södertörn's value is computed. */
export function indicatorDefinitions(ctx: RenderContext): RootContent[] {
  return [
    table(
      [ctx.t('kol_indikator'), ctx.t('kol_definition'), ctx.t('kol_enhet'), ctx.t('kol_riktning'), ctx.t('kol_källa'), ctx.t('kol_sammanvägning')],
      ctx.data.indicators.map((i) => [
        i.name,
        [i.description, i.source.method].filter(Boolean).join(' '),
        i.unit,
        i.direction,
        sourceCell(ctx, i),
        ctx.t(i.aggregation ? `sammanvägning_${i.aggregation}` : 'sammanvägning_ingen'),
      ]),
    ),
  ];
}
