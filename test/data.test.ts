import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkProject } from '../src/check/check-project.js';
import { arr, entitiesOf, lookup, str } from '../src/load/project.js';
import { REPO } from './helpers.js';

const result = checkProject({ root: REPO });
const project = result.project;

describe('the embedded SUP 2040 data', () => {
  test('passes sup check without errors', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  test('the eight municipalities with their SCB codes', () => {
    const kommuner = entitiesOf(project, 'kommun').map((k) => `${str(k.data, 'namn')} ${str(k.data, 'kommunkod')}`);
    expect(kommuner).toEqual([
      'Botkyrka 0127',
      'Haninge 0136',
      'Huddinge 0126',
      'Nykvarn 0140',
      'Nynäshamn 0192',
      'Salem 0128',
      'Södertälje 0181',
      'Tyresö 0138',
    ]);
  });

  test('the goals of the programme, verbatim, with their owners (Figur 4)', () => {
    const goals = entitiesOf(project, 'mål')
      // SUP 2040's own goals; the draft successor's copies name their programme.
      .filter((g) => str(g.data, 'nivå') !== 'delmål' && g.data.program === undefined)
      .map((g) => [str(g.data, 'nivå'), str(g.data, 'titel'), g.data.ägare]);
    expect(goals).toEqual([
      [
        'övergripande',
        'En tillgänglig och hållbar infrastruktur bidrar till ett välmående näringsliv, motverkar segregation och skapar en gemensam arbetsmarknad på Södertörn',
        'rufs',
      ],
      ['långsiktigt', 'Södertörn leder vägen i omställningen mot ett hållbart transportsystem', 'klimatstrateger'],
      ['långsiktigt', 'Södertörn – Sveriges mest tillgängliga storstadsregion', 'trafikstrateger'],
      ['vision', 'Södertörn leder Sveriges starka och hållbara tillväxt', 'rufs'],
    ]);
  });

  test('the three standing networks have one member from each of the eight municipalities', () => {
    const standing = entitiesOf(project, 'nätverk').filter((n) => n.data.form === 'stående');
    expect(standing.map((n) => str(n.data, 'namn')).sort()).toEqual([
      'Nätverk för klimatstrateger',
      'Nätverk för strategiska regionala utvecklingsfrågor',
      'Nätverk för trafikstrateger',
    ]);
    for (const n of standing) expect(arr(n.data, 'medlemmar')).toHaveLength(8);
  });

  test('no private person is named', () => {
    for (const n of entitiesOf(project, 'nätverk')) {
      for (const m of arr(n.data, 'medlemmar')) expect(Object.keys(m as object).sort()).toEqual(['kommun', 'roll']);
    }
  });

  test('the example years are complete and marked as examples', () => {
    const plan = lookup(project, 'vp-2025', 'verksamhetsplan')!;
    expect(plan.data.exempel).toBe(true);
    const delmal = entitiesOf(project, 'mål').filter((g) => g.data.nivå === 'delmål');
    const activities = entitiesOf(project, 'aktivitet');
    expect(delmal.length).toBeGreaterThanOrEqual(3);
    expect(activities.length).toBeGreaterThanOrEqual(10);
    const responsible = new Set(activities.map((a) => a.data.ansvarig));
    for (const party of ['rufs', 'trafikstrateger', 'klimatstrateger', 'kansliet']) expect(responsible).toContain(party);
    for (const goal of ['klimatomstallning', 'tillganglighet']) {
      expect(entitiesOf(project, 'indikator').some((i) => arr(i.data, 'mål').includes(goal))).toBe(true);
    }
    // 2026 is not over (the data stands at December 2026): it has its plan, and no årsredovisning yet.
    expect(entitiesOf(project, 'årsredovisning').map((a) => a.id).sort()).toEqual(['ar-2023', 'ar-2024', 'ar-2025']);
    expect(entitiesOf(project, 'verksamhetsplan').map((p) => p.id).sort()).toEqual(['vp-2023', 'vp-2024', 'vp-2025', 'vp-2026']);
    for (const doc of [...entitiesOf(project, 'verksamhetsplan'), ...entitiesOf(project, 'årsredovisning')]) {
      // The header comment says it in the file itself, before any field.
      expect(readFileSync(join(REPO, doc.file.path), 'utf8').split('\n')[1], doc.file.path).toMatch(/^# Exempel: påhitta[dt] /);
    }
    for (const e of [...delmal, ...activities, ...entitiesOf(project, 'indikator'), ...entitiesOf(project, 'årsredovisning'), ...entitiesOf(project, 'verksamhetsplan')]) {
      expect(e.data.exempel, e.file.path).toBe(true);
      expect(e.file.path.startsWith('data/exempel/'), e.file.path).toBe(true);
    }
  });

  test('Swedish names are spelt with å, ä and ö everywhere', () => {
    const walk = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
    const bad: string[] = [];
    for (const file of walk(join(REPO, 'data'))) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/Sodert[oa]|Nynashamn|Tyreso\b|Sodertorn|Hogdal|Malardal|Overgripande|Langsiktig/.test(line)) bad.push(`${relative(REPO, file)}:${i + 1}`);
        });
    }
    expect(bad).toEqual([]);
  });
});
