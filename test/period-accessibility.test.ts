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

/** The slutuppföljning is checked like the årsredovisning: axe-core in the real system Chromium, and the PDF's own structure. */
const CHROME = findChromium(process.env);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'EN-301-549'];
const ARGS = ['report', '--period', '2023-2026', '--today', '2026-12-02'];
const TITLE = 'Slutuppföljning av SUP 2040 2023–2026';
/** One chart per indicator of the programme's goals: all of the repository's indicators serve them. */
const INDICATORS = (JSON.parse(runBin(['ls', 'indikator', '--format', 'json']).stdout) as unknown[]).length;

describe('the slutuppföljning is accessible', () => {
  test('axe-core finds no violation in the HTML; headings in order, tables with headers, each chart a named image in a captioned figure', async () => {
    const file = join(tempDir(), 'slut.html');
    expect(runBin([...ARGS, '--format', 'html', '-o', file]).code).toBe(0);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('<html lang="sv-SE">');
    expect(html.match(/<main>/g)).toHaveLength(1);
    const browser = await chromium.launch({ executablePath: CHROME!, args: CHROMIUM_ARGS });
    try {
      const page = await (await browser.newContext()).newPage();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
      expect(result.passes.map((r) => r.id)).toEqual(expect.arrayContaining(['html-lang-valid', 'svg-img-alt', 'document-title', 'th-has-data-cells']));
      // No heading level is skipped on the way down.
      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName.slice(1))));
      expect(levels[0]).toBe(1);
      for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
      // Every table has a header row.
      const tables = page.locator('table');
      const count = await tables.count();
      expect(count).toBeGreaterThan(10);
      for (let i = 0; i < count; i++) expect(await tables.nth(i).locator('thead th').count()).toBeGreaterThan(0);
      const charts = page.locator('figure.diagram > svg[role="img"]');
      expect(await charts.count()).toBe(INDICATORS);
      // Numbered figures as in the årsredovisning: the SVG's name is its caption, "Figur N. …", in the document's order.
      for (let i = 0; i < INDICATORS; i++) {
        expect(await charts.nth(i).locator('title').textContent()).toMatch(new RegExp(`^Figur ${i + 1}\\. \\S`));
        expect((await charts.nth(i).locator('desc').textContent())!).toMatch(/^Södertörn (gick från|\d{4}:) /);
        expect(await page.locator('figure.diagram').nth(i).locator('figcaption').textContent()).toMatch(new RegExp(`^Figur ${i + 1}\\. \\S`));
      }
      // An indicator whose Södertörn value is computed from the kommuner's (saknas in the file, sammanvägning: medelvärde)
      // is described by the computed totals, the same as in the årsredovisning 2025, never "Inga värden för Södertörn ännu.".
      const described = async (name: string) => (await page.locator('figure.diagram', { hasText: name }).locator('svg desc').textContent())!;
      expect(await described('Nettoinpendling till kommun, andel (%)')).toBe(
        'Södertörn gick från −24,5 procent 2022 till −22,9 procent 2024. Värde saknas för 2025. Målvärde 2026: −20,0 procent. Basvärde 2022: −24,5 procent. Tunna linjer: de 8 kommunerna. Samma värden finns i tabellen under diagrammet.',
      );
      // sammanvägning: summa — 2022: 81 000 + 70 500 + 96 000 + 41 200 + 30 100 + 15 500 + 151 000 + 24 800 = 510 100.
      expect(await described('Utsläpp till luft av växthusgaser, transporter, ton CO2e')).toBe(
        'Södertörn gick från 510\u00a0100 ton CO2e 2022 till 479\u00a0952 ton CO2e 2024. Värde saknas för 2025. Målvärde 2026: 420\u00a0000 ton CO2e. Basvärde 2022: 510\u00a0100 ton CO2e. Tunna linjer: de 8 kommunerna. Samma värden finns i tabellen under diagrammet.',
      );
      expect(html).not.toContain('Inga värden för Södertörn');
    } finally {
      await browser.close();
    }
  });

  test('the PDF is tagged, in Swedish, with an outline from the headings and the charts as figures with a text alternative', async () => {
    const file = join(tempDir(), 'slut.pdf');
    const r = runBin([...ARGS, '--format', 'pdf', '-o', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(new RegExp(`^Title:\\s+${TITLE}$`, 'm'));
    expect(info).toMatch(/^Author:\s+Södertörnssamverkan$/m);
    const s = await readPdfStructure(readFileSync(file));
    expect(s.lang).toBe('sv-SE');
    expect(s.marked).toBe(true);
    expect(s.displayDocTitle).toBe(true);
    expect(s.outline[0]).toBe(TITLE);
    expect(s.outline).toEqual(expect.arrayContaining(['Programmet och perioden', 'Måluppfyllelse år för år', 'Att beakta vid revideringen']));
    expect(s.figureAlts).toHaveLength(INDICATORS);
    s.figureAlts.forEach((alt, i) => expect(alt).toMatch(new RegExp(`^Figur ${i + 1}\\. \\S`)));
    expect(s.xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
  });
});
