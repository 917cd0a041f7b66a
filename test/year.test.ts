import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runMv } from '../src/cli/commands/mv.js';
import type { CliIo } from '../src/cli/io.js';
import { copyRealData, run, TODAY } from './helpers.js';

const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');
const ACT = 'data/exempel/2025/aktiviteter';

describe('next year with carry-over', () => {
  test('sup new verksamhetsplan --från carries over the budget, the five unfinished activities and, with --delmål, the delmål not met', async () => {
    const dir = copyRealData({ until: 2025 });
    const r = await run(['-C', dir, 'new', 'verksamhetsplan', '--år', '2026', '--från', 'vp-2025', '--delmål']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      'Skapade data/2026/verksamhetsplan.md (verksamhetsplan "vp-2026") med budgeten från "vp-2025" (6 poster, beloppen som förslag) och förde över 5 aktiviteter som inte blev klara och 4 delmål som inte bedömdes som uppfyllda:',
    );
    expect(readdirSync(join(dir, 'data/2026/aktiviteter')).sort()).toEqual([
      'godstransporter-kunskapsunderlag-2026.md',
      'laddinfrastruktur-plan-2026.md',
      'regionala-cykelstrak-prioritering-2026.md',
      'sparvag-syd-positionspapper-2026.md',
      'trafikforsorjningsprogram-remissvar-2026.md',
    ]);
    const plan = read(dir, 'data/2026/verksamhetsplan.md');
    expect(plan).toContain('  - id: kansli\n    rubrik: Kansliets personal och drift\n    belopp: 2400000\n');
    const carried = read(dir, 'data/2026/aktiviteter/laddinfrastruktur-plan-2026.md');
    expect(carried).toContain('mål:\n  - delmal-2026-laddinfrastruktur\n  - klimatomstallning\n');
    expect(carried).toContain('status: pågår\nfortsätter: laddinfrastruktur-plan\nexempel: true\n');
    // The carried plan leaves no activity of 2025 without a continuation.
    const check = await run(['-C', dir, 'check', '--today', TODAY]);
    expect(check.stdout).not.toContain('plan/carry-over');
  });

  test('a plan for the next year without --från warns about every unfinished activity', async () => {
    const dir = copyRealData({ until: 2025 });
    expect((await run(['-C', dir, 'new', 'verksamhetsplan', '--år', '2026', '--fält', 'exempel=true'])).code).toBe(0);
    const check = await run(['-C', dir, 'check', '--today', TODAY]);
    expect(check.stdout.match(/plan\/carry-over/g)?.length).toBe(5);
  });
});

