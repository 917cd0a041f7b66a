import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkProject } from '../../src/check/check-project.js';
import { composeFixture, TODAY } from '../helpers.js';

const base = composeFixture('base');
const walk = (d: string): string[] =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
const files = walk(join(base, 'data')).map((f) => ({ path: relative(base, f), text: readFileSync(f, 'utf8') }));

/** One edit to a text: what a slip of the keyboard, a bad merge or a hostile contributor does. */
const mutation = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 20 }) }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.constantFrom(':', '-', '---\n', '\t', '"', "'", '[', ']', '{', '}', '&a', '*a', '!', '|', '>', '#', '\n', '\r\n', '? ', '<<: ', '__proto__: 1\n', '\0', '\uFEFF', 'å', 'ö'),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    ),
  }),
  fc.record({ op: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('duplicate-line' as const), a: fc.nat() }),
  fc.record({ op: fc.constant('indent' as const), a: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function apply(text: string, m: Mutation): string {
  const lines = text.split('\n');
  switch (m.op) {
    case 'delete': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + m.len);
    }
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'swap-lines': {
      const a = m.a % lines.length;
      const b = m.b % lines.length;
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    }
    case 'duplicate-line': {
      const a = m.a % lines.length;
      lines.splice(a, 0, lines[a]!);
      return lines.join('\n');
    }
    case 'indent': {
      const a = m.a % lines.length;
      lines[a] = m.by >= 0 ? ' '.repeat(m.by) + lines[a] : lines[a]!.replace(new RegExp(`^ {0,${-m.by}}`), '');
      return lines.join('\n');
    }
  }
}

describe('property: mutated data never breaks the loader or the checker', () => {
  test('no exception, and every finding points inside its file', () => {
    fc.assert(
      fc.property(fc.nat({ max: files.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (which, edits) => {
        // One fixture for every run: the mutated file is put back as it was after each one.
        const dir = base;
        const target = files[which]!;
        const text = edits.reduce(apply, target.text);
        writeFileSync(join(dir, target.path), text);
        let result: ReturnType<typeof checkProject>;
        try {
          result = checkProject({ root: dir, today: TODAY });
        } finally {
          writeFileSync(join(dir, target.path), target.text);
        }
        for (const d of result.diagnostics) {
          const content = d.file === target.path ? text : (files.find((f) => f.path === d.file)?.text ?? readFileSync(join(dir, d.file), 'utf8'));
          const lines = content.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
          expect(d.start.line).toBeGreaterThanOrEqual(1);
          expect(d.start.line).toBeLessThanOrEqual(lines.length);
          expect(d.start.column).toBeGreaterThanOrEqual(1);
          // A column may point just past the last character of its line (an empty value), no further.
          expect(d.start.column).toBeLessThanOrEqual(lines[d.start.line - 1]!.length + 2);
          expect(typeof d.message).toBe('string');
          expect(d.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300, seed: 2040 },
    );
    // The shared fixture came through the runs as it was, so no run saw another's mutation.
    expect(walk(join(base, 'data')).map((f) => ({ path: relative(base, f), text: readFileSync(f, 'utf8') }))).toEqual(files);
  });
});
