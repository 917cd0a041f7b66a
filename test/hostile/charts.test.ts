/**
 * Trend charts from a hostile data file: markup, control characters and a flood of points in what
 * the chart draws. The chart is text in SVG elements (never markup), bounded in size and time.
 */
import type { Element } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { chartOf } from '../../src/render/blocks/indicator-figures.js';
import { trendChartSvg } from '../../src/render/charts/trend-chart.js';
import type { TrendChart } from '../../src/render/charts/trend-chart.js';

const hastToHtml = (svg: Element, _options?: unknown) => unified().use(rehypeStringify).stringify({ type: 'root', children: [svg] });
const CHART: TrendChart = { title: 'x', unit: 'procent', years: [2022, 2023], total: { name: 'Södertörn', points: [{ year: 2022, value: 1 }] } };

describe('a hostile chart', () => {
  test('text from the data is cleaned and escaped; a flood of points is capped', () => {
    const hostile: TrendChart = {
      ...CHART,
      title: '<script>alert(1)</script>\u202e\u0007Andel',
      kommuner: Array.from({ length: 500 }, (_, i) => ({ name: `K${i}`, points: Array.from({ length: 5000 }, (_, y) => ({ year: 1990 + y, value: y })) })),
    };
    const svg = hastToHtml(trendChartSvg(hostile), { space: 'svg' });
    // Outside quoted attribute values, no tag from the data: the title is text.
    expect(svg.replace(/"[^"]*"/g, '""')).not.toContain('<script');
    expect(svg).toContain('<title>Diagram: &#x3C;script>alert(1)&#x3C;/script>\u202eAndel</title>');
    expect(svg).not.toContain('\u0007');
    expect(svg.length).toBeLessThan(2_000_000);
  });

  test('an indicator with outcome years 1990 and 2999 and huge values draws at most 60 years', () => {
    const ctx = { t: () => 'Södertörn', kolada: { fetched: [], examples: [], exampleKpis: new Set<string>(), exampleDates: new Set<string>() }, populations: new Map<string, number>(), upTo: 3000, nextFigure: () => 1 };
    const view = {
      id: 'x', name: 'x', unit: '', direction: 'ökar' as const, goalIds: [], source: { type: 'egen', verified: true }, decimals: 0, targets: [],
      outcomes: [{ year: 1990, value: 1e308, kommuner: [] }, { year: 2999, value: -1e308, kommuner: [] }],
    };
    const chart = chartOf(ctx, view, 1);
    expect(chart.years).toHaveLength(60);
    const started = Date.now();
    const svg = hastToHtml(trendChartSvg(chart), { space: 'svg' });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(svg.match(/<text/g)!.length).toBeLessThan(100);
  });
});
