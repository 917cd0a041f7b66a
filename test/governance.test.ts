import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { composeFixture, run, TODAY } from './helpers.js';

/**
 * The governance and financing sections on a project with other kommuner, numbers and methods
 * than data/: a key by population, a population-weighted and a summed indicator, a deficit.
 */
function otherProject(): string {
  const dir = composeFixture('base');
  const w = (path: string, text: string) => writeFileSync(join(dir, path), text);
  w('data/kommuner.yaml', `typ: kommuner
kommuner:
  - id: botkyrka
    namn: Älvsjö kommun
    kommunkod: "0127"
    folkmängd: { antal: 30000, år: 2024 }
  - id: haninge
    namn: Östra Ådalen
    kommunkod: "0136"
    folkmängd: { antal: 10000, år: 2024 }
`);
  w('data/2025/vp.md', `---
typ: verksamhetsplan
id: vp-2025
år: 2025
program: sup-2040
diarienummer: ÖÅ 2024/99
förslag_till_beslut:
  - fastställa planen
budget:
  - id: kansli
    rubrik: Kansliet
    belopp: 100000
kostnadsfördelning:
  grund: folkmängd
---
Planen.
`);
  w('data/2025/arsredovisning.md', `---
typ: årsredovisning
id: ar-2025
verksamhetsplan: vp-2025
diarienummer: ÖÅ 2026/7
aktiviteter:
  - aktivitet: aktivitet-a
    resultat: Kartläggningen är klar.
måluppfyllelse:
  - mål: klimat
    bedömning: delvis uppfyllt
    motivering: Arbetet har kommit i gång.
  - mål: delmal-ladd
    bedömning: uppfyllt
    motivering: Planen är antagen.
budgetutfall:
  - post: kansli
    utfall: 112500
ekonomi:
  intäkter:
    - kommun: botkyrka
      belopp: 75000
    - kommun: haninge
      belopp: 25000
  övriga_intäkter:
    - rubrik: Bidrag från länsstyrelsen
      belopp: 5000
  resultatdisposition:
    förslag: Underskottet täcks av kommunerna efter folkmängd.
    belopp: 7500
presidium:
  ordförande:
    kommun: haninge
    roll: kommunstyrelsens ordförande
    namn: Åsa Öberg
skrivelser:
  - datum: "2025-03-01"
    slag: remissvar
    titel: Remissvar om regional cykelplan
    mottagare: Länsstyrelsen
sammanträden:
  - datum: "2025-02-01"
    slag: sammanträde
    kommuner: [haninge]
---
Året.
`);
  w('data/2025/vagd.yaml', `typ: indikator
id: vagd
namn: Vägd andel
mål: [klimat]
enhet: procent
riktning: ökar
sammanvägning: befolkningsviktat
källa: { typ: egen }
utfall:
  - år: 2025
    värde: saknas
    kommuner:
      - { kommun: botkyrka, värde: 10 }
      - { kommun: haninge, värde: 30 }
`);
  w('data/2025/summa.yaml', `typ: indikator
id: summa
namn: Laddpunkter
mål: [klimat]
enhet: antal
riktning: ökar
decimaler: 0
sammanvägning: summa
källa: { typ: egen }
utfall:
  - år: 2025
    värde: saknas
    kommuner:
      - { kommun: botkyrka, värde: 120 }
      - { kommun: haninge, värde: 35 }
`);
  return dir;
}

/** Table cells without the padding that aligns the columns. */
const squeeze = (md: string) => md.replace(/ {2,}\|/g, ' |').replace(/\| {2,}/g, '| ');

