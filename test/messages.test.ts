import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { addedFindings, compareDiagnostics } from '../src/model/diagnostic.js';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { checkProject } from '../src/check/check-project.js';
import { WorktreeSource } from '../src/source/worktree-source.js';
import { composeFixture, FIXTURES, subfolders, TODAY } from './helpers.js';

describe('one message catalogue', () => {
  // Every rule's not-ok fixture: its findings, checked once in Swedish and once in English.
  for (const folder of subfolders(join(FIXTURES, 'rules'))) {
    test(`${folder}: each finding carries its message id and data, the same in both languages`, () => {
      const dir = composeFixture('base', `rules/${folder}/not-ok`);
      const run = (lang: 'sv' | 'en') => checkProject({ root: dir, source: new WorktreeSource(dir), lang, today: TODAY }).diagnostics;
      const sv = run('sv');
      const en = run('en');
      expect(sv.length).toBeGreaterThan(0);
      expect(sv.filter((d) => d.messageId === undefined).map((d) => d.ruleId)).toEqual([]);
      const identity = (d: Diagnostic) => [d.file, d.start, d.ruleId, d.messageId, d.data];
      expect(en.map(identity)).toEqual(sv.map(identity));
      // Nothing is new between the two languages: findings compare on id and data, never on text.
      expect(addedFindings(sv, en)).toEqual([]);
    });
  }

  test('findings are ordered and told apart by message id and data, not by their text', () => {
    const base = { ruleId: 'ref/unknown', severity: 'error', file: 'a.md', start: { line: 1, column: 1 } } as const;
    const a: Diagnostic = { ...base, messageId: 'ref/unknown', data: { value: 'b' }, message: 'Zzz' };
    const b: Diagnostic = { ...base, messageId: 'ref/unknown', data: { value: 'a' }, message: 'Aaa' };
    expect([a, b].sort(compareDiagnostics)).toEqual([b, a]);
    const translated: Diagnostic = { ...a, message: 'Unknown reference', start: { line: 9, column: 3 } };
    expect(addedFindings([a], [translated])).toEqual([]);
    expect(addedFindings([a], [translated, { ...b }])).toEqual([b]);
    expect(addedFindings([a], [a, a])).toEqual([a]);
  });
});
