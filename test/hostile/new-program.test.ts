/**
 * sup new program as a hostile pull request would try it: the folder the draft goes to is a link
 * out of the project, a goal file of the predecessor is a link out of the project, a predecessor's
 * YAML shares nodes through anchors, and an --id that tries to climb out. Nothing is written outside
 * the project, nothing half-written inside it, and no stack trace.
 */
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { composeFixture, run, tempDir } from '../helpers.js';

const STACK = /\n\s+at .+:\d+:\d+|TypeError|RangeError|internt fel/;

describe('sup new program against a hostile repository', () => {
  test('the draft folder is a link out of the project: refused, nothing written there', async () => {
    const dir = composeFixture('base');
    const outside = tempDir();
    symlinkSync(outside, join(dir, 'data/sup-2040-2027-2030'));
    const r = await run(['new', 'program', '--från', 'sup-2040', '--period', '2027-2030'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('sup new: Kunde inte skriva data/sup-2040-2027-2030/program.md: en länk ligger i vägen, och sup skriver aldrig genom en länk. Filen är oförändrad.\n');
    expect(readdirSync(outside)).toEqual([]);
  });

  test('an --id that climbs out of data/ is no id', async () => {
    const dir = composeFixture('base');
    const r = await run(['new', 'program', '--från', 'sup-2040', '--period', '2027-2030', '--id', '../../etc'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^sup new: /);
    expect(existsSync(join(dir, '..', 'etc'))).toBe(false);
  });

  test('a predecessor goal that is a link out of the project is not copied (sup check already refuses it)', async () => {
    const dir = composeFixture('base');
    const outside = tempDir();
    writeFileSync(join(outside, 'hemligt.md'), '---\ntyp: mål\nid: hemligt\nnivå: långsiktigt\ntitel: hemlig-token-4711\nförälder: infrastruktur\nägare: klimatstrateger\n---\n');
    mkdirSync(join(dir, 'data/mal/extra'));
    symlinkSync(join(outside, 'hemligt.md'), join(dir, 'data/mal/extra/hemligt.md'));
    const r = await run(['new', 'program', '--från', 'sup-2040', '--period', '2027-2030'], { cwd: dir });
    expect(r.stdout + r.stderr).not.toMatch(STACK);
    expect(r.stdout + r.stderr).not.toContain('hemlig-token-4711');
    expect(existsSync(join(dir, 'data/sup-2040-2027-2030/mal/hemligt-2027-2030.md'))).toBe(false);
  });

  test('a predecessor with YAML anchors: the editor refuses rather than rewriting shared nodes', async () => {
    const dir = composeFixture('base');
    writeFileSync(
      join(dir, 'data/mal/klimat.md'),
      '---\ntyp: mål\nid: &i klimat\nnivå: långsiktigt\ntitel: Södertörn leder vägen\nförälder: infrastruktur\nägare: klimatstrateger\nområde: *i\n---\nMålet.\n',
    );
    const r = await run(['new', 'program', '--från', 'sup-2040', '--period', '2027-2030'], { cwd: dir });
    expect(r.stdout + r.stderr).not.toMatch(STACK);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('sup new: data/mal/klimat.md: värdet i "id" delas med ett YAML-ankare eller alias (&namn, *namn) och ändras inte automatiskt. Ändra filen för hand.\n');
    expect(existsSync(join(dir, 'data/sup-2040-2027-2030'))).toBe(false);
  });
});
