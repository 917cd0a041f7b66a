import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { copyRealData, run } from './helpers.js';

describe('sup show', () => {
  test('prints a goal with its owner, parent, activities, indicators and every place that refers to it', async () => {
    const r = await run(['show', 'delmal-2025-laddinfrastruktur']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'mål delmal-2025-laddinfrastruktur – En gemensam plan för publik laddinfrastruktur på Södertörn är framtagen och förankrad i kommunerna',
        '  fil:         data/exempel/2025/delmal/delmal-2025-laddinfrastruktur.md:2',
        '  år:          2025',
        '  ägare:       klimatstrateger (Nätverk för klimatstrateger)',
        '  förälder:    klimatomstallning (Södertörn leder vägen i omställningen mot ett hållbart transportsystem)',
        '  aktiviteter: laddinfrastruktur-kartlaggning (Kartläggning av publik laddinfrastruktur och laddbehov på Södertörn)',
        '               laddinfrastruktur-plan (Gemensam plan för publik laddinfrastruktur)',
        '  indikatorer: ingenting',
        '  hänvisas till från:',
        '    data/exempel/2025/aktiviteter/laddinfrastruktur-kartlaggning.md:7:5  mål.0  (laddinfrastruktur-kartlaggning)',
        '    data/exempel/2025/aktiviteter/laddinfrastruktur-plan.md:7:5  mål.0  (laddinfrastruktur-plan)',
        '    data/exempel/2025/arsredovisning.md:127:10  måluppfyllelse.0.mål  (ar-2025)',
        '    data/exempel/2026/delmal/delmal-2026-laddplan.md:10:13  fortsätter  (delmal-2026-laddplan)',
        '',
      ].join('\n'),
    );
  });

  test('an activity in English, and as JSON with the same relations', async () => {
    const en = await run(['--lang', 'en', 'show', 'laddinfrastruktur-kartlaggning']);
    expect(en.stdout).toContain('  responsible: klimatstrateger (Nätverk för klimatstrateger)\n');
    expect(en.stdout).toContain('  referred to from:\n    data/exempel/2025/arsredovisning.md:10:16  aktiviteter.0.aktivitet  (ar-2025)\n');
    const json = await run(['show', 'laddinfrastruktur-kartlaggning', '--format', 'json']);
    expect(json.code).toBe(0);
    const d = JSON.parse(json.stdout);
    expect(d).toMatchObject({ id: 'laddinfrastruktur-kartlaggning', kind: 'aktivitet', year: 2025, status: 'genomförd', owner: { id: 'klimatstrateger' } });
    expect(d.goals.map((g: { id: string }) => g.id)).toEqual(['delmal-2025-laddinfrastruktur']);
    expect(d.referencedBy).toEqual([{ file: 'data/exempel/2025/arsredovisning.md', line: 10, column: 16, field: 'aktiviteter.0.aktivitet', from: 'ar-2025' }]);
  });

  test('an unknown id is exit 1 with a suggestion; a bad format is a usage error', async () => {
    const r = await run(['show', 'klimatomstalning']);
    expect(r).toEqual({ code: 1, stdout: '', stderr: 'sup show: Det finns ingen post med id "klimatomstalning". Menade du "klimatomstallning"?\n' });
    expect((await run(['show', 'vision', '--format', 'xml'])).code).toBe(2);
  });
});

describe('sup ls', () => {
  test('lists the activities of a year with a status, aligned', async () => {
    const r = await run(['ls', 'aktivitet', '--år', '2025', '--status', 'pågår']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'godstransporter-kunskapsunderlag  2025  pågår  arbetsgrupp-godstransporter  Kunskapsunderlag om godstransporter och logistik på Södertörn',
        'sparvag-syd-positionspapper       2025  pågår  rufs                         Gemensamt positionspapper om Spårväg syd',
        '',
      ].join('\n'),
    );
  });

  test('filters delmål by owner, as JSON; no match is exit 0 with a note; an unknown kind a usage error with a suggestion', async () => {
    const json = await run(['ls', 'delmal', '--ansvarig', 'rufs', '--format', 'json']);
    expect(JSON.parse(json.stdout).map((r: { id: string }) => r.id)).toEqual([
      'delmal-2023-enad-rost',
      'delmal-2024-enad-rost',
      'delmal-2025-godstransporter',
      'delmal-2025-tvarforbindelse-sparvag',
      'delmal-2026-godstransporter',
      'delmal-2026-nasta-program',
    ]);
    const none = await run(['ls', 'aktivitet', '--år', '2031']);
    expect(none).toEqual({ code: 0, stdout: '', stderr: 'Inga poster av sorten aktivitet som stämmer med urvalet.\n' });
    const bad = await run(['ls', 'aktiviteter']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Menade du "aktivitet"?');
    expect((await run(['ls', 'aktivitet', '--år', '25'])).code).toBe(2);
  });
});

