import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../src/render/to-pdf.js';
import { copyRealData, runBin, tempDir } from './helpers.js';

/**
 * These tests use the real system Chromium (Debian's package; .ci/run installs it) and poppler's
 * pdftotext/pdfinfo. They fail, rather than skip, where either is missing.
 */
const CHROME = findChromium(process.env);
const TODAY = ['--today', '2026-01-15'];
const MAIN_SECTIONS = ['Innehåll', 'Året i korthet', 'Om Södertörnssamverkan', 'Styrning och läsanvisning', 'Måluppfyllelse', 'Övrigt arbete', 'Ekonomi', 'Framåtblick', 'Förslag till beslut', 'Bilagor'];

function pdfPages(file: string): string[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  return Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }),
  );
}

let report: string | undefined;

/** The årsredovisning 2025 as a PDF, printed once for the tests that read it. */
function printedReport(): string {
  if (report) return report;
  const file = join(tempDir(), 'arsredovisning.pdf');
  const r = runBin(['report', '2025', '--format', 'pdf', '-o', file, ...TODAY]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return (report = file);
}

describe('in a real browser', () => {
  test('Chromium is installed', () => {
    expect(CHROME, 'install Chromium: apt-get install chromium').toBeDefined();
  });

  test('the HTML årsredovisning opens with no console error and no request to another host', async () => {
    const dir = tempDir();
    const file = join(dir, 'arsredovisning.html');
    const r = runBin(['report', '2025', '--format', 'html', '-o', file, ...TODAY]);
    expect(r.code).toBe(0);
    const browser = await chromium.launch({ executablePath: CHROME!, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (req) => requests.push(req.url()));
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      expect(errors).toEqual([]);
      expect(requests).toEqual([pathToFileURL(file).href]);
      expect(await page.locator('h1').textContent()).toBe('Årsredovisning och bokslut 2025');
      expect(await page.locator('h2').allTextContents()).toEqual(MAIN_SECTIONS);
      expect(await page.locator('figure.figur svg').count()).toBe(2);
      expect(await page.locator('script').count()).toBe(0);
      const box = await page.locator('figure.figur svg').first().boundingBox();
      expect(box!.width).toBeGreaterThan(300);
    } finally {
      await browser.close();
    }
  });

  test('the PDF has the title page and every main section starts a page', () => {
    const file = printedReport();
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdfPages(file);
    expect(pages[0]).toContain('Årsredovisning och bokslut 2025');
    expect(pages[0]).toContain('Beslutad av samarbetskommittén den 9 februari 2026');
    expect(pages.length).toBeGreaterThanOrEqual(1 + MAIN_SECTIONS.length);
    const firstLines = pages.map((p) => p.split('\n').find((l) => l.trim() !== '')?.trim());
    for (const section of MAIN_SECTIONS) expect(firstLines, section).toContain(section);
    expect(pages[1]).toMatch(/Sida 2 av \d+/);
  });

  test('the same data prints the same PDF, byte for byte', () => {
    // The årsredovisning printed for the test above, against a second print in a fresh process.
    const again = join(tempDir(), 'arsredovisning.pdf');
    const r = runBin(['report', '2025', '--format', 'pdf', '-o', again, ...TODAY]);
    expect(r.code).toBe(0);
    expect(readFileSync(again).equals(readFileSync(printedReport()))).toBe(true);
  });

  test('a draft PDF says UTKAST on every page', () => {
    const dir = copyRealData();
    const path = join(dir, 'data/mal/tillganglighet.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('ägare: trafikstrateger', 'ägare: trafikstrateg'));
    const file = join(dir, 'utkast.pdf');
    const r = runBin(['-C', dir, 'report', '2025', '--draft', '--format', 'pdf', '-o', file, ...TODAY]);
    expect(r.code).toBe(0);
    const pages = pdfPages(file);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((p, i) => expect(p, `page ${i + 1}`).toContain('UTKAST'));
  });
});
