/**
 * SVG through the HTML sanitiser: the chart's own SVG passes it byte for byte, while SVG smuggled in
 * a Markdown body, a project's own template or (should a block ever build it from data) a hast tree
 * loses every event handler, style, link and embedding element.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { s } from 'hastscript';
import type { Paragraph, Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { trendChartFigure, trendChartSvg } from '../../src/render/charts/trend-chart.js';
import type { TrendChart } from '../../src/render/charts/trend-chart.js';
import { parseMarkdown } from '../../src/render/markdown.js';
import { toHtml } from '../../src/render/to-html.js';
import { readTemplate } from '../../src/render/template.js';
import { copyRealData, runBin, TODAY, writeTree } from '../helpers.js';

const STYLE = readTemplate(undefined, 'stil.css');

const CHART: TrendChart = {
  title: 'Andel laddbara personbilar',
  unit: 'procent',
  years: [2022, 2023, 2024],
  total: { name: 'Södertörn', points: [{ year: 2022, value: 8.5 }, { year: 2023, value: 'saknas' }, { year: 2024, value: 12.25 }] },
  kommuner: [{ name: 'Huddinge', points: [{ year: 2022, value: 9 }, { year: 2024, value: 13 }] }],
  targets: [{ year: 2024, value: 15 }],
  baseline: { year: 2022, value: 8.5 },
  source: 'Källa: Kolada (N07924)',
};

const SMUGGLED = [
  '<svg onload="alert(1)"><circle r="5"/></svg>',
  '<svg><a xlink:href="javascript:alert(2)"><text>klicka</text></a></svg>',
  '<svg><foreignObject><div onclick="alert(3)">inuti</div></foreignObject></svg>',
  '<svg><use href="https://elak.example/x.svg#a"/><image href="https://elak.example/p.png"/></svg>',
  '<svg style="background:url(https://elak.example/s)"><path d="M0 0" style="fill:url(https://elak.example/f)"/></svg>',
].join('\n\n');

/** What must never reach the HTML from the smuggled SVG. */
const FORBIDDEN = [/onload/i, /onclick/i, /javascript:/i, /xlink/i, /foreignObject/i, /<use/i, /<image/i, /style="/i, /elak\.example/, /<circle/, /<div/];

const html = (svg: Element) => unified().use(rehypeStringify).stringify({ type: 'root', children: [svg] });

/** The chart's SVG as the chart module draws it, before any sanitiser. */
const OWN_SVG = html(trendChartSvg(CHART));

describe('SVG and the sanitiser', () => {
  test("the chart's own SVG passes unchanged; raw SVG in a Markdown body is dropped", () => {
    const body = parseMarkdown(`## Avsnitt\n\n${SMUGGLED}\n\nText efter.\n`);
    const tree: Root = { type: 'root', children: [...body.children, trendChartFigure(CHART)] };
    const out = toHtml(tree, { title: 'Prov', draft: false, css: STYLE });
    expect(out).toContain(`<figure class="diagram">${OWN_SVG}<figcaption>`);
    expect(out.match(/<svg/g)).toHaveLength(1);
    for (const bad of FORBIDDEN) expect(out).not.toMatch(bad);
    expect(out).toContain('<p>Text efter.</p>');
  });

  test("a numbered chart's SVG keeps every element and attribute; only its ids get the sanitiser's prefix", () => {
    const numbered: TrendChart = { ...CHART, caption: 'Figur 3. Andel laddbara personbilar', id: 'diagram-3' };
    const own = html(trendChartSvg(numbered)).replace(/ (id|aria-labelledby|aria-describedby)="/g, ' $1="user-content-');
    expect(own).toContain('aria-labelledby="user-content-diagram-3-titel" aria-describedby="user-content-diagram-3-beskrivning"');
    const out = toHtml({ type: 'root', children: [trendChartFigure(numbered)] }, { title: 'Prov', draft: false, css: STYLE });
    expect(out).toContain(`<figure class="diagram">${own}<figcaption>Figur 3. Andel laddbara personbilar</figcaption></figure>`);
  });

  test('hostile SVG in a hast tree keeps only the allowed elements and attributes', () => {
    const hostile = s('svg', { xmlns: 'http://www.w3.org/2000/svg', viewBox: '0 0 10 10', role: 'button', onLoad: 'alert(1)', style: 'background:url(https://elak.example/s)' }, [
      s('title', { id: 't' }, 'Titel'),
      s('a', { xLinkHref: 'javascript:alert(2)', href: 'javascript:alert(3)' }, [s('text', { x: 1, y: 2, onClick: 'alert(4)' }, 'länk')]),
      s('foreignObject', [s('div', { onClick: 'alert(5)' }, 'inuti')]),
      s('use', { href: '#t', xLinkHref: 'https://elak.example/x.svg#a' }),
      s('image', { href: 'https://elak.example/p.png' }),
      s('path', { d: 'M0 0H5', fill: 'red', style: 'fill:url(https://elak.example/f)', onMouseOver: 'alert(6)' }),
      s('circle', { r: 5 }),
    ]);
    const figure: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: 'x' }], data: { hName: 'figure', hProperties: { className: ['diagram'] }, hChildren: [hostile] } };
    // A path outside an svg is not kept; a loose svg keeps only what the list allows.
    const loose: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: 'y' }], data: { hChildren: [s('path', { d: 'M0 0' }), s('svg', [s('title', 'lös')])] } };
    const out = toHtml({ type: 'root', children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'A' }] }, figure, loose] }, { title: 'Prov', draft: false, css: STYLE });
    const main = out.slice(out.indexOf('<main>'));
    expect(main).toContain(
      '<figure class="diagram"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title id="user-content-t">Titel</title><a><text x="1" y="2">länk</text></a><path d="M0 0H5" fill="red"></path></svg></figure>',
    );
    expect(main).toContain('<p><svg><title>lös</title></svg></p>');
    expect(main).not.toContain('inuti');
    for (const bad of FORBIDDEN) expect(main).not.toMatch(bad);
    expect(main).not.toContain('role="button"');
  });

  test("SVG in a project's own template of the årsredovisning is dropped from the HTML", () => {
    const dir = copyRealData();
    const template = readFileSync(new URL('../../templates/arsredovisning.md', import.meta.url), 'utf8').replace('## Året i korthet', `${SMUGGLED}\n\n## Året i korthet`);
    writeTree(dir, { 'templates/arsredovisning.md': template });
    const file = join(dir, 'rapport.html');
    const r = runBin(['report', '2025', '--format', 'html', '-o', file, '--today', TODAY], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = readFileSync(file, 'utf8');
    expect(out).toContain('Året i korthet');
    for (const bad of FORBIDDEN) expect(out).not.toMatch(bad);
    // Only the figures sup draws: each svg sits in a figure of its own.
    expect(out.match(/<svg/g)!.length).toBe(out.match(/<figure class="[^"]*"><svg /g)!.length);
  });
});