describe('pre-filled årsredovisning and refusals of unfinished documents', () => {
  test('sup new årsredovisning --år writes an entry per activity, goal and budget line; sup report refuses until they are filled in', async () => {
    const dir = copyRealData({ until: 2025 });
    expect((await run(['-C', dir, 'new', 'verksamhetsplan', '--år', '2026', '--från', 'vp-2025'])).code).toBe(0);
    const made = await run(['-C', dir, 'new', 'årsredovisning', '--år', '2026']);
    expect(made.code).toBe(0);
    const ar = read(dir, 'data/2026/arsredovisning.md');
    expect(ar).toContain('  - aktivitet: laddinfrastruktur-plan-2026\n    resultat: ""\n');
    expect(ar).toContain('  - mål: klimatomstallning\n    bedömning: ""\n    motivering: ""\n');
    expect(ar).toContain('  - post: kansli\n    utfall: ""\n');
    const report = await run(['-C', dir, 'report', '2026', '--today', TODAY]);
    expect(report.code).toBe(1);
    expect(report.stdout).toBe('');
    // Every empty entry and every filler paragraph of the document's files is listed.
    expect(report.stderr.match(/report\/empty/g)?.length).toBe(5 + 2 * 3 + 6);
    expect(report.stderr).toContain('data/2026/arsredovisning.md:');
    expect(report.stderr).toContain('Mallens utfyllnadstext står kvar: "Skriv förvaltningsberättelsens inledning här."');
    expect(report.stderr).toMatch(/sup report: dokumentet har \d+ ställen som inte är ifyllda eller där mallens utfyllnadstext står kvar/);
    // A draft is still possible.
    expect((await run(['-C', dir, 'report', '2026', '--draft', '--today', TODAY])).code).toBe(0);
    // sup set fills an entry by its key, and several fields at once.
    const set = await run(['-C', dir, 'set', 'ar-2026', 'måluppfyllelse.klimatomstallning.bedömning=delvis uppfyllt', 'måluppfyllelse.klimatomstallning.motivering=Laddplanen antogs.']);
    expect(set.code).toBe(0);
    expect(read(dir, 'data/2026/arsredovisning.md')).toContain('  - mål: klimatomstallning\n    bedömning: delvis uppfyllt\n    motivering: Laddplanen antogs.\n');
  });

  test('sup plan refuses filler text left in the plan, with the place', async () => {
    const dir = copyRealData({ until: 2025 });
    expect((await run(['-C', dir, 'new', 'verksamhetsplan', '--år', '2026', '--från', 'vp-2025'])).code).toBe(0);
    const r = await run(['-C', dir, 'plan', '2026', '--today', TODAY]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('data/2026/verksamhetsplan.md:33:1  varning  Mallens utfyllnadstext står kvar: "Skriv planens inledning här:".');
    writeFileSync(join(dir, 'data/2026/verksamhetsplan.md'), read(dir, 'data/2026/verksamhetsplan.md').replace(/Skriv planens inledning här:.*\n?$/s, 'Året 2026 fortsätter arbetet.\n'));
    const again = await run(['-C', dir, 'plan', '2026', '--today', TODAY]);
    expect(again.code).toBe(0);
  });
});

describe('example data kept apart', () => {
  test('a real plan beside the example year is an error naming both files', async () => {
    const dir = copyRealData({ until: 2025 });
    const r = await run(['-C', dir, 'new', 'verksamhetsplan', '--år', '2026']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('data/exempel/2025/indikatorer/publika-laddpunkter.yaml:31:1  fel  "publika-laddpunkter" är påhittad exempeldata (exempel: true) men skulle komma med i "vp-2026", som inte är ett exempel.');
    expect(r.stderr).toContain('Se även: data/2026/verksamhetsplan.md:3:1 (Verksamhetsplanen "vp-2026" är inget exempel.)');
    expect(existsSync(join(dir, 'data/2026'))).toBe(false);
  });
});

describe('decided is decided', () => {
  test('a decided plan refuses a change without --efter-beslut and records the reason with it', async () => {
    const dir = copyRealData({ until: 2025 });
    const file = `${ACT}/gemensam-webbplats.md`;
    const before = read(dir, file);
    const refused = await run(['-C', dir, 'set', 'gemensam-webbplats', 'budget.belopp', '1']);
    expect(refused).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'sup set: budget.belopp för "gemensam-webbplats" är beslutat (vp-2025 beslutades 2024-12-06) och ändras inte utan skäl. Ange --efter-beslut "<skäl>" om ändringen ska göras ändå; skälet skrivs in i filen så att granskarna ser det.\n',
    });
    expect(read(dir, file)).toBe(before);
    const status = await run(['-C', dir, 'set', 'laddinfrastruktur-plan', 'status', 'genomförd']);
    expect(status.stderr).toContain('(ar-2025 beslutades 2026-02-09)');
    const done = await run(['-C', dir, 'set', 'gemensam-webbplats', 'budget.belopp', '1', '--efter-beslut', 'Rättat belopp']);
    expect(done.code).toBe(0);
    expect(read(dir, file)).toBe(
      before.replace('  belopp: 90000\n', '  belopp: 1\n').replace('exempel: true\n', 'exempel: true\nändrat_efter_beslut:\n  - datum: "' + localToday() + '"\n    fält: budget.belopp\n    skäl: Rättat belopp\n'),
    );
  });
});

