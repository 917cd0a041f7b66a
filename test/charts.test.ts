/**
 * Trend charts as inline SVG: Swedish numbers, role="img" with a Swedish title and description, a
 * table of the same values as the text alternative, gaps for saknas, stable bytes, through the
 * HTML sanitiser unchanged, and accessible in the real Chromium (axe).
 */
import { AxeBuilder } from '@axe-core/playwright';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Root } from 'mdast';
import type { Element } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { chromium } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chartNumber } from '../src/render/charts/number-format.js';
import { describeChart, trendChartFigure, trendChartSvg, trendChartTable } from '../src/render/charts/trend-chart.js';
import type { TrendChart } from '../src/render/charts/trend-chart.js';
import { readTemplate } from '../src/render/template.js';
import { toHtml } from '../src/render/to-html.js';
import { toMarkdown } from '../src/render/to-markdown.js';
import { CHROMIUM_ARGS, findChromium } from '../src/render/to-pdf.js';
import { tempDir } from './helpers.js';

/** An SVG element as HTML text, as rehype-stringify writes it in the documents. */
/** The built-in style sheet, as the CLI hands it to toHtml. */
const STYLE = readTemplate(undefined, 'stil.css');

const hastToHtml = (svg: Element, _options?: unknown) => unified().use(rehypeStringify).stringify({ type: 'root', children: [svg] });

const CHART: TrendChart = {
  title: 'Laddbara personbilar i trafik, andel',
  unit: 'procent',
  years: [2022, 2023, 2024, 2025],
  total: { name: 'Södertörn', points: [{ year: 2022, value: 9.4 }, { year: 2023, value: 12.1 }, { year: 2024, value: 'saknas' }, { year: 2025, value: 16.25 }] },
  kommuner: [
    { name: 'Botkyrka', points: [{ year: 2023, value: 11.2 }, { year: 2025, value: 14.8 }] },
    { name: 'Haninge', points: [{ year: 2023, value: 13.9 }, { year: 2025, value: 'saknas' }] },
  ],
  targets: [{ year: 2025, value: 22 }],
  baseline: { year: 2022, value: 9.4 },
  source: 'Egen beräkning utifrån Kolada (N00000): ovägt medelvärde av kommunernas värden',
};

describe('trend charts', () => {
  test('Swedish numbers: decimal comma, no-break space between thousands, a real minus', () => {
    const sv = chartNumber('sv');
    expect([sv(2.5), sv(1234.5), sv(-1.25), sv(10), sv(0.125)]).toEqual(['2,5', '1\u00a0234,5', '\u22121,25', '10', '0,13']);
    expect(chartNumber('en')(1234.5)).toBe('1,234.5');
  });

  test('an image with a Swedish title and description; ticks, target and baseline in Swedish format', () => {
    const svg = hastToHtml(trendChartSvg(CHART), { space: 'svg' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 640 320" width="640" role="img" aria-label="Diagram: Laddbara personbilar i trafik, andel"/);
    expect(svg).toContain('<title>Diagram: Laddbara personbilar i trafik, andel</title>');
    expect(describeChart(CHART)).toBe(
      'Södertörn gick från 9,4 procent 2022 till 16,25 procent 2025. Värde saknas för 2024. Målvärde 2025: 22 procent. Basvärde 2022: 9,4 procent. ' +
        'Tunna linjer: de 2 kommunerna. Samma värden finns i tabellen under diagrammet.',
    );
    expect(svg).toContain(`<desc>${describeChart(CHART)}</desc>`);
    for (const label of ['>Målvärde 22<', '>Basvärde 9,4<', '>2022<', '>2025<', '>25<', '>procent<']) expect(svg).toContain(label);
    expect(svg).not.toMatch(/>\d+\.\d+</);
  });

  test('saknas is a gap in the line, never 0: the total is drawn as two pieces', () => {
    const svg = hastToHtml(trendChartSvg(CHART), { space: 'svg' });
    const total = /<path d="([^"]+)" fill="none" stroke="#1f4e79" stroke-width="3">/.exec(svg)![1]!;
    expect(total).toBe('M64,183.7L202.7,156.1M480,113.6Z');
    // Botkyrka's line, Haninge's single known year (a lone point, nothing drawn at 0 for 2025) and the legend's.
    expect(svg.match(/stroke="#a6a6a6" stroke-width="1"/g)).toHaveLength(3);
    expect(svg).not.toMatch(/[ML][\d.]+,280\b/);
  });

  test('the table holds the same values, saknas where there is none', () => {
    const md = toMarkdown({ type: 'root', children: [trendChartTable(CHART)] });
    expect(md).toBe(
      [
        '| År                  | Södertörn (procent) | Botkyrka | Haninge | Målvärde |',
        '| ------------------- | ------------------: | -------: | ------: | -------: |',
        '| 2022 (basvärde 9,4) |                 9,4 |   saknas |  saknas |          |',
        '| 2023                |                12,1 |     11,2 |    13,9 |          |',
        '| 2024                |              saknas |   saknas |  saknas |          |',
        '| 2025                |               16,25 |     14,8 |  saknas |       22 |',
        '',
      ].join('\n'),
    );
  });

  test('deterministic, and through the HTML sanitiser unchanged', () => {
    const root: Root = { type: 'root', children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Indikatorer' }] }, trendChartFigure(CHART), trendChartTable(CHART)] };
    const a = toHtml(root, { title: 'Prov', draft: false, css: STYLE });
    const b = toHtml(structuredClone(root), { title: 'Prov', draft: false, css: STYLE });
    expect(a).toBe(b);
    const svg = hastToHtml(trendChartSvg(CHART), { space: 'svg' });
    expect(a).toContain(svg);
    expect(a).toContain('<figcaption>Diagram: Laddbara personbilar i trafik, andel. Egen beräkning utifrån Kolada (N00000): ovägt medelvärde av kommunernas värden</figcaption>');
    expect(svg).toMatchSnapshot();
  });

  test('axe in the real Chromium: no violation, the chart named as an image', async () => {
    const chrome = findChromium(process.env);
    const root: Root = { type: 'root', children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Indikatorer' }] }, trendChartFigure(CHART), trendChartTable(CHART)] };
    const file = join(tempDir(), 'diagram.html');
    writeFileSync(file, toHtml(root, { title: 'Diagramprov', draft: false, css: STYLE }));
    const browser = await chromium.launch({ executablePath: chrome!, args: CHROMIUM_ARGS });
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'EN-301-549']).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
      expect(result.passes.map((r) => r.id)).toContain('svg-img-alt');
      expect(await page.locator('figure.diagram > svg[role="img"] > title').textContent()).toBe('Diagram: Laddbara personbilar i trafik, andel');
    } finally {
      await browser.close();
    }
  }, 60_000);
});

