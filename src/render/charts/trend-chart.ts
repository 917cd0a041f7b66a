import type { Element, ElementContent } from 'hast';
import { s } from 'hastscript';
import type { Paragraph, Table, TableRow } from 'mdast';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { Lang } from '../../messages/catalogue.js';
import { cleanDocumentText } from '../../util/escape.js';
import { chartNumber } from './number-format.js';
import { chartMessages } from '../../messages/charts.js';

/** A value of a year: a number, or saknas (a gap in the line, never 0). */
export type ChartValue = number | 'saknas';

/** One line of the chart: Södertörn's total or a municipality. */
export interface ChartSeries {
  name: string;
  points: { year: number; value: ChartValue }[];
}

/** What a trend chart shows for one indicator. */
export interface TrendChart {
  /** The indicator's name: the chart's title. */
  title: string;
  unit: string;
  /** The years on the x axis, in order. */
  years: number[];
  /** Södertörn as a whole, drawn strong. */
  total: ChartSeries;
  /** The municipalities, drawn thin (optional). */
  kommuner?: ChartSeries[];
  /** Target values, drawn as points with their value. */
  targets?: { year: number; value: number }[];
  baseline?: { year: number; value: number };
  /** The credit under the chart, e.g. sourceLine() or ownCalculationLine() from src/kolada/source-line.ts. */
  source?: string;
  /** The document's name for the chart ("Figur 3. …"): its title instead of "Diagram: …". */
  caption?: string;
  /** Fixed decimals for the values (the indicator's own); without it at most two, trailing zeros dropped. */
  decimals?: number;
  /** A name unique in the document (letters, digits, hyphens): the ids aria-labelledby and aria-describedby point at. */
  id?: string;
}

const WIDTH = 640;
const HEIGHT = 320;
const M = { top: 24, right: 160, bottom: 40, left: 64 };
const FONT = 12;
const BLUE = '#1f4e79';
const GREY = '#a6a6a6';
const TARGET = '#2e7d32';
const FONT_FAMILY = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';

/** The format of a chart's values: the indicator's fixed decimals when it has them. */
const valueFormat = (chart: TrendChart, lang: Lang) => (chart.decimals === undefined ? chartNumber(lang) : chartNumber(lang, chart.decimals, true));

/** Coordinates with one decimal: stable bytes whatever the floating-point path. */
const r = (n: number) => Math.round(n * 10) / 10;

/** The numbers a chart's y axis must show: every value, target and baseline. */
function allValues(chart: TrendChart): number[] {
  const values: number[] = [];
  for (const series of [chart.total, ...(chart.kommuner ?? [])]) for (const p of series.points) if (typeof p.value === 'number' && Number.isFinite(p.value)) values.push(p.value);
  for (const t of chart.targets ?? []) if (Number.isFinite(t.value)) values.push(t.value);
  if (chart.baseline && Number.isFinite(chart.baseline.value)) values.push(chart.baseline.value);
  return values;
}

/** The chart said in sentences, for the SVG's desc: first and last values, the target and the baseline. */
export function describeChart(chart: TrendChart, lang: Lang = 'sv'): string {
  const fmt = valueFormat(chart, lang);
  const w = chartMessages(lang);
  const unit = chart.unit ? ` ${chart.unit}` : '';
  const known = chart.total.points.filter((p): p is { year: number; value: number } => typeof p.value === 'number');
  const parts: string[] = [];
  if (known.length > 0) {
    const first = known[0]!;
    const last = known.at(-1)!;
    parts.push(known.length === 1 ? w.single(w.total, first.year, `${fmt(first.value)}${unit}`) : w.went(w.total, `${fmt(first.value)}${unit}`, first.year, `${fmt(last.value)}${unit}`, last.year));
  } else parts.push(w.noValues(w.total));
  const missing = chart.total.points.filter((p) => p.value === 'saknas').map((p) => p.year);
  if (missing.length > 0) parts.push(w.missingYears(missing.join(', ')));
  for (const t of chart.targets ?? []) parts.push(`${w.target} ${t.year}: ${fmt(t.value)}${unit}.`);
  if (chart.baseline) parts.push(`${w.baseline} ${chart.baseline.year}: ${fmt(chart.baseline.value)}${unit}.`);
  if ((chart.kommuner ?? []).length > 0) parts.push(w.thinLines(chart.kommuner!.length));
  parts.push(w.sameInTable);
  return parts.join(' ');
}

/**
 * The chart as inline SVG (hast), drawn with d3-scale and d3-shape: years on the x axis, the
 * Södertörn total as a strong line, the municipalities as thin ones, targets and the baseline as
 * marked points, Swedish number format. `role="img"` with a title and a desc names it for screen
 * readers and becomes the PDF's /Alt. Only the elements and attributes the HTML sanitiser allows
 * for figures are used (no circle, no dash), so it passes it unchanged. Deterministic.
 */