describe('sup rm', () => {
  test('refuses to remove an entity that is still referred to and lists every place; removes one nothing refers to', async () => {
    const dir = copyRealData({ planUndecided: true });
    const refused = await run(['-C', dir, 'rm', 'delmal-2025-lansplan']);
    expect(refused).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'sup rm: "delmal-2025-lansplan" tas inte bort: 2 ställen hänvisar fortfarande till posten. Ändra eller ta bort hänvisningarna först (sup set, sup unlink) eller byt id med sup mv:\n' +
        '  data/exempel/2025/aktiviteter/lansplan-inspel.md:7:5  mål.0\n' +
        '  data/exempel/2025/arsredovisning.md:139:10  måluppfyllelse.2.mål\n',
    });
    expect(existsSync(join(dir, 'data/exempel/2025/delmal/delmal-2025-lansplan.md'))).toBe(true);
    const kommun = await run(['-C', dir, 'rm', 'botkyrka']);
    expect(kommun.code).toBe(1);
    const nothing = await run(['-C', dir, 'new', 'aktivitet', '--titel', 'Tillfällig aktivitet', '--mål', 'infrastruktur', '--ansvarig', 'rufs', '--verksamhetsplan', 'vp-2025', '--från', '2025-03-01', '--till', '2025-05-31', '--fält', 'exempel=true']);
    expect(nothing.code).toBe(0);
    // The plan is not decided here, but the annual report for its year is.
    const locked = await run(['-C', dir, 'rm', 'tillfallig-aktivitet']);
    expect(locked.stderr).toBe(
      'sup rm: "tillfallig-aktivitet" hör till beslutat innehåll (ar-2025 beslutades 2026-02-09) och tas inte bort utan skäl. Ange --efter-beslut "<skäl>" om den ska tas bort ändå; skälet skrivs in i det beslutade dokumentet så att granskarna ser det.\n',
    );
    const removed = await run(['-C', dir, 'rm', 'tillfallig-aktivitet', '--efter-beslut', 'Felregistrerad']);
    expect(removed).toMatchObject({ code: 0, stdout: 'Tog bort data/exempel/2025/aktiviteter/tillfallig-aktivitet.md ("tillfallig-aktivitet").\n' });
    expect(existsSync(join(dir, 'data/exempel/2025/aktiviteter/tillfallig-aktivitet.md'))).toBe(false);
  });
});

describe('decided plans: sup new and sup rm', () => {
  test('a new activity in a decided plan needs --efter-beslut, and the file records the reason with the date of --today', async () => {
    const dir = copyRealData();
    const args = ['-C', dir, 'new', 'aktivitet', '--titel', 'Extra seminarium', '--mål', 'infrastruktur', '--ansvarig', 'rufs', '--verksamhetsplan', 'vp-2025', '--från', '2025-09-01', '--till', '2025-09-30', '--fält', 'exempel=true'];
    const refused = await run(args);
    expect(refused).toEqual({
      code: 1,
      stdout: '',
      stderr: 'sup new: "vp-2025" beslutades 2024-12-06; en ny aktivitet läggs inte till i en beslutad plan utan skäl. Ange --efter-beslut "<skäl>" om det ska göras ändå; skälet skrivs in i filen så att granskarna ser det.\n',
    });
    expect(existsSync(join(dir, 'data/exempel/2025/aktiviteter/extra-seminarium.md'))).toBe(false);
    const made = await run([...args, '--efter-beslut', 'Beslut i ledningsgruppen 2025-08-20', '--today', '2025-08-21']);
    expect(made.code).toBe(0);
    expect(readFileSync(join(dir, 'data/exempel/2025/aktiviteter/extra-seminarium.md'), 'utf8')).toContain(
      'ändrat_efter_beslut:\n  - datum: "2025-08-21"\n    fält: ny aktivitet\n    skäl: Beslut i ledningsgruppen 2025-08-20\n',
    );
    // Removing it again: decided too, the reason goes into the plan that covered it.
    expect((await run(['-C', dir, 'rm', 'extra-seminarium'])).code).toBe(1);
    const removed = await run(['-C', dir, 'rm', 'extra-seminarium', '--efter-beslut', 'Ställdes in', '--today', '2025-08-30']);
    expect(removed.code).toBe(0);
    expect(readFileSync(join(dir, 'data/exempel/2025/verksamhetsplan.md'), 'utf8')).toContain(
      'ändrat_efter_beslut:\n  - datum: "2025-08-30"\n    fält: aktivitet extra-seminarium borttagen\n    skäl: Ställdes in\n',
    );
    expect((await run(['-C', dir, 'new', 'aktivitet', '--today', '2025-13-01'])).code).toBe(2);
  });
});