describe('a chart from an indicator view (the årsredovisning and the slutuppföljning both draw it)', () => {
  test('Södertörn computed by the declared method where the file says saknas, the kommuner, targets and baseline up to the last year shown; Kolada credited for its values, the total as an own calculation', async () => {
    const { chartOf, creditLines } = await import('../src/render/blocks/indicator-figures.js');
    const labels: Record<string, string> = { södertörn_rad: 'Södertörn', ej_verifierad: 'ej verifierad', källa_egen: 'Egen beräkning', källa_annan: 'Källa: {{namn}}', källa_kolada: 'Källa: Kolada', kpi: 'nyckeltal {{kpi}}', saknas: 'saknas' };
    const ctx = {
      t: (key: string) => labels[key]!,
      kolada: { fetched: ['2026-12-01'], examples: [], exampleKpis: new Set<string>(), exampleDates: new Set<string>() },
      populations: new Map<string, number>(),
      upTo: 2026,
      nextFigure: () => 1,
    };
    const botkyrka = (value: number | 'saknas') => ({ kommunId: 'botkyrka', kommun: 'Botkyrka', value });
    const haninge = (value: number | 'saknas') => ({ kommunId: 'haninge', kommun: 'Haninge', value });
    const view = {
      id: 'andel-a',
      name: 'Andel A',
      unit: 'procent',
      direction: 'ökar' as const,
      goalIds: [],
      source: { type: 'kolada', kpi: 'N00001', verified: true, fetched: '2026-12-01' },
      decimals: 1,
      aggregation: 'medelvärde' as const,
      baseline: { year: 2022, value: 9.4 },
      targets: [{ year: 2026, value: 22 }],
      outcomes: [
        { year: 2024, value: 'saknas' as const, kommuner: [botkyrka(11.5), haninge(13.5)] },
        // A kommun's value missing: no total of some kommuner.
        { year: 2025, value: 'saknas' as const, kommuner: [botkyrka(12), haninge('saknas')] },
        // After the last year shown: not in the chart of a document of 2026.
        { year: 2027, value: 30, kommuner: [] },
      ],
    };
    expect(chartOf(ctx, view, 3)).toEqual({
      title: 'Andel A',
      unit: 'procent',
      years: [2022, 2023, 2024, 2025, 2026],
      total: { name: 'Södertörn', points: [{ year: 2024, value: 12.5 }, { year: 2025, value: 'saknas' }] },
      kommuner: [
        { name: 'Botkyrka', points: [{ year: 2024, value: 11.5 }, { year: 2025, value: 12 }] },
        { name: 'Haninge', points: [{ year: 2024, value: 13.5 }, { year: 2025, value: 'saknas' }] },
      ],
      targets: [{ year: 2026, value: 22 }],
      baseline: { year: 2022, value: 9.4 },
      decimals: 1,
      caption: 'Figur 3. Andel A',
      id: 'diagram-3',
    });
    expect(creditLines(ctx, view)).toEqual([
      'Källa: Kolada (N00001), hämtad 2026-12-01 (kommunernas värden).',
      'Södertörn: Egen beräkning utifrån Kolada (N00001): ovägt medelvärde av kommunernas värden.',
    ]);
  });
});
