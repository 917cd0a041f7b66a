import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { composeFixture, copyRealData, run, runBin, tempDir, writeTree } from './helpers.js';

const TODAY = '2026-12-02';

describe('sup report --period on the embedded data', () => {
  test('the Markdown slutuppföljning 2023–2026 is the same as the reviewed snapshot', async () => {
    const r = await run(['report', '--period', '2023-2026', '--today', TODAY]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('__snapshots__/slutuppfoljning-2023-2026.md');
  });

  test('the programme id gives the same document as its years', async () => {
    const byYears = await run(['report', '--period', '2023-2026', '--today', TODAY]);
    const byId = await run(['report', '--period', 'sup-2040', '--today', TODAY]);
    expect(byId.code).toBe(0);
    expect(byId.stdout).toBe(byYears.stdout);
  });

  test('the sections, the example notice, the year without a report and the derived findings', async () => {
    const md = (await run(['report', '--period', '2023-2026', '--today', TODAY])).stdout;
    const h2 = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(h2).toEqual([
      'Innehåll',
      'Programmet och perioden',
      'Måluppfyllelse år för år',
      'Indikatorer över perioden',
      'Aktiviteter per år',
      'Budget och utfall per år',
      'Överförda aktiviteter',
      'Att beakta vid revideringen',
      'Bilaga. Källor',
    ]);
    expect(md.startsWith('# Slutuppföljning av SUP 2040 2023–2026\n')).toBe(true);
    expect(md).toContain('> Exempel: åren 2023, 2024, 2025 och 2026 bygger på påhittade underlag och är inte beslutade dokument.');
    expect(md).toContain('| 2026 | vp-2026, beslutad 5 december 2025 (exempel) | ingen årsredovisning                        |');
    // Each goal's assessment per year comes from that year's årsredovisning.
    expect(md).toMatch(/\| 2024 \| Delvis uppfyllt +\| positiv +\| Andelen laddbara personbilar ökar/);
    expect(md).toMatch(/\| 2026 \| ingen årsredovisning \|/);
    // One numbered figure and one value table per indicator, as in the årsredovisning; a missing value is saknas.
    const indicators = JSON.parse((await run(['ls', 'indikator', '--format', 'json'])).stdout) as unknown[];
    expect(indicators.length).toBeGreaterThanOrEqual(4);
    expect([...md.matchAll(/^_Figur (\d+)\. /gm)].map((m) => Number(m[1]))).toEqual(indicators.map((_, n) => n + 1));
    expect(md).not.toMatch(/^Diagram: /m);
    // An example Kolada indicator whose Södertörn value is saknas in the file: the total by its method (medelvärde), its
    // crediting as examples, and the period's end from the same total. 2022: (−21,4 − 26,8 − 6,2 − 31,5 − 20,2 − 45,3 + 4,7 − 49,1) / 8 = −24,475.
    expect(md).toMatch(/\| 2022 \(basvärde −24,5\) \| +−24,5 \| +−21,4 \|/);
    expect(md).toContain('Exempelvärden i Koladas format, inte hämtade från Kolada (N00924).\\\nSödertörn: Egen beräkning utifrån exempelvärdena: ovägt medelvärde av kommunernas värden.\n\nVid periodens slut: −22,9 (2024) mot målvärdet −20,0 (2026).');
    expect(md).toContain('- ”Nettoinpendling till kommun, andel (%)” nådde inte målvärdet −20,0 (2026): det senaste värdet är −22,9 (2024).');
    expect(md).not.toContain('har inga värden för perioden');
    // The appendix: each source, and the example file's notice (no fetch date is claimed for invented values).
    expect(md).toContain('- **Utsläpp till luft av växthusgaser, transporter, ton CO2e**: Kolada, N85533 (exempelvärden, inte hämtade från Kolada)');
    expect(md).toContain('Värdena i data/kolada/hamtning-2026-12-02.json (2026-12-02) är exempelvärden i Koladas format och inte hämtade från Kolada.');
    expect(md).toMatch(/\| 2025 +\| +2,3 \| +\|/);
    // Budget per year; the period's sum waits for 2026's outcome.
    expect(md).toMatch(/\| 2025 +\| +4\u00a0700\u00a0000\u00a0kr \| 4\u00a0045\u00a0000\u00a0kr \| +\+655\u00a0000\u00a0kr \| +13,9\u00a0% \|/);
    expect(md).toMatch(/\| \*\*Summa\*\* \| \*\*18\u00a0400\u00a0000\u00a0kr\*\* \| +\*\*saknas\*\* \|/);
    expect(md).toContain('9 aktiviteter fördes över till ett senare år under perioden.');
    expect(md).toMatch(/\| 2024 +\| Underlag om restider mellan de regionala stadskärnorna +\| Senarelagd +\| 2025 +\| Restidsanalys/);
    expect(md).toContain('- 2026: det finns ingen årsredovisning, så året är inte slutligt redovisat.');
    expect(md).toContain('- ”Publika laddpunkter per 1 000 invånare” nådde inte målvärdet 3,0 (2026): det senaste värdet är 2,3 (2025).');
    expect(md).toContain('- ”Gemensam webbplats för Södertörnssamverkan” (2025): avbruten.');
    expect(md).toContain('- ”Slutuppföljning av SUP 2040” (2026): pågår vid periodens slut.');
    expect(md).toContain('- Beslut om SUP 2040 saknas i kommunstyrelserna i Botkyrka, Haninge, Huddinge, Nykvarn, Nynäshamn, Salem, Södertälje och Tyresö.');
  });

  test('a sub-period of the programme follows up only its years', async () => {
    const r = await run(['report', '--period', '2023-2024', '--today', TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('# Slutuppföljning av SUP 2040 2023–2024\n')).toBe(true);
    expect(r.stdout).not.toContain('Verksamhetsåret 2025');
    // Both years have their outcome, so the period has one: 4 300 000 + 4 500 000 and 4 180 000 + 4 310 000.
    expect(r.stdout).toContain('Under perioden var budgeten sammanlagt 8\u00a0800\u00a0000\u00a0kr och utfallet 8\u00a0490\u00a0000\u00a0kr.');
    expect(r.stdout).toMatch(/\| \*\*Summa\*\* \| \*\*8\u00a0800\u00a0000\u00a0kr\*\* \| \*\*8\u00a0490\u00a0000\u00a0kr\*\* \| +\*\*\+310\u00a0000\u00a0kr\*\* \| +\*\*3,5\u00a0%\*\* \|/);
    expect(r.stdout).toContain('Att beakta vid revideringen\n\nDet här följer');
  });

  test('-o writes the whole file; a data error writes nothing and exits 1, --draft renders it marked UTKAST', async () => {
    const dir = copyRealData();
    const out = join(dir, 'slut.md');
    expect((await run(['-C', dir, 'report', '--period', '2023-2026', '-o', out, '--today', TODAY])).code).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith('# Slutuppföljning av SUP 2040 2023–2026\n')).toBe(true);
    const goal = join(dir, 'data/mal/klimatomstallning.md');
    writeFileSync(goal, readFileSync(goal, 'utf8').replace('ägare: klimatstrateger', 'ägare: klimatstrateg'));
    const out2 = join(dir, 'slut2.md');
    const bad = await run(['-C', dir, 'report', '--period', '2023-2026', '-o', out2, '--today', TODAY]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('sup report: datan har fel, så dokumentet återges inte.');
    expect(existsSync(out2)).toBe(false);
    const draft = await run(['-C', dir, 'report', '--period', '2023-2026', '--draft', '-o', out2, '--today', TODAY]);
    expect(draft.code).toBe(0);
    expect(readFileSync(out2, 'utf8')).toContain('> **UTKAST** – Det här är ett utkast.');
  });

  test('a project may override the template and the labels, read through its own source', async () => {
    const dir = copyRealData();
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates/slutuppfoljning.md'), '# Egen slutuppföljning {{period}}\n\n## Att beakta\n\n<!-- sup:att-beakta -->\n');
    const r = await run(['-C', dir, 'report', '--period', '2023-2026', '--today', TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('# Egen slutuppföljning 2023–2026\n\n## Att beakta\n\n### Verksamhetsplaner och årsredovisningar\n')).toBe(true);
    writeFileSync(join(dir, 'templates/slutuppfoljning.md'), '# X\n\n<!-- sup:okant -->\n');
    const bad = await run(['-C', dir, 'report', '--period', '2023-2026', '--today', TODAY]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^sup report: fel i mallen templates\/slutuppfoljning\.md:3:1: okänt block sup:okant; kända block: utkast, innehall, program/);
  });
});

describe('bad periods are usage errors, exit 2, before the data is read', () => {
  test.each([
    ['2026-2023', 'sup report: perioden 2026-2023 slutar före den börjar. Skriv det tidigare året först, till exempel 2023-2026.'],
    ['1-999999', 'sup report: --period ska vara två år med fyra siffror, till exempel --period 2023-2026, eller ett programs id, till exempel --period sup-2040, inte "1-999999".'],
    ['', 'sup report: --period ska vara två år med fyra siffror, till exempel --period 2023-2026, eller ett programs id, till exempel --period sup-2040, inte "".'],
    ['2019-2022', 'sup report: perioden 2019-2022 ligger inte inom något programs giltighetstid. Program: sup-2040 2023-2026, sup-2040-2027-2030 2027-2030.'],
    ['2025-2028', 'sup report: perioden 2025-2028 ligger inte inom något programs giltighetstid. Program: sup-2040 2023-2026, sup-2040-2027-2030 2027-2030.'],
    ['sup-2099', 'sup report: det finns inget program "sup-2099" med giltighetstid. Program: sup-2040 2023-2026, sup-2040-2027-2030 2027-2030.'],
    ['2023-2026\u001b[31m', 'sup report: --period ska vara två år med fyra siffror, till exempel --period 2023-2026, eller ett programs id, till exempel --period sup-2040, inte "2023-2026\\u001b[31m".'],
  ])('--period %j', async (period, message) => {
    const r = await run(['report', '--period', period, '--today', TODAY]);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${message}\n`);
    expect(r.code).toBe(2);
  });

  test('a year and --period together, or neither, and the English messages', async () => {
    expect(await run(['report', '2025', '--period', '2023-2026'])).toEqual({ code: 2, stdout: '', stderr: 'sup report: ange antingen ett år eller --period, inte båda.\n' });
    expect((await run(['report'])).stderr).toBe('sup report: ange ett år (till exempel 2025) eller en programperiod med --period (till exempel --period 2023-2026).\n');
    const en = await run(['--lang', 'en', 'report', '--period', '2026-2023']);
    expect(en).toEqual({ code: 2, stdout: '', stderr: 'sup report: the period 2026-2023 ends before it starts. Write the earlier year first, for example 2023-2026.\n' });
  });

  test('the spawned binary: exit 2 at once for an absurd period, and a PDF is not written to a terminal', () => {
    const r = runBin(['report', '--period', '1-999999']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('inte "1-999999"');
    const dir = tempDir();
    expect(runBin(['report', '--period', '2023-2026', '-f', 'docx', '-o', join(dir, 'x')]).code).toBe(2);
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });
});

describe('what the revision should consider, derived from a small project', () => {
  test('years without a plan, a goal without activities, indicators without values, without a target and short of it, an activity not continued, missing decisions', async () => {
    const dir = composeFixture('base');
    writeTree(dir, {
      // A third member kommun, whose kommunstyrelse has no decision on the programme in program.md.
      'data/kommuner.yaml': `${readFileSync(join(dir, 'data/kommuner.yaml'), 'utf8')}  - id: huddinge\n    namn: Huddinge\n    kommunkod: "0126"\n`,
      'data/mal/tillgang.md': '---\ntyp: mål\nid: tillgang\nnivå: långsiktigt\ntitel: Södertörn är tillgängligt\nförälder: infrastruktur\n---\nText.\n',
      'data/indikatorer/tom.yaml': 'typ: indikator\nid: tom\nnamn: Utan värden\nmål: [klimat]\nenhet: procent\nriktning: ökar\nkälla:\n  typ: egen\n',
      'data/indikatorer/utan-mal.yaml': 'typ: indikator\nid: utan-mal\nnamn: Utan målvärde\nmål: [klimat]\nenhet: procent\nriktning: ökar\nkälla:\n  typ: egen\nutfall:\n  - år: 2025\n    värde: 4\n',
      // A Södertörn value computed by summa: 2025 is 3 + 4 = 7; 2026 has a kommun's value missing, so no total (never a part-sum).
      'data/indikatorer/pendling.yaml':
        'typ: indikator\nid: pendling\nnamn: Pendlare\nmål: [klimat]\nenhet: antal\nriktning: ökar\nsammanvägning: summa\nkälla:\n  typ: egen\nmålvärden:\n  - år: 2026\n    värde: 10\nutfall:\n' +
        '  - år: 2025\n    värde: saknas\n    kommuner:\n      - kommun: botkyrka\n        värde: 3\n      - kommun: haninge\n        värde: 4\n' +
        '  - år: 2026\n    värde: saknas\n    kommuner:\n      - kommun: botkyrka\n        värde: 5\n      - kommun: haninge\n        värde: saknas\n',
      'data/indikatorer/restid.yaml':
        'typ: indikator\nid: restid\nnamn: Restid\nmål: [tillgang]\nenhet: minuter\nriktning: minskar\nkälla:\n  typ: egen\nmålvärden:\n  - år: 2026\n    värde: 40\nutfall:\n  - år: 2024\n    värde: 44.5\n  - år: 2025\n    värde: 45.5\n',
    });
    const activity = join(dir, 'data/2025/aktivitet-a.md');
    writeFileSync(activity, readFileSync(activity, 'utf8').replace('status: genomförd', 'status: delvis genomförd'));
    const r = await run(['-C', dir, 'report', '--period', '2023-2026', '--draft', '--today', TODAY]);
    expect(r.code).toBe(0);
    const findings = r.stdout.slice(r.stdout.indexOf('## Att beakta vid revideringen'), r.stdout.indexOf('## Bilaga. Källor'));
    expect(findings).toBe(
      [
        '## Att beakta vid revideringen',
        '',
        'Det här följer av datan för perioden. Kansliets egen analys skrivs i förslaget till nästa program.',
        '',
        '### Verksamhetsplaner och årsredovisningar',
        '',
        '- 2023: det finns ingen verksamhetsplan.',
        '- 2024: det finns ingen verksamhetsplan.',
        '- 2026: det finns ingen verksamhetsplan.',
        '',
        '### Mål utan aktiviteter',
        '',
        '- ”Södertörn är tillgängligt” hade inga aktiviteter 2025.',
        '',
        '### Indikatorer',
        '',
        '- ”Pendlare” nådde inte målvärdet 10 (2026): det senaste värdet är 7 (2025).',
        // The indicator's own fixed decimals (one, from 44,5 and 45,5), as its table writes the target.
        '- ”Restid” nådde inte målvärdet 40,0 (2026): det senaste värdet är 45,5 (2025).',
        '- ”Utan värden” har inga värden för perioden.',
        '- ”Utan målvärde” har inget målvärde att mäta perioden mot.',
        '',
        '### Aktiviteter som inte genomfördes',
        '',
        '- ”Kartlägga laddplatser” (2025): delvis genomförd, och aktiviteten fortsätter inte i nästa års verksamhetsplan.',
        '',
        '### Beslut om programmet',
        '',
        '- Beslut om SUP 2040 saknas i kommunstyrelserna i Huddinge.',
        '',
        '',
      ].join('\n'),
    );
    // The figure's Södertörn row is the same total the finding uses; the part-sum of 2026 is saknas.
    expect(r.stdout).toMatch(/^\| 2025 +\| +7 \| +3 \| +4 \| +\|$/m);
    expect(r.stdout).toMatch(/^\| 2026 +\| +saknas \| +5 \| +saknas \| +10 \|$/m);
    expect(r.stdout.slice(r.stdout.indexOf('## Bilaga. Källor'))).toBe(
      '## Bilaga. Källor\n\n- **Pendlare**: Egen beräkning\n- **Restid**: Egen beräkning\n- **Utan värden**: Egen beräkning\n- **Utan målvärde**: Egen beräkning\n',
    );
  });
});
