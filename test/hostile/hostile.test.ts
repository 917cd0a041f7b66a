import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { composeFixture, run, runBin, TODAY, writeTree } from '../helpers.js';
import { CASES } from './cases.js';
import type { HostileCase } from './cases.js';

/** A hash of every file sup must never change (its own cache folder aside). */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.name === '.sup-cache') continue;
      if (e.isDirectory()) walk(full);
      else if (e.isFile()) out.set(relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
      else out.set(relative(dir, full), e.isSymbolicLink() ? 'link' : 'other');
    }
  };
  walk(dir);
  return out;
}

function lay(c: HostileCase): string {
  const dir = composeFixture('base');
  writeTree(dir, c.files);
  for (const d of c.dirs ?? []) mkdirSync(join(dir, d), { recursive: true });
  for (const [link, target] of c.links ?? []) symlinkSync(isAbsolute(target) ? target : join(dir, target), join(dir, link));
  for (const f of c.fifos ?? []) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    execFileSync('mkfifo', [join(dir, f)]);
  }
  return dir;
}

function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false; // a link loop or a dangling link
  }
}

const ok0 = { code: 0 as const };

const STACK = /\n\s+at .+:\d+:\d+|TypeError|RangeError|ReferenceError|SyntaxError: /;

interface Json {
  diagnostics: { file: string; ruleId: string; start: { line: number; column: number } }[];
}

