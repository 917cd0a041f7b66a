/**
 * The årsredovisning reads the saved Kolada responses (data/kolada/) for its crediting: from a
 * hostile pull request they are broken JSON, the wrong shape, a link out of the project, markup in
 * the note, or an "example" marker removed by breaking the file. Each is an error at the file's
 * line and column (exit 2, no stack, nothing written) or text in the document, never markup; a
 * chart of an indicator with absurd years stays small.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { copyRealData, runBin, tempDir, TODAY } from '../helpers.js';

const SAVED = 'data/kolada/hamtning-2026-12-02.json';
const STACK = /\n\s+at .+:\d+:\d+|TypeError|RangeError|internt fel/;

function render(dir: string, ...args: string[]) {
  const r = runBin(['report', '2025', '--today', TODAY, ...args], { cwd: dir });
  expect(r.stdout + r.stderr).not.toMatch(STACK);
  return r;
}

describe('hostile saved Kolada responses in the report', () => {
  test('broken JSON is an error at its line and column, and no document is written', () => {
    const dir = copyRealData();
    const text = readFileSync(join(dir, SAVED), 'utf8');
    // Line 4 is `  "api": …`: a missing comma after it breaks the JSON at the next key, line 5.
    writeFileSync(join(dir, SAVED), text.replace('"api": "https://api.kolada.se/v3",', '"api": "https://api.kolada.se/v3"'));
    const out = join(dir, 'rapport.html');
    const r = render(dir, '--format', 'html', '-o', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^sup report: ${SAVED.replace(/\./g, '\\.')}:5:3: de sparade svaren från Kolada kan inte användas: ogiltig JSON`, 'm'));
    expect(existsSync(out)).toBe(false);
  });

  test('a wrong shape (exempel: "ja") is an error at that node, not a report that credits invented values to Kolada', () => {
    const dir = copyRealData();
    const text = readFileSync(join(dir, SAVED), 'utf8');
    writeFileSync(join(dir, SAVED), text.replace('"exempel": true,', '"exempel": "ja",'));
    const r = render(dir);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('Källa: Kolada');
    expect(r.stderr).toMatch(new RegExp(`${SAVED.replace(/\./g, '\\.')}:6:14: de sparade svaren från Kolada kan inte användas: /exempel: `));
  });

  test('a saved file that is a link out of the project is refused, and what it points at is not read', () => {
    const dir = copyRealData();
    const outside = join(tempDir(), 'hemligt.json');
    writeFileSync(outside, '{"typ":"kolada-svar","hämtad":"2026-12-02","api":"x","svar":[],"anmärkning":"hemligt-lösenord"}');
    rmSync(join(dir, SAVED));
    symlinkSync(outside, join(dir, SAVED));
    const r = render(dir);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).not.toContain('hemligt-lösenord');
    expect(r.stderr).toContain(SAVED);
  });

  test('markup and a control character in the note are text in the HTML, never elements', () => {
    const dir = copyRealData();
    const saved = JSON.parse(readFileSync(join(dir, SAVED), 'utf8'));
    saved.anmärkning = '<script>alert(1)</script><svg onload="alert(2)"></svg>\u202e\u0007[länk](javascript:alert(3))';
    writeFileSync(join(dir, SAVED), `${JSON.stringify(saved, null, 2)}\n`);
    const file = join(dir, 'r.html');
    const r = render(dir, '--format', 'html', '-o', file);
    expect(r.code).toBe(0);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>&#x3C;svg onload="alert(2)">&#x3C;/svg>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('href="javascript:');
    expect(html).not.toContain('\u0007');
  });

  test('an indicator with outcomes in 1900 and 2999 draws a bounded chart', () => {
    const dir = copyRealData();
    const file = join(dir, 'data/exempel/2025/indikatorer/publika-laddpunkter.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('utfall:\n', 'utfall:\n  - år: 1900\n    värde: 1.0e300\n  - år: 2999\n    värde: -1.0e300\n'));
    const out = join(dir, 'r.html');
    const r = render(dir, '--format', 'html', '-o', out, '--draft');
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    const figure = html.slice(html.indexOf('Figur 4. Publika'), html.indexOf('</figure>', html.indexOf('Figur 4. Publika')));
    expect(figure.match(/<text/g)!.length).toBeLessThan(100);
    expect(html.length).toBeLessThan(2_000_000);
  });

  test('an indicator with a thousand targets and outcomes renders (as a draft) with at most 200 target marks', () => {
    const dir = copyRealData();
    const file = join(dir, 'data/exempel/2025/indikatorer/publika-laddpunkter.yaml');
    // Under the loader's limits (yaml/too-large: 10 000 items, 50 000 lines), so the indicator is drawn.
    const many = Array.from({ length: 1_000 }, (_, n) => `  - år: ${2000 + (n % 60)}\n    värde: ${n}\n`).join('');
    writeFileSync(file, readFileSync(file, 'utf8').replace('målvärden:\n', `målvärden:\n${many}`).replace('utfall:\n', `utfall:\n${many}`));
    const out = join(dir, 'r.html');
    const started = Date.now();
    const r = render(dir, '--format', 'html', '-o', out, '--draft');
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('yaml/too-large');
    const html = readFileSync(out, 'utf8');
    const at = html.indexOf('Figur 4. Publika');
    expect(at).toBeGreaterThan(-1);
    expect(html.slice(at, html.indexOf('</figure>', at)).match(/<path/g)!.length).toBeLessThan(1000);
  });
  test('a saved file nested a million levels deep is an error at the first level too deep, not a stack overflow', () => {
    const dir = copyRealData();
    const depth = 1_000_000;
    // A wrong date makes the file a shape fault; a missing close makes it a JSON fault: both are located by a parser.
    const deep = '[\n' + '['.repeat(depth - 1) + ']'.repeat(depth);
    writeFileSync(join(dir, SAVED), `{"typ":"kolada-svar","hämtad":"x","api":"a","svar":[],"z":${deep}}`);
    const shape = render(dir);
    expect(shape.code).toBe(1);
    expect(shape.stderr).toMatch(new RegExp(`^sup report: ${SAVED.replace(/\./g, '\\.')}:2:\\d+: de sparade svaren från Kolada kan inte användas: `, 'm'));
    writeFileSync(join(dir, SAVED), `{"typ":"kolada-svar","hämtad":"2026-12-02","api":"a","svar":[],"z":${deep}`);
    const json = render(dir);
    expect(json.code).toBe(1);
    expect(json.stderr).toMatch(new RegExp(`^sup report: ${SAVED.replace(/\./g, '\\.')}:2:\\d+: de sparade svaren från Kolada kan inte användas: ogiltig JSON`, 'm'));
  });
  test('an indicator marked exempel: true is never credited "Källa: Kolada", even when the pull request deletes the example file of saved responses', () => {
    const dir = copyRealData();
    rmSync(join(dir, SAVED));
    for (const args of [[], ['--period', '2023-2026']]) {
      const r = runBin(['report', ...(args.length ? [] : ['2025']), '--today', TODAY, ...args], { cwd: dir });
      expect(r.stdout + r.stderr).not.toMatch(STACK);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Kolada, N00401 (exempelvärden, inte hämtade från Kolada)');
      expect(r.stdout).not.toContain('Källa: Kolada');
      expect(r.stdout).not.toContain('Egen beräkning utifrån Kolada');
    }
  });
  test('a saved file that is a FIFO or a link out is refused in Swedish words, not by a code such as "special" (and the FIFO is never opened)', () => {
    const dir = copyRealData();
    rmSync(join(dir, SAVED));
    execFileSync('mkfifo', [join(dir, SAVED)]);
    const fifo = render(dir);
    expect(fifo.code).toBe(1);
    expect(fifo.stderr).toBe(`sup report: ${SAVED}:1:1: de sparade svaren från Kolada kan inte användas: filen är ingen vanlig fil (en rörledning, socket eller enhet) och läses inte\n`);
    rmSync(join(dir, SAVED));
    symlinkSync('/etc/hostname', join(dir, SAVED));
    const link = render(dir);
    expect(link.code).toBe(1);
    expect(link.stderr).toBe(`sup report: ${SAVED}:1:1: de sparade svaren från Kolada kan inte användas: filen är en länk som pekar utanför projektet och läses inte\n`);
  });
});
