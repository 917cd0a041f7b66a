/**
 * The year's commands (set, mv, rm, show, ls, new) tried as a hostile pull request or a hostile
 * copy-paste would: control characters, terminal escapes and workflow commands in ids and values,
 * huge lists, links where files are written or removed, and nasty strings in JSON. Each case runs
 * the built binary and asserts the exit code, that no raw control character or `::` line from the
 * data reaches the output, that nothing outside the project changed, and that no run hangs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { BIN, composeFixture, REPO, tempDir } from '../helpers.js';
import type { RunResult } from '../helpers.js';

const STACK = /\n\s+at .+:\d+:\d+|TypeError|RangeError|ReferenceError|internt fel/;
/** What must never reach a terminal or a CI log raw: ESC, other C0 (not \n, \t), DEL, C1, U+2028/U+2029. */
// eslint-disable-next-line no-control-regex -- raw control characters are what the output must not hold
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;
const RSS = join(REPO, 'scripts', 'bench', 'rss.cjs');

/** The built binary, with a time and memory bound; never a stack trace, a raw control character or a `::` line from data. */
function sup(args: string[], cwd = REPO): RunResult {
  const started = Date.now();
  const child = spawnSync(process.execPath, ['--require', RSS, BIN, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  expect(Date.now() - started).toBeLessThan(30_000);
  const peak = /\nSUP_BENCH_MAXRSS_KB=(\d+)\n$/.exec(child.stderr);
  expect(Number(peak?.[1]) / 1024).toBeLessThan(500);
  const r = { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr.slice(0, peak?.index ?? child.stderr.length) };
  const all = r.stdout + r.stderr;
  expect(all).not.toMatch(STACK);
  expect(all).not.toMatch(RAW_CONTROL);
  expect(all).not.toMatch(/^[ \t]*::/m);
  return r;
}

const NASTY = '\u001b[2J\u001b]8;;https://evil.example/\u0007klick\u001b]8;;\u0007\n::error file=x::pwned\r\u0085\u2028"quoted" \\ slut';
const ACTIVITY = 'data/2025/aktivitet-a.md';

describe('hostile values and ids in the year commands', () => {
  test('sup set stores a value with escapes, a workflow command and line breaks exactly; show, ls and refs print it escaped', () => {
    const dir = composeFixture('base');
    const set = sup(['-C', dir, 'set', 'aktivitet-a', 'titel', NASTY]);
    expect(set.code).toBe(0);
    const text = readFileSync(join(dir, ACTIVITY), 'utf8');
    const front = text.slice(4, text.indexOf('\n---', 3));
    expect((parse(front) as { titel: string }).titel).toBe(NASTY);
    const show = sup(['-C', dir, 'show', 'aktivitet-a']);
    expect(show.code).toBe(0);
    expect(show.stdout.split('\n')[0]).toBe(
      'aktivitet aktivitet-a – \\u001b[2J\\u001b]8;;https://evil.example/\\u0007klick\\u001b]8;;\\u0007\\n::error file=x::pwned\\r\\u0085\\u2028"quoted" \\ slut',
    );
    const ls = sup(['-C', dir, 'ls', 'aktivitet']);
    expect(ls.stdout.split('\n').length).toBe(2);
    // The goal's show lists the activity by its escaped title, on one line.
    expect(sup(['-C', dir, 'show', 'delmal-ladd']).stdout).toContain('aktivitet-a (\\u001b[2J');
  });

  test('sup ls --format json: one line of JSON that parses back to the exact strings, no raw C1 or line separator', () => {
    const dir = composeFixture('base');
    expect(sup(['-C', dir, 'set', 'aktivitet-a', 'titel', NASTY]).code).toBe(0);
    const ls = sup(['-C', dir, 'ls', 'aktivitet', '--format', 'json']);
    expect(ls.stdout.endsWith('\n')).toBe(true);
    expect(ls.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(ls.stdout)[0].title).toBe(NASTY);
    const show = sup(['-C', dir, 'show', 'aktivitet-a', '--format', 'json']);
    expect(JSON.parse(show.stdout).title).toBe(NASTY);
  });

  test('ids with control characters and workflow commands are refused as ids, and echoed escaped', () => {
    const dir = composeFixture('base');
    const before = readFileSync(join(dir, ACTIVITY), 'utf8');
    const mv = sup(['-C', dir, 'mv', 'aktivitet-a', 'ny\u001b[31m-id']);
    expect(mv.code).toBe(1);
    expect(mv.stderr).toContain('ny\\u001b[31m-id');
    const mv2 = sup(['-C', dir, 'mv', 'aktivitet-a', '::error::x']);
    expect(mv2.code).toBe(1);
    for (const command of ['show', 'refs', 'rm']) {
      const r = sup(['-C', dir, command, '\n::error::pwned\u0085']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('\\n::error::pwned\\u0085');
    }
    const ls = sup(['-C', dir, 'ls', 'aktivitet', '--status', '\u001b[2J', '--ansvarig', '::warning::x']);
    expect(ls.code).toBe(0);
    const kind = sup(['-C', dir, 'ls', '\u009b31m']);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('"\\u009b31m" är ingen sort');
    expect(readFileSync(join(dir, ACTIVITY), 'utf8')).toBe(before);
  });

  test('a huge list through sup set: refused or written in bounded time and memory, never half-written', () => {
    const dir = composeFixture('base');
    const before = readFileSync(join(dir, ACTIVITY), 'utf8');
    // Near the largest single argument Linux passes (128 KiB): 9 000 unknown ids.
    const unknown = Array.from({ length: 9_000 }, (_, i) => `okand-${i}`).join(',');
    const refused = sup(['-C', dir, 'set', 'aktivitet-a', 'medverkande', unknown]);
    expect(refused.code).toBe(1);
    expect(readFileSync(join(dir, ACTIVITY), 'utf8')).toBe(before);
    // 20 000 times the same known id: one entry.
    const same = Array.from({ length: 20_000 }, () => 'rufs').join(',');
    const written = sup(['-C', dir, 'set', 'aktivitet-a', 'medverkande', same]);
    expect(written.code).toBe(0);
    expect(readFileSync(join(dir, ACTIVITY), 'utf8')).toContain('medverkande:\n  - rufs\n');
    // --lägg-till with 5 000 values, each its own argument.
    const many = sup(['-C', dir, 'set', 'aktivitet-a', 'medverkande', ...Array.from({ length: 5_000 }, (_, i) => ['--lägg-till', `x${i}`]).flat()]);
    expect(many.code).toBe(1);
    expect(readFileSync(join(dir, ACTIVITY), 'utf8')).toContain('medverkande:\n  - rufs\n');
  });
});

describe('hostile links in the way of mv and rm', () => {
  test('sup mv onto a name that is a link out of the project: refused, nothing written through it', () => {
    const dir = composeFixture('base');
    const outside = join(tempDir(), 'utanfor.md');
    writeFileSync(outside, 'orörd\n');
    symlinkSync(outside, join(dir, 'data/2025/aktivitet-b.md'));
    const r = sup(['-C', dir, 'mv', 'aktivitet-a', 'aktivitet-b']);
    expect(r.code).not.toBe(0);
    expect(readFileSync(outside, 'utf8')).toBe('orörd\n');
    expect(existsSync(join(dir, ACTIVITY))).toBe(true);
    expect(lstatSync(join(dir, 'data/2025/aktivitet-b.md')).isSymbolicLink()).toBe(true);
  });

  test('sup mv onto a dangling link: refused, and the link target is never created', () => {
    const dir = composeFixture('base');
    const outside = join(tempDir(), 'skapas-inte.md');
    symlinkSync(outside, join(dir, 'data/2025/aktivitet-c.md'));
    const r = sup(['-C', dir, 'mv', 'aktivitet-a', 'aktivitet-c']);
    expect(r.code).not.toBe(0);
    expect(existsSync(outside)).toBe(false);
    expect(existsSync(join(dir, ACTIVITY))).toBe(true);
  });

  test('an activity in a folder that is a link out of the project is not seen, so mv and rm touch nothing there', () => {
    const dir = composeFixture('base');
    const outsideDir = tempDir();
    writeFileSync(join(outsideDir, 'aktivitet-x.md'), readFileSync(join(dir, ACTIVITY), 'utf8').replace('id: aktivitet-a', 'id: aktivitet-x'));
    symlinkSync(outsideDir, join(dir, 'data/lankad'));
    const before = readFileSync(join(outsideDir, 'aktivitet-x.md'), 'utf8');
    expect(sup(['-C', dir, 'mv', 'aktivitet-x', 'aktivitet-y']).code).toBe(1);
    expect(sup(['-C', dir, 'rm', 'aktivitet-x']).code).toBe(1);
    expect(readFileSync(join(outsideDir, 'aktivitet-x.md'), 'utf8')).toBe(before);
    expect(existsSync(join(outsideDir, 'aktivitet-y.md'))).toBe(false);
  });

  test('sup rm of an entity whose file is a link inside the project: the link is not removed, nor its target', () => {
    const dir = composeFixture('base');
    const real = join(dir, 'extern.md');
    writeFileSync(real, readFileSync(join(dir, ACTIVITY), 'utf8').replace('id: aktivitet-a', 'id: aktivitet-l'));
    symlinkSync('../../extern.md', join(dir, 'data/2025/aktivitet-l.md'));
    const r = sup(['-C', dir, 'rm', 'aktivitet-l']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('sup rm: Kunde inte skriva data/2025/aktivitet-l.md: en länk ligger i vägen, och sup skriver aldrig genom en länk. Filen är oförändrad.\n');
    expect(lstatSync(join(dir, 'data/2025/aktivitet-l.md')).isSymbolicLink()).toBe(true);
    expect(existsSync(real)).toBe(true);
  });
});
