import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkProject } from '../src/check/check-project.js';
import { FILE_RULE_IDS, RULES } from '../src/check/rules/index.js';
import { composeFixture, FIXTURES, locations, runBin, subfolders, TODAY } from './helpers.js';

/**
 * Each folder under test/fixtures/rules/ is named after a rule id ('/' written as '-') and holds
 * two overlays on test/fixtures/base/: ok/ (must give no finding at all) and not-ok/ (must give
 * exactly these findings, as `file:line:column ruleId`).
 */
const EXPECTED: Record<string, string[]> = {
  'schema/type': ['data/mal/klimat.md:5:8 schema/type'],
  'schema/required': ['data/mal/klimat.md:2:1 schema/required'],
  'schema/enum': ['data/natverk/rufs.md:5:7 schema/enum'],
  'schema/additional': ['data/mal/klimat.md:8:1 schema/additional'],
  'schema/pattern': ['data/kommuner.yaml:5:16 schema/pattern'],
  'schema/format': ['data/2025/aktivitet-a.md:9:9 schema/format'],
  'schema/range': ['data/2025/aktivitet-a.md:13:11 schema/range'],
  'schema/length': ['data/natverk/rufs.md:4:7 schema/length'],
  'schema/unique': ['data/2025/aktivitet-a.md:6:20 schema/unique'],
  'schema/any-of': ['data/2025/arsredovisning.md:7:15 schema/any-of', 'data/2025/arsredovisning.md:7:15 schema/enum', 'data/2025/arsredovisning.md:7:15 schema/type'],
  'schema/other': ['sup.yaml:4:3 schema/other', 'sup.yaml:4:3 schema/pattern', 'sup.yaml:4:16 schema/enum'],
  'yaml/syntax': ['data/extra.yaml:3:9 yaml/syntax', 'data/extra.yaml:3:9 yaml/syntax'],
  'yaml/alias': ['data/extra.yaml:1:1 yaml/alias'],
  'yaml/too-deep': ['data/extra.yaml:2:75 yaml/too-deep'],
  'yaml/too-large': ['data/extra.yaml:2:11 yaml/too-large'],
  'value/number': ['data/2025/aktivitet-a.md:13:11 value/number', 'data/2025/vp.md:9:13 budget/over'],
  'body/too-large': ['data/2025/aktivitet-a.md:178:575 body/too-large'],
  'body/too-complex': ['data/2025/aktivitet-a.md:18:201 body/too-complex'],
  'frontmatter/missing': ['data/extra.md:1:1 frontmatter/missing'],
  'frontmatter/unclosed': ['data/extra.md:1:1 frontmatter/unclosed'],
  'frontmatter/empty': ['data/extra.md:1:1 frontmatter/empty'],
  'frontmatter/language': ['data/extra.md:1:1 frontmatter/language'],
  'file/empty': ['data/extra.yaml:1:1 file/empty'],
  'file/encoding': ['data/extra.yaml:4:14 file/encoding'],
  'file/nul': ['data/extra.yaml:4:14 file/nul'],
  'id/duplicate': ['data/natverk/trafik.md:3:5 id/duplicate'],
  'id/confusable': [
    'data/natverk/trafik.md:3:5 id/confusable',
    'data/natverk/trafik.md:3:5 network/no-goal',
    'data/natverk/trafik.md:3:5 schema/pattern',
  ],
  'ref/unknown': [
    'data/2025/aktivitet-a.md:6:7 ref/unknown',
    'data/2025/aktivitet-a.md:6:19 ref/unknown',
    'data/mal/infrastruktur.md:3:5 goal/no-activity',
    'data/mal/klimat.md:3:5 goal/no-activity',
  ],
  'goal/owner-missing': ['data/mal/klimat.md:2:1 goal/owner-missing', 'data/natverk/klimatstrateger.md:3:5 network/no-goal'],
  'goal/owner-inactive': ['data/mal/klimat.md:7:8 goal/owner-inactive', 'data/natverk/arbetsgrupp.md:7:12 network/expired'],
  'goal/parent': ['data/2025/arsredovisning.md:8:1 report/assessment-missing', 'data/2025/delmal-2.md:6:11 goal/parent'],
  'goal/plan': ['data/2025/delmal-2.md:2:1 goal/plan'],
  'goal/cycle': [
    'data/2025/arsredovisning.md:8:1 report/assessment-missing',
    'data/2025/arsredovisning.md:8:1 report/assessment-missing',
    'data/2025/delmal-2.md:6:11 goal/cycle',
    'data/2025/delmal-2.md:6:11 goal/parent',
    'data/2025/delmal-3.md:6:11 goal/parent',
  ],
  'goal/no-vision': [
    'data/2025/delmal.md:6:11 goal/no-vision',
    'data/mal/infrastruktur.md:2:1 goal/parent',
    'data/mal/klimat.md:6:11 goal/no-vision',
  ],
  'goal/no-activity': ['data/mal/infrastruktur.md:3:5 goal/no-activity', 'data/mal/klimat.md:3:5 goal/no-activity'],
  'activity/year': ['data/2025/aktivitet-a.md:9:9 activity/year'],
  'activity/period-order': ['data/2025/aktivitet-a.md:10:9 activity/period-order'],
  'activity/goal-other-plan': ['data/2025/aktivitet-a.md:6:20 activity/goal-other-plan'],
  'budget/unknown-post': ['data/2025/aktivitet-a.md:12:9 budget/unknown-post'],
  'budget/over': ['data/2025/vp.md:9:13 budget/over'],
  'budget/duplicate-post': ['data/2025/vp.md:10:9 budget/duplicate-post'],
  'network/member-missing': ['data/natverk/rufs.md:6:1 network/member-missing'],
  'network/member-duplicate': ['data/natverk/rufs.md:11:13 network/member-duplicate'],
  'network/expired': ['data/natverk/arbetsgrupp.md:7:12 network/expired'],
  'network/no-goal': ['data/natverk/trafik.md:3:5 network/no-goal'],
  'plan/duplicate-year': [
    'data/2025/vp.md:4:5 plan/duplicate-year',
    'data/mal/infrastruktur.md:3:5 goal/no-activity',
    'data/mal/klimat.md:3:5 goal/no-activity',
  ],
  'plan/outside-program': ['data/2025/vp.md:4:5 plan/outside-program'],
  'program/decisions-missing': ['data/program.md:22:1 program/decisions-missing'],
  'report/activity-other-plan': ['data/2025/arsredovisning.md:8:16 report/activity-other-plan'],
  'report/activity-missing': ['data/2025/arsredovisning.md:5:1 report/activity-missing'],
  'report/assessment-missing': ['data/2025/arsredovisning.md:8:1 report/assessment-missing'],
  'report/duplicate': ['data/2025/arsredovisning.md:8:16 report/duplicate'],
  'indicator/duplicate-year': ['data/2025/indikator.yaml:12:9 indicator/duplicate-year'],
  'report/empty': [
    'data/2025/arsredovisning.md:7:15 report/empty',
    'data/2025/arsredovisning.md:10:16 report/empty',
    'data/2025/arsredovisning.md:11:17 report/empty',
    'data/2025/arsredovisning.md:17:13 report/empty',
  ],
  'text/filler': ['data/2025/aktivitet-a.md:18:1 text/filler', 'data/2025/vp.md:11:3 text/filler'],
  'example/mixed': ['data/2025/aktivitet-a.md:15:1 example/mixed', 'data/2025/indikator.yaml:9:1 example/mixed'],
  'plan/carry-over': ['data/2025/aktivitet-a.md:14:9 plan/carry-over'],
  'report/meetings': ['data/2025/arsredovisning.md:18:1 report/meetings'],
  'finance/shares': ['data/2025/vp.md:12:3 finance/shares'],
  'finance/income': ['data/2025/arsredovisning.md:23:15 finance/income'],
  'finance/disposition': ['data/2025/arsredovisning.md:26:13 finance/disposition'],
};