export function trendChartSvg(input: TrendChart, lang: Lang = 'sv'): Element {
  const chart = cleanChart(input);
  const fmt = chartNumber(lang);
  const vfmt = valueFormat(chart, lang);
  const w = chartMessages(lang);
  const years = [...new Set(chart.years)].sort((a, b) => a - b);
  const x0 = years[0] ?? 0;
  const x1 = years.at(-1) ?? x0;
  const x = scaleLinear().domain(x0 === x1 ? [x0 - 1, x1 + 1] : [x0, x1]).range([M.left, WIDTH - M.right]);
  const values = allValues(chart);
  const lo = values.length > 0 ? Math.min(0, ...values) : 0;
  const hi = values.length > 0 ? Math.max(...values) : 1;
  const y = scaleLinear().domain([lo, hi === lo ? lo + 1 : hi]).nice(5).range([HEIGHT - M.bottom, M.top]);
  const path = line<{ year: number; value: ChartValue }>()
    .defined((p) => typeof p.value === 'number' && Number.isFinite(p.value))
    .x((p) => r(x(p.year)))
    .y((p) => r(y(p.value as number)));

  const name = chart.caption ?? `${w.chart}: ${chart.title}`;
  const id = chart.id && /^[a-z0-9-]{1,60}$/.test(chart.id) ? chart.id : undefined;
  const children: ElementContent[] = [
    s('title', id ? { id: `${id}-titel` } : {}, name),
    s('desc', id ? { id: `${id}-beskrivning` } : {}, describeChart(chart, lang)),
  ];
  // Axes and grid: horizontal lines at the y ticks, the year under each x position.
  const grid: ElementContent[] = [];
  for (const tick of y.ticks(5)) {
    grid.push(s('line', { x1: M.left, y1: r(y(tick)), x2: WIDTH - M.right, y2: r(y(tick)), stroke: '#e0e0e0', strokeWidth: 1 }));
    grid.push(s('text', { x: M.left - 6, y: r(y(tick) + 4), textAnchor: 'end', fontSize: FONT, fill: '#404040' }, fmt(tick)));
  }
  for (const year of years) grid.push(s('text', { x: r(x(year)), y: HEIGHT - M.bottom + 18, textAnchor: 'middle', fontSize: FONT, fill: '#404040' }, String(year)));
  grid.push(s('line', { x1: M.left, y1: HEIGHT - M.bottom, x2: WIDTH - M.right, y2: HEIGHT - M.bottom, stroke: '#404040', strokeWidth: 1 }));
  if (chart.unit) grid.push(s('text', { x: M.left, y: M.top - 8, textAnchor: 'start', fontSize: FONT, fill: '#404040' }, chart.unit));
  children.push(s('g', grid));

  const lines: ElementContent[] = [];
  for (const k of chart.kommuner ?? []) {
    const d = path(sorted(k.points));
    if (d) lines.push(s('path', { d, fill: 'none', stroke: GREY, strokeWidth: 1 }));
  }
  const totalPoints = sorted(chart.total.points);
  const d = path(totalPoints);
  if (d) lines.push(s('path', { d, fill: 'none', stroke: BLUE, strokeWidth: 3 }));
  // A point on every known value, so a single year (a line of one point) still shows.
  for (const p of totalPoints) if (typeof p.value === 'number') lines.push(s('path', { d: square(x(p.year), y(p.value), 3.5), fill: BLUE }));
  children.push(s('g', lines));

  const marks: ElementContent[] = [];
  for (const t of chart.targets ?? []) {
    marks.push(s('path', { d: diamond(x(t.year), y(t.value), 6), fill: TARGET }));
    // Left of the point: the last year is at the right edge, next to the legend.
    marks.push(s('text', { x: r(x(t.year) - 9), y: r(y(t.value) - 8), textAnchor: 'end', fontSize: FONT, fill: TARGET }, `${w.target} ${vfmt(t.value)}`));
  }
  if (chart.baseline && chart.baseline.year >= x.domain()[0]! && chart.baseline.year <= x.domain()[1]!) {
    const { year, value } = chart.baseline;
    marks.push(s('path', { d: square(x(year), y(value), 5), fill: 'none', stroke: BLUE, strokeWidth: 2 }));
    marks.push(s('text', { x: r(x(year) + 9), y: r(y(value) + 16), textAnchor: 'start', fontSize: FONT, fill: BLUE }, `${w.baseline} ${vfmt(value)}`));
  }
  children.push(s('g', marks));

  // The legend at the right: the total, the municipalities, the target.
  const legend: ElementContent[] = [];
  const lx = WIDTH - M.right + 28;
  let ly = M.top + 8;
  const entry = (mark: ElementContent, label: string) => {
    legend.push(mark, s('text', { x: lx + 26, y: ly + 4, textAnchor: 'start', fontSize: FONT, fill: '#202020' }, label));
    ly += 20;
  };
  entry(s('line', { x1: lx, y1: ly, x2: lx + 20, y2: ly, stroke: BLUE, strokeWidth: 3 }), chart.total.name);
  if ((chart.kommuner ?? []).length > 0) entry(s('line', { x1: lx, y1: ly, x2: lx + 20, y2: ly, stroke: GREY, strokeWidth: 1 }), w.municipalities);
  if ((chart.targets ?? []).length > 0) entry(s('path', { d: diamond(lx + 10, ly, 6), fill: TARGET }), w.target);
  if (chart.baseline) entry(s('path', { d: square(lx + 10, ly, 5), fill: 'none', stroke: BLUE, strokeWidth: 2 }), w.baseline);
  if (chart.source) legend.push(s('text', { x: M.left, y: HEIGHT - 6, textAnchor: 'start', fontSize: FONT - 1, fill: '#404040' }, chart.source));
  children.push(s('g', legend));

  return s(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      width: WIDTH,
      role: 'img',
      // With ids the name and description are the title and desc themselves (no copy to drift apart).
      ...(id ? { ariaLabelledBy: `${id}-titel`, ariaDescribedBy: `${id}-beskrivning` } : { ariaLabel: name }),
      fontFamily: FONT_FAMILY,
    },
    children,
  );
}

