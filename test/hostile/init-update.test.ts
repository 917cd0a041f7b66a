import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run, tempDir } from '../helpers.js';

/*
 * `sup init --uppdatera` reads package.json and lists verktyg/ in a data repository, and writes
 * both: a pull request controls all of it. It could make package.json a link to a file outside
 * (to read it into an error message, or to overwrite it), verktyg/ a link to a folder outside (to
 * have the tarball written, or files removed, there), package.json a FIFO (to hang the run) or
 * huge (to exhaust memory), or put control characters in the spec that reach the terminal.
 * Reads go through the project's FileSource and writes through ConfinedWriter, which refuse all of that.
 */

const PKG = '{\n  "devDependencies": { "sup": "file:verktyg/sup-0.0.1.tgz" }\n}\n';

function repoWith(setup: (dir: string, outside: string) => void): { dir: string; outside: string } {
  const dir = tempDir();
  const outside = tempDir();
  writeFileSync(join(outside, 'hemlig.json'), '{ "devDependencies": { "sup": "hemligt-värde" } }\n');
  setup(dir, outside);
  return { dir, outside };
}

const outsideUntouched = (outside: string) => {
  expect(readdirSync(outside).sort()).toEqual(['hemlig.json']);
  expect(readFileSync(join(outside, 'hemlig.json'), 'utf8')).toBe('{ "devDependencies": { "sup": "hemligt-värde" } }\n');
};

describe('hostile: sup init --uppdatera', () => {
  test('package.json as a link out of the repository is neither read nor written', async () => {
    const { dir, outside } = repoWith((d, o) => symlinkSync(join(o, 'hemlig.json'), join(d, 'package.json')));
    const r = await run(['-C', dir, 'init', '--uppdatera', '--sup-spec', '^1.0.0']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'sup init: package.json gick inte att läsa (outside).\n' });
    expect(r.stderr).not.toContain('hemligt');
    outsideUntouched(outside);
  });

  test('verktyg/ as a link to a folder outside: nothing is written or removed there', async () => {
    const { dir, outside } = repoWith((d, o) => {
      writeFileSync(join(d, 'package.json'), PKG);
      writeFileSync(join(o, 'sup-0.0.1.tgz'), 'utanför');
      symlinkSync(o, join(d, 'verktyg'));
    });
    const r = await run(['-C', dir, 'init', '--uppdatera']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('sup init: skrev inte genom verktyg: det är en länk, och sup skriver aldrig genom en länk.\n');
    expect(readdirSync(outside).sort()).toEqual(['hemlig.json', 'sup-0.0.1.tgz']);
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe(PKG);
  });

  test('a FIFO or a huge package.json ends at once with exit 2, and nothing is written', async () => {
    const fifo = tempDir();
    execFileSync('mkfifo', [join(fifo, 'package.json')]);
    const started = Date.now();
    expect(await run(['-C', fifo, 'init', '--uppdatera', '--sup-spec', '^1.0.0'])).toEqual({ code: 2, stdout: '', stderr: 'sup init: package.json gick inte att läsa (special).\n' });
    expect(Date.now() - started).toBeLessThan(10_000);
    const huge = tempDir();
    writeFileSync(join(huge, 'package.json'), `{"a":"${'x'.repeat(300 * 1024)}"}`);
    expect(await run(['-C', huge, 'init', '--uppdatera', '--sup-spec', '^1.0.0'])).toEqual({ code: 2, stdout: '', stderr: 'sup init: package.json gick inte att läsa (too-large).\n' });
    expect(readdirSync(huge)).toEqual(['package.json']);
  });

  test('control characters in the old spec and a deeply nested package.json reach neither the terminal nor a stack trace', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'package.json'), '{ "devDependencies": { "sup": "\\u001b]0;ägd\\u0007\\u001b[2J" } }\n');
    const r = await run(['-C', dir, 'init', '--uppdatera', '--sup-spec', '^1.0.0']);
    expect(r.code).toBe(0);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    const deep = tempDir();
    writeFileSync(join(deep, 'package.json'), '['.repeat(100_000));
    const d = await run(['-C', deep, 'init', '--uppdatera', '--sup-spec', '^1.0.0']);
    expect(d.code).toBe(2);
    expect(d.stderr).toMatch(/^package\.json:1:\d+: package\.json är ingen giltig JSON: /);
    expect(d.stderr).not.toContain('internt fel');
  });
});