describe('hostile input', () => {
  test('there are at least 50 distinct cases', () => {
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
    expect(CASES.length).toBeGreaterThanOrEqual(50);
  });

  for (const c of CASES) {
    test(`sup check and sup report: ${c.name}`, async () => {
      const dir = lay(c);
      const before = snapshot(dir);
      const check = await run(['-C', dir, 'check', '--format', 'json', '--today', TODAY]);
      expect(check.stderr).toBe('');
      expect(check.code).toBe(c.expect.code);
      const json = JSON.parse(check.stdout) as Json;
      if (c.expect.file) {
        const mine = json.diagnostics.filter((d) => d.file === c.expect.file);
        expect(mine.length, JSON.stringify(json.diagnostics)).toBeGreaterThan(0);
        // 'schema' stands for any schema/* finding, as it does under regler: in sup.yaml.
        if (c.expect.ruleId) expect(mine.map((d) => (c.expect.ruleId === 'schema' ? d.ruleId.split('/')[0] : d.ruleId))).toContain(c.expect.ruleId);
        // Every position is a real place in the file (line 1 column 1 for a file that cannot be read).
        for (const d of mine) {
          expect(d.start.line).toBeGreaterThanOrEqual(1);
          expect(d.start.column).toBeGreaterThanOrEqual(1);
          const full = join(dir, d.file);
          if (isRegularFile(full)) {
            const lines = readFileSync(full, 'utf8').split(/\r\n|\r|\n/);
            expect(d.start.line).toBeLessThanOrEqual(Math.max(1, lines.length));
          }
        }
      }
      const pretty = await run(['-C', dir, 'check', '--today', TODAY]);
      expect(pretty.code).toBe(c.expect.code);
      expect(pretty.stdout + pretty.stderr).not.toMatch(STACK);

      const report = await run(['-C', dir, 'report', '2025', '--format', 'html', '--draft', '--today', TODAY]);
      expect(report.stderr).not.toMatch(STACK);
      expect(report.code).toBe(0);
      expect(report.stdout).not.toMatch(/<script|onerror=|onclick=|onload=|javascript:|data:text\/html/i);
      expect(snapshot(dir)).toEqual(before);
    });
  }

  for (const c of CASES.filter((x) => Object.keys(x.files).some((f) => f.endsWith('x.md') || f.endsWith('x.yaml')))) {
    test(`editing commands leave a hostile file intact: ${c.name}`, async () => {
      const dir = lay(c);
      const before = snapshot(dir);
      const texts = new Map(Object.keys(c.files).map((f) => [f, isRegularFile(join(dir, f)) ? readFileSync(join(dir, f)) : undefined]));
      const edits = [
        ['set', 'aktivitet-x', 'status', 'genomförd'],
        ['link', 'aktivitet-x', 'vision'],
        ['unlink', 'aktivitet-x', 'klimat'],
        ['set', 'aktivitet-a', 'status', 'klar'],
      ];
      for (const args of edits) {
        const r = await run(['-C', dir, ...args]);
        expect(r.stdout + r.stderr, args.join(' ')).not.toMatch(STACK);
        expect([0, 1, 2], args.join(' ')).toContain(r.code);
      }
      // A hostile file is either left as it was, or only the edited lines changed (an edit that adds
      // no new error is allowed even where the file already had one); every other byte is kept.
      for (const [file, old] of texts) {
        if (!old || !isRegularFile(join(dir, file))) continue;
        const now = readFileSync(join(dir, file));
        if (now.equals(old)) continue;
        const a = old.toString('utf8').split('\n');
        const b = now.toString('utf8').split('\n');
        const changed = b.filter((line) => !a.includes(line));
        const dropped = a.filter((line) => !b.includes(line));
        for (const line of [...changed, ...dropped]) expect(line, file).toMatch(/^(status: |mål: |\s*- (vision|klimat)\b)/);
      }
      // aktivitet-a's status stays valid: the rejected value `klar` was never written.
      expect(snapshot(dir).get('data/2025/aktivitet-a.md')).toBe(before.get('data/2025/aktivitet-a.md'));
    });
  }

  test('the spawned binary survives the worst of them without a stack trace', () => {
    for (const name of ['billion laughs', 'deep nesting (10 000 levels)', 'a 10 MB file', '5 000 nested block quotes in a body']) {
      const dir = lay(CASES.find((c) => c.name === name)!);
      const r = runBin(['-C', dir, 'report', '2025', '--draft', '--today', TODAY]);
      expect(r.code, name).toBe(0);
      expect(r.stderr, name).not.toMatch(STACK);
    }
  });

  for (const name of ['constructor', '__proto__', 'toString']) {
    test(`a template block named ${name} is an unknown block, not an internal error`, async () => {
      const dir = lay({ name, files: { 'templates/arsredovisning.md': `# Rubrik\n\n<!-- sup:${name} -->\n` }, expect: ok0 });
      const before = snapshot(dir);
      const r = await run(['-C', dir, 'report', '2025', '--draft', '--today', TODAY]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain('templates/arsredovisning.md:3:1');
      expect(r.stdout + r.stderr).not.toMatch(/internt fel/);
      expect(r.stdout + r.stderr).not.toMatch(STACK);
      expect(snapshot(dir)).toEqual(before);
    });
  }

  test('a label named constructor and a template body too complex to parse are template errors', async () => {
    const labels = lay({ name: 'labels', files: { 'templates/etiketter.yaml': 'constructor: x\n__proto__: y\n' }, expect: ok0 });
    const l = await run(['-C', labels, 'report', '2025', '--draft', '--today', TODAY]);
    expect(l.code).not.toBe(0);
    expect(l.stderr).toContain('etiketter.yaml');
    expect(l.stdout + l.stderr).not.toMatch(/internt fel|Maximum call stack/);
    const bomb = lay({ name: 'bomb', files: { 'templates/arsredovisning.md': '# Rubrik\n\n' + '*_'.repeat(40_000) + '\n' }, expect: ok0 });
    const b = await run(['-C', bomb, 'report', '2025', '--draft', '--today', TODAY]);
    expect(b.code).not.toBe(0);
    expect(b.stderr).toContain('templates/arsredovisning.md:3:');
    expect(b.stdout + b.stderr).not.toMatch(/internt fel/);
  });

  for (const value of ['-0', '1e400', 'NaN', '0x10', '1.7e308', '12345678901234567890']) {
    test(`sup set budget.belopp ${value}: a normal number or a clear refusal`, async () => {
      const dir = lay({ name: value, files: {}, expect: ok0 });
      const before = snapshot(dir);
      const r = await run(['-C', dir, 'set', 'aktivitet-a', 'budget.belopp', '--', value]);
      expect(r.stdout + r.stderr).not.toMatch(/internt fel/);
      expect(r.stdout + r.stderr).not.toMatch(STACK);
      if (value === '-0' || value === '0x10') {
        expect(r.code).toBe(0);
        expect(readFileSync(join(dir, 'data/2025/aktivitet-a.md'), 'utf8')).toContain(`belopp: ${value === '-0' ? 0 : 16}\n`);
      } else {
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(/ska vara ett tal/);
        expect(snapshot(dir)).toEqual(before);
      }
    });
  }
});