describe('governance and financing on another project', () => {
  test('the årsredovisning renders the key by population, a deficit, the weighted and summed totals', async () => {
    const dir = otherProject();
    const check = await run(['-C', dir, 'check', '--today', TODAY]);
    // Six sammanträden and a conference are missing; nothing else is wrong.
    expect(check.stdout).toContain('report/meetings');
    expect(check.stdout).not.toMatch(/finance\//);
    const r = await run(['-C', dir, 'report', '2025', '--draft', '--today', TODAY]);
    expect(r.code).toBe(0);
    const md = squeeze(r.stdout);
    expect(md).toContain('Diarienummer: ÖÅ 2026/7');
    expect(md).toContain('| Ordförande i samarbetskommittén | Östra Ådalen | kommunstyrelsens ordförande | Åsa Öberg |');
    expect(md).toContain('Samarbetskommittén höll ett sammanträde under året och ingen planeringskonferens.');
    expect(md).toContain('| 1 av 2: Östra Ådalen |');
    expect(md).toContain('| 1 mars 2025 | Remissvar | Remissvar om regional cykelplan | Länsstyrelsen | |');
    expect(md).toContain('| Älvsjö kommun | 75\u00a0000\u00a0kr | 75\u00a0000\u00a0kr |');
    expect(md).toContain('| Bidrag från länsstyrelsen | – | 5\u00a0000\u00a0kr |');
    expect(md).toContain('| **Årets resultat** | **−7\u00a0500\u00a0kr** | **saknas** |');
    expect(md).toContain('Årets underskott är 7\u00a0500\u00a0kr.');
    // 10 × 30 000 + 30 × 10 000 over 40 000 inhabitants = 15,0; the sum 155 with the indicator's 0 decimals.
    expect(md).toContain('| **Södertörn** | **15,0** |');
    expect(md).toContain('Södertörn: medelvärde vägt med kommunernas folkmängd, samverkans egen beräkning.');
    expect(md).toContain('| **Södertörn** | **155** |');
    expect(md).toContain('| 120 |');
  });

  test('the verksamhetsplan shows each kommun’s share by population and its fee', async () => {
    const r = await run(['-C', otherProject(), 'plan', '2025', '--draft', '--today', TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Kostnaderna fördelas mellan kommunerna efter folkmängden den 31 december 2024.');
    expect(squeeze(r.stdout)).toContain('| Älvsjö kommun | 75,00\u00a0% | 75\u00a0000\u00a0kr |');
    expect(squeeze(r.stdout)).toContain('| Östra Ådalen | 25,00\u00a0% | 25\u00a0000\u00a0kr |');
    expect(r.stdout).toContain('- att fastställa planen');
  });

  test('a kommun without population makes the key an error, and the plan says it has no key', async () => {
    const dir = otherProject();
    writeFileSync(join(dir, 'data/kommuner.yaml'), 'typ: kommuner\nkommuner:\n  - id: botkyrka\n    namn: Älvsjö kommun\n    kommunkod: "0127"\n  - id: haninge\n    namn: Östra Ådalen\n    kommunkod: "0136"\n');
    const check = await run(['-C', dir, 'check', '--today', TODAY]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('data/2025/vp.md:14:3');
    expect(check.stdout).toContain('Kostnaderna fördelas efter folkmängd, men Älvsjö kommun, Östra Ådalen saknar folkmängd i kommuner.yaml.');
    const r = await run(['-C', dir, 'plan', '2025', '--draft', '--today', TODAY]);
    expect(r.stdout).toContain('Planen anger ingen kostnadsfördelning mellan kommunerna.');
  });

  test('markup in a statement stays text: escaped in Markdown, no element in HTML', async () => {
    const dir = otherProject();
    const file = join(dir, 'data/2025/arsredovisning.md');
    const text = readFileSync(file, 'utf8').replace('titel: Remissvar om regional cykelplan', 'titel: "<img src=//evil.example/x.png> | ::error::x"');
    writeFileSync(file, text);
    const md = (await run(['-C', dir, 'report', '2025', '--draft', '--today', TODAY])).stdout;
    expect(md).toContain('\\<img src=//evil.example/x.png> \\| ::error::x');
    const html = (await run(['-C', dir, 'report', '2025', '--draft', '--format', 'html', '--today', TODAY])).stdout;
    expect(html).not.toMatch(/<img/);
    expect(html).toContain('&#x3C;img src=//evil.example/x.png> | ::error::x');
  });
});
