/**
 * The årsredovisning with its trend charts, crediting and programme decisions, rendered by the
 * built binary from the embedded data and from copies of it: the exact Markdown of an indicator's
 * figure, table and credits; Kolada named as the source only of Kolada's own values; the fetch
 * date in Bilagor; the notice for a programme without every kommunstyrelse's decision; stable bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { copyRealData, runBin, TODAY } from './helpers.js';

const SAVED = 'data/kolada/hamtning-2026-12-02.json';

/** The part of a Markdown report from a figure's caption to the next heading or figure. */
function figureSection(md: string, caption: string): string {
  const start = md.indexOf(`_${caption}_`);
  expect(start, caption).toBeGreaterThan(-1);
  const rest = md.slice(start + 1);
  const end = rest.search(/\n(#+ |_Figur \d+\.)/);
  return md.slice(start, start + 1 + end).trimEnd();
}

function report(dir: string | undefined, ...args: string[]) {
  const r = runBin(['report', '2025', '--today', TODAY, ...args], dir ? { cwd: dir } : {});
  return r;
}

/** A copy of the embedded data whose saved responses are real ones (not marked as examples). */
function asIfFetched(): string {
  const dir = copyRealData();
  const saved = JSON.parse(readFileSync(join(dir, SAVED), 'utf8'));
  delete saved.exempel;
  delete saved.anmärkning;
  saved.källa = 'Kolada';
  writeFileSync(join(dir, SAVED), `${JSON.stringify(saved, null, 2)}\n`);
  // Fetched values are no longer invented: the Kolada indicators lose their own exempel marker too.
  for (const name of ['nettoinpendling', 'utslapp-vaxthusgaser-per-invanare', 'utslapp-vaxthusgaser-transporter']) {
    const file = join(dir, `data/exempel/2025/indikatorer/${name}.yaml`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^exempel: true\n/m, ''));
  }
  return dir;
}

describe('charts and crediting in the årsredovisning', () => {
  test('example values in Kolada’s format are credited as examples, never as "Källa: Kolada"', () => {
    const r = report(undefined);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const md = r.stdout;
    expect(figureSection(md, 'Figur 6. Utsläpp till luft av växthusgaser, transporter, ton CO2e')).toBe(
      [
        '_Figur 6. Utsläpp till luft av växthusgaser, transporter, ton CO2e_',
        '',
        '| År                      | Södertörn (ton CO2e) | Botkyrka | Haninge | Huddinge | Nykvarn | Nynäshamn |  Salem | Södertälje | Tyresö | Målvärde |',
        '| ----------------------- | -------------------: | -------: | ------: | -------: | ------: | --------: | -----: | ---------: | -----: | -------: |',
        '| 2022 (basvärde 510\u00a0100) |              510\u00a0100 |   81\u00a0000 |  70\u00a0500 |   96\u00a0000 |  41\u00a0200 |    30\u00a0100 | 15\u00a0500 |    151\u00a0000 | 24\u00a0800 |          |',
        '| 2023                    |              494\u00a0797 |   78\u00a0570 |  68\u00a0385 |   93\u00a0120 |  39\u00a0964 |    29\u00a0197 | 15\u00a0035 |    146\u00a0470 | 24\u00a0056 |          |',
        '| 2024                    |              479\u00a0952 |   76\u00a0213 |  66\u00a0333 |   90\u00a0326 |  38\u00a0765 |    28\u00a0321 | 14\u00a0584 |    142\u00a0076 | 23\u00a0334 |          |',
        '| 2025                    |               saknas |   saknas |  saknas |   saknas |  saknas |    saknas | saknas |     saknas | saknas |          |',
        '| 2026                    |               saknas |   saknas |  saknas |   saknas |  saknas |    saknas | saknas |     saknas | saknas |  420\u00a0000 |',
        '',
        'Exempelvärden i Koladas format, inte hämtade från Kolada (N85533).\\',
        'Södertörn: Egen beräkning utifrån exempelvärdena: summa av kommunernas värden.',
      ].join('\n'),
    );
    // Every Kolada indicator of the example has invented values: Kolada is named as the source of none.
    expect(md).not.toContain('Källa: Kolada');
    expect(md).not.toContain('Egen beräkning utifrån Kolada');
    expect(md).not.toContain('Värdena från Kolada hämtades');
    expect(md).toContain(`Värdena i ${SAVED} (2026-12-02) är exempelvärden i Koladas format och inte hämtade från Kolada. Påhittade exempelvärden`);
    expect(md).toContain('- **Utsläpp till luft av växthusgaser, transporter, ton CO2e**: Kolada, N85533 (exempelvärden, inte hämtade från Kolada)');
  });

  test('real Kolada values: the kommuner’s are "Källa: Kolada (N…)", the Södertörn total an own calculation, the fetch date in Bilagor', () => {
    const dir = asIfFetched();
    const r = report(dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const md = r.stdout;
    const section = figureSection(md, 'Figur 5. Utsläpp till luft av växthusgaser totalt, ton CO2-ekv/inv');
    expect(section.split('\n').slice(-2)).toEqual([
      'Källa: Kolada (N00401), hämtad 2026-12-02 (kommunernas värden).\\',
      'Södertörn: Egen beräkning utifrån Kolada (N00401): ovägt medelvärde av kommunernas värden.',
    ]);
    expect(section).toContain('| 2024                 |                                 2,97 |     1,94 |    2,12 |     1,75 |    5,16 |      6,27 |   1,38 |       4,06 |   1,11 |          |');
    // The own calculation is never credited to Kolada: no line with the total says "Källa: Kolada".
    for (const line of md.split('\n').filter((l) => l.includes('Egen beräkning utifrån Kolada'))) expect(line).not.toContain('Källa: Kolada');
    for (const line of md.split('\n').filter((l) => l.startsWith('Södertörn:'))) expect(line).not.toContain('Källa');
    expect(md).not.toContain('Exempelvärden i Koladas format');
    expect(md).toContain('\nVärdena från Kolada hämtades 2026-12-02. Kolada kan revidera värden i efterhand utan att meddela det.\n');
    // Other sources by their own name.
    expect(md).toContain('\nEgen beräkning: Kansliet räknar fram värdet utifrån öppna data om publika laddstationer och SCB:s befolkningsstatistik för de åtta kommunerna.\n');
  });

  test('the HTML has one figure per indicator, numbered after the goal figures, and the same bytes twice', () => {
    const dir = copyRealData();
    const a = report(dir, '--format', 'html', '-o', join(dir, 'a.html'));
    const b = report(dir, '--format', 'html', '-o', join(dir, 'b.html'));
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const html = readFileSync(join(dir, 'a.html'), 'utf8');
    expect(readFileSync(join(dir, 'b.html'), 'utf8')).toBe(html);
    const titles = [...html.matchAll(/<figure class="diagram"><svg [^>]*role="img" aria-labelledby="(user-content-diagram-\d+-titel)" aria-describedby="(user-content-diagram-\d+-beskrivning)"[^>]*><title id="\1">([^<]*)<\/title><desc id="\2">/g)].map((m) => m[3]);
    expect(titles).toEqual([
      'Figur 3. Laddbara personbilar i trafik, andel',
      'Figur 4. Publika laddpunkter per 1 000 invånare',
      'Figur 5. Utsläpp till luft av växthusgaser totalt, ton CO2-ekv/inv',
      'Figur 6. Utsläpp till luft av växthusgaser, transporter, ton CO2e',
      'Figur 7. Arbetsplatser som nås inom 45 minuter med kollektivtrafik',
      'Figur 8. Nettoinpendling till kommun, andel (%)',
      'Figur 9. Restid med kollektivtrafik mellan de regionala stadskärnorna',
    ]);
    // The value table follows each chart, and the numbers are Swedish.
    expect(html.match(/<\/figcaption><\/figure>\n<table class="diagramtabell">/g)).toHaveLength(7);
    expect(html).toContain('Basvärde 3,23</text>');
    expect(html).toContain('<desc id="user-content-diagram-8-beskrivning">Södertörn gick från −24,5 procent 2022 till −22,9 procent 2024. Värde saknas för 2025. Målvärde 2026: −20,0 procent. Basvärde 2022: −24,5 procent. Tunna linjer: de 8 kommunerna. Samma värden finns i tabellen under diagrammet.</desc>');
  });
});

describe('a programme without every kommunstyrelse’s decision', () => {
  const BESLUT = (kommuner: string[]) => `beslut:\n${kommuner.map((k, i) => `  - kommun: ${k}\n    datum: "2022-12-${String(10 + i).padStart(2, '0')}"\n    paragraf: § ${100 + i}\n`).join('')}`;
  const ALL = ['botkyrka', 'haninge', 'huddinge', 'nykvarn', 'nynashamn', 'salem', 'sodertalje', 'tyreso'];
  const withDecisions = (kommuner: string[]) => {
    const dir = copyRealData();
    const file = join(dir, 'data/program.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('\nrevidering:\n', `\n${BESLUT(kommuner)}revidering:\n`));
    return dir;
  };

  test('is shown in Styrning, naming the kommuner whose decision is missing', () => {
    const dir = withDecisions(ALL.filter((k) => k !== 'salem' && k !== 'tyreso' && k !== 'nykvarn'));
    const r = report(dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const styrning = r.stdout.slice(r.stdout.indexOf('## Styrning och läsanvisning'), r.stdout.indexOf('### Målstruktur'));
    expect(styrning).toContain('\n**Beslut saknas.** SUP 2040 gäller 2025, men beslut om programmet i kommunstyrelsen saknas för Nykvarn, Salem och Tyresö.\n');
  });

  test('is not shown when every member kommun has decided, nor when the adoption is not recorded', () => {
    const r = report(withDecisions(ALL));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('## Styrning och läsanvisning');
    expect(r.stdout).not.toContain('Beslut saknas');
    expect(report(undefined).stdout).not.toContain('Beslut saknas');
  });
});