describe('sup set on lists and years', () => {
  test('utfall.2026.värde adds the year in order; medverkande takes a list, --lägg-till and --ta-bort; every other byte stays', async () => {
    const dir = copyRealData({ until: 2025 });
    const ind = 'data/exempel/2025/indikatorer/publika-laddpunkter.yaml';
    const before = read(dir, ind);
    expect((await run(['-C', dir, 'set', 'publika-laddpunkter', 'utfall.2026.värde', '2,4'])).code).toBe(0);
    expect(read(dir, ind)).toBe(before.replace('exempel: true', '  - år: 2026\n    värde: 2.4\nexempel: true'));
    // An activity of the undecided example plan would be locked; a new delmål file of its own is not needed: use an undecided plan.
    expect((await run(['-C', dir, 'new', 'verksamhetsplan', '--år', '2026', '--från', 'vp-2025'])).code).toBe(0);
    const act = 'data/2026/aktiviteter/sparvag-syd-positionspapper-2026.md';
    const a0 = read(dir, act);
    expect((await run(['-C', dir, 'set', 'sparvag-syd-positionspapper-2026', 'medverkande', 'botkyrka,haninge'])).code).toBe(0);
    const a1 = read(dir, act);
    expect(a1).toMatch(/medverkande:\n {2}- botkyrka\n {2}- haninge\nperiod:/);
    expect((await run(['-C', dir, 'set', 'sparvag-syd-positionspapper-2026', 'medverkande', '--lägg-till', 'salem', '--ta-bort', 'botkyrka'])).code).toBe(0);
    expect(read(dir, act)).toBe(a1.replace('  - botkyrka\n  - haninge\n', '  - haninge\n  - salem\n'));
    expect(a0.split('period:')[1]).toBe(read(dir, act).split('period:')[1]);
    const bad = await run(['-C', dir, 'set', 'sparvag-syd-positionspapper-2026', 'medverkande', '--ta-bort', 'nykvarn']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('sup set: "nykvarn" finns inte i medverkande ("haninge" och "salem").\n');
  });

  test('status words are refused the same way by new and set, with the suggestion', async () => {
    const dir = copyRealData({ until: 2025 });
    const set = await run(['-C', dir, 'set', 'laddinfrastruktur-plan', 'status', 'genomford']);
    expect(set.stderr).toContain('Menade du "genomförd"?');
    const made = await run(['-C', dir, 'new', 'aktivitet', '--titel', 'X', '--verksamhetsplan', 'vp-2025', '--mål', 'klimatomstallning', '--ansvarig', 'kansliet', '--från', '2025-03-01', '--till', '2025-04-01', '--status', 'genomford']);
    expect(made.code).toBe(1);
    expect(made.stderr).toContain('Menade du "genomförd"?');
  });
});

describe('sup mv and sup refs', () => {
  test('renames the id, the file and every reference in one change; refs lists them', async () => {
    const dir = copyRealData({ until: 2025 });
    const refs = await run(['-C', dir, 'refs', 'delmal-2025-lansplan']);
    expect(refs.stdout).toBe('data/exempel/2025/aktiviteter/lansplan-inspel.md:7:5  mål.0\ndata/exempel/2025/arsredovisning.md:139:10  måluppfyllelse.2.mål\n');
    const act = read(dir, `${ACT}/lansplan-inspel.md`);
    // The delmål, the activity's goals and the report are decided: a rename needs a reason.
    const locked = await run(['-C', dir, 'mv', 'delmal-2025-lansplan', 'delmal-2025-lansplanen']);
    expect(locked.code).toBe(1);
    expect(locked.stderr).toBe(
      'sup mv: id för "delmal-2025-lansplan" är beslutat (vp-2025 beslutades 2024-12-06) och ändras inte utan skäl. Ange --efter-beslut "<skäl>" om ändringen ska göras ändå; skälet skrivs in i filen så att granskarna ser det.\n' +
        '  data/exempel/2025/aktiviteter/lansplan-inspel.md:7:5\n  data/exempel/2025/arsredovisning.md:139:10\n  data/exempel/2025/delmal/delmal-2025-lansplan.md:3:5\n',
    );
    expect(read(dir, `${ACT}/lansplan-inspel.md`)).toBe(act);
    const r = await run(['-C', dir, 'mv', 'delmal-2025-lansplan', 'delmal-2025-lansplanen', '--efter-beslut', 'Stavningen rättad', '--today', '2026-03-02']);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'data/exempel/2025/delmal/delmal-2025-lansplan.md'))).toBe(false);
    const record = 'ändrat_efter_beslut:\n  - datum: "2026-03-02"\n    fält: id delmal-2025-lansplan → delmal-2025-lansplanen\n    skäl: Stavningen rättad\n';
    expect(read(dir, 'data/exempel/2025/delmal/delmal-2025-lansplanen.md')).toContain('id: delmal-2025-lansplanen\n');
    expect(read(dir, 'data/exempel/2025/delmal/delmal-2025-lansplanen.md')).toContain(record);
    expect(read(dir, 'data/exempel/2025/arsredovisning.md')).toContain(record);
    expect(read(dir, `${ACT}/lansplan-inspel.md`)).toBe(act.replace('  - delmal-2025-lansplan\n', '  - delmal-2025-lansplanen\n').replace('exempel: true\n', `exempel: true\n${record}`));
    expect((await run(['-C', dir, 'check', '--today', TODAY])).code).toBe(0);
  });

  test('a write that fails midway restores the files already written', async () => {
    const dir = copyRealData({ until: 2025 });
    const before = read(dir, `${ACT}/lansplan-inspel.md`);
    let writes = 0;
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const hooks = { beforeCommit: () => {
      writes++;
      if (writes === 2) throw full;
    } };
    let stderr = '';
    const io: CliIo = { stdout: () => {}, stderr: (s) => (stderr += s), cwd: dir, env: {}, isTTY: false };
    expect(await runMv('delmal-2025-lansplan', 'delmal-2025-lansplanen', { C: dir }, io, hooks, { afterDecision: 'Stavningen rättad' })).toBe(2);
    expect(stderr).toContain('disken är full');
    expect(read(dir, `${ACT}/lansplan-inspel.md`)).toBe(before);
    expect(existsSync(join(dir, 'data/exempel/2025/delmal/delmal-2025-lansplan.md'))).toBe(true);
    expect(existsSync(join(dir, 'data/exempel/2025/delmal/delmal-2025-lansplanen.md'))).toBe(false);
  });
});

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