/** Rules whose failing input cannot be committed as a fixture; test/loader.test.ts makes it on disk. */
// file/special (a FIFO) and file/name (a TAB in a name) cannot be committed as fixtures: test/hostile makes them.
const MADE_IN_TESTS = ['file/read', 'file/too-large', 'file/link', 'file/special', 'file/name', 'config/unknown-rule', 'config/no-files'];

const folder = (ruleId: string) => ruleId.replace('/', '-');

describe('rule fixtures', () => {
  test('the base fixture is clean', () => {
    const result = checkProject({ root: composeFixture('base'), today: TODAY });
    expect(locations(result.diagnostics)).toEqual([]);
  });

  test('every rule has a fixture pair and every fixture an expectation', () => {
    const ids = [...FILE_RULE_IDS, ...RULES.map((r) => r.id)].filter((id) => !MADE_IN_TESTS.includes(id));
    expect(ids.map(folder).sort()).toEqual(subfolders(join(FIXTURES, 'rules')));
    expect(Object.keys(EXPECTED).sort()).toEqual([...ids].sort());
  });

  for (const [ruleId, expected] of Object.entries(EXPECTED)) {
    test(`${ruleId}: ok fixture gives no finding`, () => {
      const result = checkProject({ root: composeFixture('base', `rules/${folder(ruleId)}/ok`), today: TODAY });
      expect(locations(result.diagnostics)).toEqual([]);
    });
    test(`${ruleId}: not-ok fixture gives exactly the expected findings`, () => {
      const result = checkProject({ root: composeFixture('base', `rules/${folder(ruleId)}/not-ok`), today: TODAY });
      expect(locations(result.diagnostics)).toEqual(expected);
      expect(result.diagnostics.some((d) => d.ruleId === ruleId)).toBe(true);
    });
  }

  test('the spawned binary reports the same as the in-process run', () => {
    const dir = composeFixture('base', 'rules/ref-unknown/not-ok');
    const r = runBin(['-C', dir, 'check', '--format', 'json', '--today', TODAY]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const parsed = JSON.parse(r.stdout) as { diagnostics: { file: string; start: { line: number; column: number }; ruleId: string }[] };
    expect(locations(parsed.diagnostics)).toEqual(EXPECTED['ref/unknown']);
  });
});

describe('schema sub-ids and the schema alias in regler:', () => {
  const withRules = (rules: string) => {
    const dir = composeFixture('base', 'rules/schema-any-of/not-ok');
    writeFileSync(join(dir, 'sup.yaml'), `${readFileSync(join(dir, 'sup.yaml'), 'utf8')}regler:\n${rules}`);
    return checkProject({ root: dir, today: TODAY }).diagnostics.map((d) => `${d.ruleId} ${d.severity}`);
  };
  test('schema: off silences every schema/* id', () => {
    expect(withRules('  schema: off\n')).toEqual([]);
  });
  test('a sub-id can be set alone', () => {
    expect(withRules('  schema/enum: off\n')).toEqual(['schema/any-of error', 'schema/type error']);
  });
  test("a sub-id's own setting wins over the alias", () => {
    expect(withRules('  schema: warning\n  schema/type: off\n')).toEqual(['schema/any-of warning', 'schema/enum warning']);
  });
});
