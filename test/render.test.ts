import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkProject } from '../src/check/check-project.js';
import { deriveAssessment, expectedValue, keyFigures, trend } from '../src/render/compute.js';
import { date, kr, pct, signedKr } from '../src/render/format.js';
import { embedMarkdown } from '../src/render/markdown.js';
import { toMarkdown } from '../src/render/to-markdown.js';
import { collectYear } from '../src/render/year-data.js';
import type { IndicatorView } from '../src/render/year-data.js';
import { copyRealData, REPO, run } from './helpers.js';

const TODAY = '2026-01-15';

describe('Swedish formatting', () => {
  test('amounts, percentages and dates follow sv-SE', () => {
    expect(kr(1250000)).toBe('1\u00a0250\u00a0000\u00a0kr');
    expect(signedKr(-7000)).toBe('−7\u00a0000\u00a0kr');
    expect(signedKr(655000)).toBe('+655\u00a0000\u00a0kr');
    expect(pct(13.94)).toBe('13,9\u00a0%');
    expect(date('2026-02-09')).toBe('9 februari 2026');
  });
});

describe('indicator rules', () => {
  const indicator = (over: Partial<IndicatorView> = {}): IndicatorView => ({
    id: 'i',
    name: 'I',
    unit: 'procent',
    direction: 'ökar',
    goalIds: [],
    source: { type: 'egen', verified: true },
    decimals: 1,
    baseline: { year: 2022, value: 10 },
    targets: [{ year: 2026, value: 30 }],
    outcomes: [],
    ...over,
  });
  const outcome = (year: number, value: number | 'saknas') => ({ year, value, kommuner: [] });

  test('the expected value runs on a line from the baseline to the next target', () => {
    expect(expectedValue(indicator(), 2024)).toBe(20);
    expect(expectedValue(indicator({ targets: [{ year: 2024, value: 25 }, { year: 2026, value: 30 }] }), 2024)).toBe(25);
    expect(expectedValue(indicator({ targets: [] }), 2024)).toBeUndefined();
  });
  test('uppfyllt at the expected value, delvis uppfyllt from 80 % of the way, else ej uppfyllt', () => {
    const at = (v: number) => deriveAssessment(indicator({ outcomes: [outcome(2024, v)] }), 2024).assessment;
    expect(at(20)).toBe('uppfyllt');
    expect(at(18)).toBe('delvis uppfyllt'); // 8 of 10
    expect(at(17.9)).toBe('ej uppfyllt');
  });
  test('for an indicator that should decrease, the same rule runs the other way', () => {
    const down = (v: number) =>
      deriveAssessment(indicator({ direction: 'minskar', baseline: { year: 2022, value: 50 }, targets: [{ year: 2026, value: 30 }], outcomes: [outcome(2024, v)] }), 2024)
        .assessment;
    expect(down(40)).toBe('uppfyllt');
    expect(down(42)).toBe('delvis uppfyllt');
    expect(down(45)).toBe('ej uppfyllt');
  });
  test('a missing outcome cannot be assessed, never counts as 0', () => {
    expect(deriveAssessment(indicator({ outcomes: [outcome(2024, 'saknas')] }), 2024).assessment).toBe('kan ej bedömas');
  });
  test('trend judges the change by the desired direction', () => {
    const i = indicator({ outcomes: [outcome(2023, 12), outcome(2024, 14)] });
    expect(trend(i, 2024)).toBe('positiv');
    expect(trend({ ...i, direction: 'minskar' }, 2024)).toBe('negativ');
    expect(trend(i, 2025)).toBe('saknas');
  });
});

describe('embedded Markdown', () => {
  test('headings move below the section, and raw HTML and script links are dropped', () => {
    const md = toMarkdown({
      type: 'root',
      children: embedMarkdown(
        '# Rubrik\n\nText <script>alert(1)</script> och [länk](javascript:alert(1)) och [ok](https://example.org) och ![karta](https://example.org/k.png).\n\n<img src=x onerror=alert(1)>\n\n## Under\n',
        2,
      ),
    });
    expect(md).toBe('### Rubrik\n\nText alert(1) och länk och [ok](https://example.org) och karta.\n\n#### Under\n');
  });
});

