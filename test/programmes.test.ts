/**
 * Several programmes in one repository: `sup new program --från --period` makes a draft successor
 * with the goals copied and linked (`ersätter:`), the earlier programme's goals stay and are not a
 * later year's, plans belong to the programme valid in their year, and the adoption is data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkProject } from '../src/check/check-project.js';
import { composeFixture, run, TODAY, writeTree } from './helpers.js';

const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

describe('sup new program --från --period', () => {
  test('a draft successor with the vision and goals copied, linked and checked; the 2025 report unchanged', async () => {
    const dir = composeFixture('base');
    const reportBefore = await run(['report', '2025', '--today', TODAY], { cwd: dir });
    const r = await run(['new', 'program', '--från', 'sup-2040', '--period', '2027-2030'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'Skapade utkastet "sup-2040-2027-2030" för 2027–2030 i data/sup-2040-2027-2030/ med visionen och målen från "sup-2040" (3 mål, länkade med ersätter:):\n' +
        '  data/sup-2040-2027-2030/program.md ("sup-2040-2027-2030", ersätter "sup-2040")\n' +
        '  data/sup-2040-2027-2030/mal/vision-2027-2030.md ("vision-2027-2030", ersätter "vision")\n' +
        '  data/sup-2040-2027-2030/mal/infrastruktur-2027-2030.md ("infrastruktur-2027-2030", ersätter "infrastruktur")\n' +
        '  data/sup-2040-2027-2030/mal/klimat-2027-2030.md ("klimat-2027-2030", ersätter "klimat")\n',
    );
    expect(read(dir, 'data/sup-2040-2027-2030/mal/klimat-2027-2030.md')).toBe(
      read(dir, 'data/mal/klimat.md')
        .replace('id: klimat\n', 'id: klimat-2027-2030\n')
        .replace('förälder: infrastruktur\n', 'förälder: infrastruktur-2027-2030\n')
        .replace('ägare: klimatstrateger\n', 'ägare: klimatstrateger\nprogram: sup-2040-2027-2030\nersätter: klimat\n'),
    );
    const program = read(dir, 'data/sup-2040-2027-2030/program.md');
    expect(program).toContain('id: sup-2040-2027-2030\nnamn: Södertörns utvecklingsprogram SUP 2040, förslag för 2027–2030\nkortnamn: SUP 2040 (förslag 2027–2030)\ngiltighet:\n  från: 2027\n  till: 2030\n');
    expect(program).toContain('\nutkast: true\nersätter: sup-2040\n---\n\n> **Utkast.** Förslag till nytt utvecklingsprogram för 2027–2030, skapat ur SUP 2040.');
    // The predecessor's decisions are not copied.
    expect(program).not.toContain('beslut:');
    // The repository stays clean, the predecessor untouched, its report the same bytes.
    const check = await run(['check', '--today', TODAY], { cwd: dir });
    expect(check.stdout).toMatch(/^✔ Inga fel i \d+ filer\.\n$/);
    expect(read(dir, 'data/mal/klimat.md')).toBe(read(composeFixture('base'), 'data/mal/klimat.md'));
    expect((await run(['report', '2025', '--today', TODAY], { cwd: dir })).stdout).toBe(reportBefore.stdout);
    // A second time, the ids are taken: refused, nothing written.
    const again = await run(['new', 'program', '--från', 'sup-2040', '--period', '2027-2030'], { cwd: dir });
    expect(again).toMatchObject({ code: 1, stdout: '', stderr: 'sup new: Id "sup-2040-2027-2030" används redan (data/sup-2040-2027-2030/program.md). Välj ett annat med --id.\n' });
  });

  test('a plan of 2027 belongs to the successor: sup new verksamhetsplan picks it, and the rule names it for a plan that points to the old one', async () => {
    const dir = composeFixture('base');
    expect((await run(['new', 'program', '--från', 'sup-2040', '--period', '2027-2030'], { cwd: dir })).code).toBe(0);
    const plan = await run(['new', 'verksamhetsplan', '--år', '2027'], { cwd: dir });
    expect(plan.stderr).toBe('');
    expect(read(dir, 'data/2027/verksamhetsplan.md')).toContain('program: sup-2040-2027-2030');
    writeTree(dir, { 'data/2028/verksamhetsplan.md': '---\ntyp: verksamhetsplan\nid: vp-2028\når: 2028\nprogram: sup-2040\nbudget: []\n---\nPlanen.\n' });
    const result = checkProject({ root: dir, lang: 'sv', today: TODAY });
    const outside = result.diagnostics.filter((d) => d.ruleId === 'plan/outside-program');
    expect(outside.map((d) => [d.file, d.message, d.hint])).toEqual([
      [
        'data/2028/verksamhetsplan.md',
        'Verksamhetsplanen gäller 2028, utanför programmet "sup-2040" (2023–2026).',
        '2028 ligger inom programmet "sup-2040-2027-2030" (2027–2030): låt planen peka på det med program: sup-2040-2027-2030.',
      ],
    ]);
    // The 2027 plan asks for activities towards the successor's goals, never the predecessor's.
    const noActivity = result.diagnostics.filter((d) => d.ruleId === 'goal/no-activity').map((d) => d.message);
    expect(noActivity.filter((m) => m.includes('för 2027'))).toEqual([
      'Programmets mål "infrastruktur-2027-2030" har ingen aktivitet i verksamhetsplanen för 2027, varken direkt eller genom ett delmål.',
      'Programmets mål "klimat-2027-2030" har ingen aktivitet i verksamhetsplanen för 2027, varken direkt eller genom ett delmål.',
    ]);
    expect(noActivity.filter((m) => m.includes('för 2025'))).toEqual([]);
  });

  test.each([
    [['--från', 'sup-2041', '--period', '2027-2030'], 1, 'sup new: Det finns inget program med id "sup-2041". Menade du "sup-2040"?\n'],
    [['--från', 'sup-2040', '--period', '2030-2027'], 2, 'sup new: --period ska vara två år med bindestreck, det första före det andra, till exempel --period 2027-2030, inte "2030-2027".\n'],
    [['--från', 'sup-2040', '--period', '2025-2028'], 1, 'sup new: Perioden 2025-2028 överlappar föregångaren "sup-2040" (2023–2026). Efterföljaren börjar tidigast året efter.\n'],
    [['--period', '2027-2030'], 2, 'sup new: sup new program kräver --från <program> och --period <år-år>, till exempel sup new program --från sup-2040 --period 2027-2030.\n'],
    [['--från', 'sup-2040', '--period', '2027-2030', '--id', 'Nytt_Program'], 1, 'sup new: '],
  ])('refused: %j', async (args, code, stderr) => {
    const dir = composeFixture('base');
    const r = await run(['new', 'program', ...args], { cwd: dir });
    expect(r.code).toBe(code);
    expect(r.stderr.startsWith(stderr)).toBe(true);
    expect(existsSync(join(dir, 'data/sup-2040-2027-2030'))).toBe(false);
  });
});