/**
 * The chart's text alternative as a table: one row per year, the total, each municipality and the
 * target; saknas where there is no value. The same values as the chart, for Markdown, HTML and PDF.
 */
export function trendChartTable(input: TrendChart, lang: Lang = 'sv'): Table {
  const chart = cleanChart(input);
  const fmt = valueFormat(chart, lang);
  const w = chartMessages(lang);
  const years = [...new Set(chart.years)].sort((a, b) => a - b);
  const unit = chart.unit ? ` (${chart.unit})` : '';
  const columns = [chart.total, ...(chart.kommuner ?? [])];
  const hasTarget = (chart.targets ?? []).length > 0;
  const cell = (text: string) => ({ type: 'tableCell' as const, children: [{ type: 'text' as const, value: text }] });
  const value = (series: ChartSeries, year: number) => {
    const p = series.points.find((q) => q.year === year);
    return p === undefined || p.value === 'saknas' ? w.missing : fmt(p.value);
  };
  const head: TableRow = { type: 'tableRow', children: [cell(w.year), ...columns.map((c, i) => cell(i === 0 ? `${c.name}${unit}` : c.name)), ...(hasTarget ? [cell(w.target)] : [])] };
  const rows: TableRow[] = years.map((year) => ({
    type: 'tableRow',
    children: [
      cell(String(year) + (chart.baseline?.year === year ? ` (${w.baseline.toLowerCase()} ${fmt(chart.baseline.value)})` : '')),
      ...columns.map((c) => cell(value(c, year))),
      ...(hasTarget ? [cell(((t) => (t ? fmt(t.value) : ''))(chart.targets!.find((t) => t.year === year)))] : []),
    ],
  }));
  return { type: 'table', align: [null, ...columns.map(() => 'right' as const), ...(hasTarget ? ['right' as const] : [])], children: [head, ...rows] };
}

/** The caption under a chart, as a paragraph (Markdown shows it before the table; HTML puts the SVG in a figure). */
export function trendChartFigure(input: TrendChart, lang: Lang = 'sv'): Paragraph {
  const chart = cleanChart(input);
  const caption = chart.caption ?? `${chartMessages(lang).chart}: ${chart.title}${chart.source ? `. ${chart.source}` : ''}`;
  return {
    type: 'paragraph',
    children: [{ type: 'text', value: caption }],
    data: { hName: 'figure', hProperties: { className: ['diagram'] }, hChildren: [trendChartSvg(input, lang), s('figcaption', caption)] },
  };
}

/** The chart with every text from the data cleaned for a document (control characters, bidi overrides …). */
function cleanChart(chart: TrendChart): TrendChart {
  const clean = (t: string) => cleanDocumentText(t).replace(/\s+/g, ' ').trim();
  const series = (c: ChartSeries): ChartSeries => ({ name: clean(c.name), points: c.points.slice(0, 200) });
  return {
    ...chart,
    title: clean(chart.title),
    unit: clean(chart.unit),
    source: chart.source === undefined ? undefined : clean(chart.source),
    caption: chart.caption === undefined ? undefined : clean(chart.caption),
    years: chart.years.filter((y) => Number.isInteger(y)).slice(0, 200),
    total: series(chart.total),
    kommuner: chart.kommuner?.slice(0, 50).map(series),
    // As many targets as points at most: each is a mark and a label, and all go through Math.min/max.
    targets: chart.targets?.slice(0, 200),
  };
}

const sorted = (points: readonly { year: number; value: ChartValue }[]) => [...points].sort((a, b) => a.year - b.year);
const square = (cx: number, cy: number, h: number) => `M${r(cx - h)} ${r(cy - h)}H${r(cx + h)}V${r(cy + h)}H${r(cx - h)}Z`;
const diamond = (cx: number, cy: number, h: number) => `M${r(cx)} ${r(cy - h)}L${r(cx + h)} ${r(cy)}L${r(cx)} ${r(cy + h)}L${r(cx - h)} ${r(cy)}Z`;