describe('sup report on the embedded data', () => {
  test('the Markdown årsredovisning 2025 is the same as the reviewed snapshot', async () => {
    const r = await run(['report', '2025', '--today', TODAY]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('__snapshots__/arsredovisning-2025.md');
  });

  test('every section is present and filled from the data', async () => {
    const md = (await run(['report', '2025', '--today', TODAY])).stdout;
    const h2 = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(h2).toEqual(['Innehåll', 'Året i korthet', 'Om Södertörnssamverkan', 'Styrning och läsanvisning', 'Måluppfyllelse', 'Övrigt arbete', 'Ekonomi', 'Framåtblick', 'Förslag till beslut', 'Bilagor']);
    expect(md.startsWith('# Årsredovisning och bokslut 2025\n')).toBe(true);
    expect(md).toContain('Beslutad av samarbetskommittén den 9 februari 2026');
    expect(md).toContain('### Omställningsmålet: Södertörn leder vägen i omställningen mot ett hållbart transportsystem');
    expect(md).toContain('_Ansvarigt nätverk: Nätverk för trafikstrateger_');
    expect(md).toMatch(/\| Indikator +\| Källa +\| Basvärde \(år\) \| Föregående år \| Utfall \| +Målvärde \| Trend +\| Bedömning +\|/);
    expect(md).toMatch(/\| Aktivitet +\| Ansvarig +\| Status +\| Resultat +\|/);
    expect(md).toMatch(/\| Budgetpost +\| +Budget \| +Utfall \| +Avvikelse \(kr\) \| +Avvikelse \(%\) \| Kommentar/);
    expect(md).not.toContain('N07925');
    // The invented values of the example do not claim Trafikanalys (or any statistics) as their source.
    expect(md).not.toContain('Trafikanalys, fordonsstatistik per kommun (ej verifierad)');
    expect(md).toContain('Egen beräkning: Påhittade exempelvärden.');
    // The governance and financing sections, from the example's data.
    expect(md).toContain('Diarienummer: SÖS 2026/4 · Protokoll: § 3 · Justerat den 16 februari 2026');
    expect(md).toContain('Samarbetskommittén höll sex sammanträden och en planeringskonferens under året.');
    expect(md).toContain('| **Årets resultat** | **+655\u00a0000\u00a0kr** | **+190\u00a0000\u00a0kr** |');
    expect(md).toContain('| **Södertörn** | **14,7** |');
    expect(md).toContain('Södertörn: ovägt medelvärde av kommunernas värden, samverkans egen beräkning.');
    expect(md).toContain('- att godkänna årsredovisning och bokslut för 2025');
    expect(md).toContain('```mermaid\nflowchart TD');
    expect(md).not.toContain('UTKAST');
  });

  test('the same data renders byte-identical Markdown and HTML', async () => {
    const a = await run(['report', '2025', '--format', 'html', '--today', TODAY]);
    const b = await run(['report', '2025', '--format', 'html', '--today', TODAY]);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.length).toBeGreaterThan(10_000);
  });

  test('a change in an activity status changes the key figures', async () => {
    const dir = copyRealData();
    const before = (await run(['-C', dir, 'report', '2025', '--today', TODAY])).stdout;
    expect(before).toContain('**10 av 16 planerade aktiviteter genomförda**');
    const file = join(dir, 'data/exempel/2025/aktiviteter/gemensam-webbplats.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('status: avbruten', 'status: genomförd'));
    const after = (await run(['-C', dir, 'report', '2025', '--today', TODAY])).stdout;
    expect(after).toContain('**11 av 16 planerade aktiviteter genomförda**');
    expect(after).toMatch(/\| Genomförd +\| +11 \|/);
    expect(after).toMatch(/\| Avbruten +\| +0 \|/);
    // The statuses in the order a reader expects, capitalised at the start of the cell.
    expect([...after.matchAll(/^\| (Genomförd|Delvis genomförd|Pågår|Senarelagd|Ej påbörjad|Avbruten) +\|/gm)].map((m) => m[1]).slice(0, 6)).toEqual([
      "Genomförd", "Delvis genomförd", "Pågår", "Senarelagd", "Ej påbörjad", "Avbruten",
    ]);
  });

  test('key figures are computed from the data', () => {
    const data = collectYear(checkProject({ root: REPO, today: TODAY }).project, 2025)!;
    const k = keyFigures(data);
    expect(k.planned).toBe(16);
    expect(k.budget).toBe(4_700_000);
    expect(k.outcome).toBe(4_045_000);
    expect(k.byStatus.reduce((s, x) => s + x.count, 0)).toBe(16);
  });

  test('the verksamhetsplan 2025 is the same as the reviewed snapshot', async () => {
    const r = await run(['plan', '2025', '--today', TODAY]);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('__snapshots__/verksamhetsplan-2025.md');
    expect([...r.stdout.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual(['Innehåll', 'Inledning', 'Mål', 'Aktiviteter', 'Budget', 'Finansiering', 'Förslag till beslut']);
  });
});

describe('sup report refuses or marks what it cannot stand behind', () => {
  test('invalid data: exit 1 with the diagnostics, nothing on stdout', async () => {
    const dir = copyRealData();
    const file = join(dir, 'data/mal/tillganglighet.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('ägare: trafikstrateger', 'ägare: trafikstrateg'));
    const r = await run(['-C', dir, 'report', '2025', '--today', TODAY]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('data/mal/tillganglighet.md:9:8  fel  Okänd referens "trafikstrateg"');
    expect(r.stderr).toContain('använd --draft för ett utkast märkt UTKAST');
  });

  test('with --draft: rendered anyway, marked UTKAST', async () => {
    const dir = copyRealData();
    const file = join(dir, 'data/mal/tillganglighet.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('ägare: trafikstrateger', 'ägare: trafikstrateg'));
    const r = await run(['-C', dir, 'report', '2025', '--draft', '--today', TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('> **UTKAST** – Det här är ett utkast. Underlaget kan innehålla fel och dokumentet är inte beslutat.');
    expect(r.stdout).toContain('Utkast – ännu inte beslutad');
    expect(r.stdout).not.toContain('Beslutad av');
    const html = await run(['-C', dir, 'report', '2025', '--draft', '--format', 'html', '--today', TODAY]);
    expect(html.stdout).toContain('<body class="utkast">');
    expect(html.stdout).toContain('@top-center { content: "UTKAST"');
  });

  test('without the annual report data a draft says saknas, never 0 kr', async () => {
    const dir = copyRealData();
    rmSync(join(dir, 'data/exempel/2025/arsredovisning.md'));
    const r = await run(['-C', dir, 'report', '2025', '--draft', '--today', TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Budgeten var 4\u00a0700\u00a0000\u00a0kr och utfallet saknas, en avvikelse på saknas (saknas).');
    expect(r.stdout).not.toMatch(/utfallet 0\u00a0kr/);
  });

  test('a year without a plan: exit 1 and the years there are', async () => {
    const r = await run(['report', '2031', '--today', TODAY]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('sup report: Det finns ingen verksamhetsplan för 2031. Planer finns för 2023, 2024, 2025, 2026.\n');
  });

  test('PDF without Chromium: how to install it, exit 2', async () => {
    const r = await run(['report', '2025', '--format', 'pdf', '-o', '/tmp/x.pdf', '--today', TODAY], { env: { PATH: '/nonexistent' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('sudo apt-get install chromium');
    expect(r.stderr).toContain('SUP_CHROMIUM');
  });

  test('script and event attributes in a Markdown body never reach the HTML', async () => {
    const dir = copyRealData();
    const file = join(dir, 'data/exempel/2025/aktiviteter/gemensam-webbplats.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8') +
        '\n<script>alert("x")</script>\n\n<img src="x" onerror="alert(1)">\n\n[klicka](javascript:alert(1))\n\n<a href="#" onclick="alert(2)">a</a>\n',
    );
    const ann = join(dir, 'data/exempel/2025/arsredovisning.md');
    writeFileSync(ann, readFileSync(ann, 'utf8') + '\n<script>alert("y")</script><iframe src="https://example.org"></iframe>\n<p onmouseover="alert(3)">p</p>\n');
    for (const cmd of ['report', 'plan']) {
      const html = (await run(['-C', dir, cmd, '2025', '--format', 'html', '--today', TODAY])).stdout;
      expect(html).not.toMatch(/<script|onerror|onclick|onmouseover|javascript:|<iframe/i);
      const md = (await run(['-C', dir, cmd, '2025', '--today', TODAY])).stdout;
      expect(md).not.toMatch(/<script|onerror|onclick|onmouseover|javascript:|<iframe/i);
    }
  });

  test('-o writes the file, and writes nothing when the data is invalid', async () => {
    const dir = copyRealData();
    const out = join(dir, 'ut', 'arsredovisning.md');
    mkdirSync(join(dir, 'ut'));
    expect((await run(['-C', dir, 'report', '2025', '-o', 'ut/arsredovisning.md', '--today', TODAY], { cwd: dir })).code).toBe(0);
    const first = readFileSync(out, 'utf8');
    expect(first.startsWith('# Årsredovisning och bokslut 2025')).toBe(true);
    const file = join(dir, 'data/kommuner.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('kommunkod: "0127"', 'kommunkod: 127'));
    expect((await run(['-C', dir, 'report', '2025', '-o', out, '--today', TODAY])).code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe(first);
  });
});

describe('templates', () => {
  test("a project's own template changes wording and order; the data fills it", async () => {
    const dir = copyRealData();
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates', 'arsredovisning.md'), '# Årsbok {{år}} för {{organisation}}\n\n## Pengar\n\n<!-- sup:ekonomi -->\n\n## Kort\n\n<!-- sup:nyckeltal -->\n');
    const r = await run(['-C', dir, 'report', '2025', '--today', TODAY]);
    expect(r.code).toBe(0);
    expect([...r.stdout.matchAll(/^#+ (.+)$/gm)].map((m) => m[1])).toEqual(['Årsbok 2025 för Södertörnssamverkan', 'Pengar', 'Kort']);
    expect(r.stdout).toContain('**4\u00a0700\u00a0000\u00a0kr**');
  });

  test('a block inside a sentence, and an unknown name in etiketter.yaml, are errors at their line', async () => {
    const dir = copyRealData();
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates', 'arsredovisning.md'), '# År {{år}}\n\nSe <!-- sup:ekonomi --> här.\n');
    const r = await run(['-C', dir, 'report', '2025', '--today', TODAY]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/templates\/arsredovisning\.md:3:4: ett block \(<!-- sup:… -->\) ska stå ensamt på sin rad/);
    rmSync(join(dir, 'templates', 'arsredovisning.md'));
    const labels = readFileSync(join(REPO, 'templates', 'etiketter.yaml'), 'utf8').replace('summa: Summa', 'summa: Summa {{totalt}}');
    writeFileSync(join(dir, 'templates', 'etiketter.yaml'), labels);
    const r2 = await run(['-C', dir, 'report', '2025', '--today', TODAY]);
    expect(r2.code).toBe(2);
    const line = labels.split('\n').findIndex((l) => l.startsWith('summa:')) + 1;
    expect(r2.stderr).toContain(`templates/etiketter.yaml:${line}:1: okänt namn {{totalt}}`);
  });

  test('an unknown name or block in a template is an error at its line, exit 2', async () => {
    const dir = copyRealData();
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates', 'arsredovisning.md'), '# År {{år}}\n\n<!-- sup:okand -->\n');
    const r = await run(['-C', dir, 'report', '2025', '--today', TODAY]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/templates\/arsredovisning\.md:3:1: okänt block sup:okand; kända block: utkast, inledning/);
    writeFileSync(join(dir, 'templates', 'arsredovisning.md'), '# År {{årtal}}\n');
    const r2 = await run(['-C', dir, 'report', '2025', '--today', TODAY]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/templates\/arsredovisning\.md:1:3: okänt namn \{\{årtal\}\}/);
  });

  test('etiketter.yaml holds every label the code uses', async () => {
    const { LABEL_KEYS } = await import('../src/render/context.js');
    const { parse } = await import('yaml');
    const labels = parse(readFileSync(join(REPO, 'templates', 'etiketter.yaml'), 'utf8')) as Record<string, string>;
    expect(Object.keys(labels).sort()).toEqual([...LABEL_KEYS].sort());
  });
});
