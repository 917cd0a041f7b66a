import type { PhrasingContent, RootContent } from 'mdast';
import { exampleCalculationLine, exampleLine, ownCalculationLine, sourceLine as koladaSourceLine } from '../../kolada/source-line.js';
import { trendChartFigure, trendChartTable } from '../charts/trend-chart.js';
import type { TrendChart } from '../charts/trend-chart.js';
import type { RenderContext } from '../context.js';
import { emphasis, paragraph, text } from '../markdown.js';
import type { IndicatorView } from '../year-data.js';
import { hasExampleValues, södertörnValue } from './indicators.js';
import type { CreditContext } from './indicators.js';

/** What an indicator's figure needs beyond its view: the crediting, the populations for weighted totals, the last year shown and the figure counter. */
export interface FigureContext extends CreditContext {
  populations: Map<string, number>;
  /** The last year drawn: the report's year, or the period's last year. */
  upTo: number;
  nextFigure(): number;
}

/** The årsredovisning's figure context: its year, its populations and its own figure counter. */
export function figureContext(ctx: RenderContext): FigureContext {
  return { t: ctx.t, kolada: ctx.kolada, populations: ctx.data.governance.populations, upTo: ctx.data.year, nextFigure: ctx.nextFigure };
}

const totalOf = (ctx: FigureContext, i: IndicatorView, o: IndicatorView['outcomes'][number]) => södertörnValue(i, o, ctx.populations);

/**
 * The credit lines of an indicator's values, by Kolada's terms: the municipalities' values from
 * Kolada are "Källa: Kolada (N…)"; Södertörn's total computed from them is "Egen beräkning utifrån
 * Kolada (N…): …", never "Källa: Kolada"; invented example values say so and never name Kolada as
 * their source; other sources by their own name.
 */
export function creditLines(ctx: FigureContext, i: IndicatorView): string[] {
  const withKommuner = i.outcomes.some((o) => o.kommuner.length > 0);
  const unverified = i.source.verified ? '' : ` (${ctx.t('ej_verifierad')})`;
  if (i.source.type === 'kolada') {
    const info = { typ: 'kolada', kpi: i.source.kpi, hämtad: i.source.fetched };
    const computed = i.outcomes.some((o) => totalOf(ctx, i, o).computed);
    const example = hasExampleValues(ctx, i);
    const lines: string[] = [];
    if (example) {
      lines.push(`${exampleLine(info)}${unverified}.`);
      if (computed && i.aggregation) lines.push(`${ctx.t('södertörn_rad')}: ${exampleCalculationLine(i.aggregation)}.`);
      return lines;
    }
    if (withKommuner || !computed) lines.push(`${koladaSourceLine(info)}${unverified}${withKommuner ? ' (kommunernas värden)' : ''}.`);
    if (computed && i.aggregation) lines.push(`${ctx.t('södertörn_rad')}: ${ownCalculationLine(info, i.aggregation)}.`);
    return lines;
  }
  if (i.source.type === 'annan') return [`${ctx.t('källa_annan', { namn: i.source.name ?? '' })}${unverified}.`];
  return [`${ctx.t('källa_egen')}${i.source.method ? `: ${i.source.method.replace(/\s+/g, ' ').trim().replace(/\.$/, '')}` : ''}.`];
}

/** The chart of an indicator for the document: Södertörn, the kommuner, targets, baseline, the years from the first to the last known. */
export function chartOf(ctx: FigureContext, i: IndicatorView, figure: number): TrendChart {
  // Only what was known in the report's year (or by the period's end): a later outcome does not change an earlier document.
  const outcomes = i.outcomes.filter((o) => o.year <= ctx.upTo).sort((a, b) => a.year - b.year);
  const known = [...outcomes.map((o) => o.year), ...i.targets.map((t) => t.year), ...(i.baseline ? [i.baseline.year] : [])];
  // A loop, not Math.min(...known): a hostile file with a hundred thousand outcomes must not overflow the stack.
  const from = known.reduce((m, y) => Math.min(m, y), Infinity);
  const to = known.reduce((m, y) => Math.max(m, y), -Infinity);
  // At most 60 years on one axis: a hostile file with years 1990 and 2999 does not draw a thousand ticks.
  const years = Array.from({ length: Math.min(to - from + 1, 60) }, (_, n) => from + n);
  const names = [...new Set(outcomes.flatMap((o) => o.kommuner.map((k) => k.kommun)))];
  return {
    title: i.name,
    unit: i.unit,
    years,
    total: { name: ctx.t('södertörn_rad'), points: outcomes.map((o) => ({ year: o.year, value: totalOf(ctx, i, o).value })) },
    kommuner: names.length > 0 ? names.map((name) => ({ name, points: outcomes.flatMap((o) => o.kommuner.filter((k) => k.kommun === name).map((k) => ({ year: o.year, value: k.value }))) })) : undefined,
    targets: i.targets,
    baseline: i.baseline,
    decimals: i.decimals,
    caption: `Figur ${figure}. ${i.name}`,
    id: `diagram-${figure}`,
  };
}

/**
 * An indicator's numbered figure: in HTML and PDF the chart as inline SVG in a figure with its
 * caption, in Markdown the caption; then in every output the table of the same values (the text
 * alternative) and the credit lines. Nothing for an indicator with no value, target or baseline.
 */
export function indicatorFigure(ctx: FigureContext, i: IndicatorView): RootContent[] {
  if (!i.outcomes.some((o) => o.year <= ctx.upTo) && i.targets.length === 0 && !i.baseline) return [];
  const chart = chartOf(ctx, i, ctx.nextFigure());
  const credits = creditLines(ctx, i);
  const lines: PhrasingContent[] = credits.flatMap((line, n) => (n === 0 ? [text(line)] : [{ type: 'break' as const }, text(line)]));
  const figureNode = trendChartFigure(chart);
  // Markdown shows the caption in italics, as the other figures' captions.
  figureNode.children = [emphasis(...figureNode.children)];
  const values = trendChartTable(chart);
  values.data = { hProperties: { className: ['diagramtabell'] } };
  return [figureNode, values, paragraph(...lines)];
}
