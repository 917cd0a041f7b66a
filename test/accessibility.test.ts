import { AxeBuilder } from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../src/render/to-pdf.js';
import { runBin, tempDir } from './helpers.js';
import { readPdfStructure } from './pdf-structure.js';

/**
 * Lag (2018:1937) om tillgänglighet till digital offentlig service: DIGG points to EN 301 549, i.e.
 * WCAG 2.1 AA. Both documents are checked in the real system Chromium with axe-core and, as PDF,
 * with poppler and by reading the structure tree.
 */
const CHROME = findChromium(process.env);
const TODAY = ['--today', '2026-01-15'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'EN-301-549'];
const DOCUMENTS = [
  // The årsredovisning adds a trend chart per indicator (figures 3–9 of the example year).
  { command: 'report', name: 'årsredovisningen', title: 'Årsredovisning och bokslut 2025', author: 'Södertörnssamverkan', figures: 2, charts: 7 },
  { command: 'plan', name: 'verksamhetsplanen', title: 'Verksamhetsplan och budget 2025', author: 'Södertörnssamverkan', figures: 2, charts: 0 },
] as const;

describe.each(DOCUMENTS)('$name is accessible', (d) => {
  test('axe-core finds no violation of WCAG 2.1 AA or EN 301 549 in the HTML', async () => {
    const file = join(tempDir(), 'dokument.html');
    expect(runBin([d.command, '2025', '--format', 'html', '-o', file, ...TODAY]).code).toBe(0);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('<html lang="sv-SE">');
    expect(html.match(/<main>/g)).toHaveLength(1);
    const browser = await chromium.launch({ executablePath: CHROME!, args: CHROMIUM_ARGS });
    try {
      // axe needs a context of its own and JavaScript on (the page's CSP still blocks the document's own scripts).
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
      // The rules that matter here did run: a passing check, not an empty one.
      const ran = [...result.passes, ...result.incomplete, ...result.inapplicable].map((r) => r.id);
      for (const rule of ['html-lang-valid', 'svg-img-alt', 'document-title', 'color-contrast', 'th-has-data-cells']) expect(ran).toContain(rule);
      expect(result.passes.map((r) => r.id)).toContain('svg-img-alt');
      // Every figure is an image with a Swedish title and description.
      const figures = page.locator('figure.figur > svg[role="img"]');
      expect(await figures.count()).toBe(d.figures);
      for (let i = 0; i < d.figures; i++) {
        expect(await figures.nth(i).locator('title').textContent()).toMatch(new RegExp(`^Figur ${i + 1}\\. `));
        expect((await figures.nth(i).locator('desc').textContent())!.length).toBeGreaterThan(40);
      }
      // Every chart is an image named by its Swedish title and described by its desc, numbered after the figures.
      const charts = page.locator('figure.diagram > svg[role="img"]');
      expect(await charts.count()).toBe(d.charts);
      for (let i = 0; i < d.charts; i++) {
        const chart = charts.nth(i);
        const title = chart.locator('title');
        expect(await chart.getAttribute('aria-labelledby')).toBe(await title.getAttribute('id'));
        expect(await chart.getAttribute('aria-describedby')).toBe(await chart.locator('desc').getAttribute('id'));
        expect(await title.textContent()).toMatch(new RegExp(`^Figur ${d.figures + i + 1}\\. \\S`));
        expect(await chart.locator('desc').textContent()).toMatch(/Samma värden finns i tabellen under diagrammet\.$/);
        // The same values as a table right after the figure, for screen readers and print.
        expect(await chart.locator('xpath=../following-sibling::*[1]').evaluate((e) => e.tagName)).toBe('TABLE');
      }
    } finally {
      await browser.close();
    }
  });

  test('the PDF is tagged, with the language, an outline, the metadata and a text alternative on every figure', async () => {
    const file = join(tempDir(), 'dokument.pdf');
    const r = runBin([d.command, '2025', '--format', 'pdf', '-o', file, ...TODAY]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(new RegExp(`^Title:\\s+${d.title}$`, 'm'));
    expect(info).toMatch(new RegExp(`^Author:\\s+${d.author}$`, 'm'));
    expect(info).toMatch(/^Metadata Stream:\s+yes$/m);
    // poppler reads the whole structure tree without complaint (unmapped types were errors).
    const struct = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(struct).toContain(d.title);

    const s = await readPdfStructure(readFileSync(file));
    expect(s.lang).toBe('sv-SE');
    expect(s.marked).toBe(true);
    expect(s.displayDocTitle).toBe(true);
    expect(s.outline[0]).toBe(d.title);
    expect(s.outline.length).toBeGreaterThan(5);
    expect(s.figureAlts).toHaveLength(d.figures + d.charts);
    s.figureAlts.forEach((alt, i) => expect(alt).toMatch(new RegExp(`^Figur ${i + 1}\\. \\S`)));
    for (const type of new Set(s.types)) expect(STANDARD_TYPES.has(type) || STANDARD_TYPES.has(s.roleMap[type] ?? ''), type).toBe(true);
    expect(s.xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(s.xmp).toContain(`<rdf:li xml:lang="x-default">${d.title}</rdf:li>`);
    expect(s.xmp).toContain('<rdf:li>sv-SE</rdf:li>');
  });
});

test('the same axe check does report an unnamed SVG image and a missing language', async () => {
  const browser = await chromium.launch({ executablePath: CHROME!, args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.setContent('<!doctype html><html><head><title>x</title></head><body><main><svg role="img" viewBox="0 0 10 10"><rect width="10" height="10"/></svg></main></body></html>');
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(result.violations.map((v) => v.id).sort()).toEqual(['html-has-lang', 'svg-img-alt']);
  } finally {
    await browser.close();
  }
});

/** The standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4). */
const STANDARD_TYPES = new Set(
  (
    'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private H H1 H2 H3 H4 H5 H6 P L LI Lbl LBody ' +
    'Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form'
  ).split(' '),
);
