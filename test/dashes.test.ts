import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO } from './helpers.js';

// The dash convention of sup's own text (templates, labels, messages): an en dash without spaces
// for a range (2023–2026, § 9–15) and an en dash with spaces for a parenthetical dash
// ("Utkast – ännu inte beslutad"). No em dash and no hyphen standing in for either. The
// programme's own text in data/ keeps its dashes as adopted; this is about what sup writes.

const files = (dir: string, ext: RegExp): string[] =>
  readdirSync(join(REPO, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : [],
  );

/** Text a reader sees: string literals in TypeScript, every non-comment line elsewhere. */
function readable(path: string): { where: string; text: string }[] {
  const source = readFileSync(join(REPO, path), 'utf8');
  if (path.endsWith('.ts')) {
    return [...source.matchAll(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g)].map((m) => ({
      where: `${path}:${source.slice(0, m.index).split('\n').length}`,
      text: m[0].slice(1, -1),
    }));
  }
  return source.split('\n').flatMap((line, i) => (line.trim().startsWith('#') ? [] : [{ where: `${path}:${i + 1}`, text: line }]));
}

describe('one kind of dash for ranges and one for parenthetical dashes', () => {
  const texts = [
    ...files('templates', /\.(md|yaml)$/),
    ...files('src/messages', /\.ts$/),
  ].flatMap(readable);

  test('there is text to check', () => {
    expect(texts.length).toBeGreaterThan(300);
  });

  test('no em dash', () => {
    expect(texts.filter((t) => t.text.includes('—')).map((t) => t.where)).toEqual([]);
  });

  test('no hyphen as a parenthetical dash or in a range of numbers', () => {
    // What a user types stays as typed: `--period 2027-2030` is the option's syntax, not a range in prose.
    const typed = (text: string) => text.replace(/\$\{[^}]*\}/g, 'x').replace(/--period \d{4}-\d{4}/g, '--period x');
    const bad = texts.filter((t) => /\S - \S/.test(t.text) || /(?<![\d-])\d{1,4}-\d{1,4}(?![\d-])/.test(typed(t.text)));
    expect(bad.map((t) => `${t.where}: ${t.text.slice(0, 80)}`)).toEqual([]);
  });

  test('a parenthetical en dash has a space on both sides', () => {
    // A range of single letters (a–z) is a range, not a parenthetical dash.
    const bad = texts.filter((t) => /[A-Za-zÅÄÖåäö]{2}–[A-Za-zÅÄÖåäö]|[A-Za-zÅÄÖåäö]–[A-Za-zÅÄÖåäö]{2}|[A-Za-zÅÄÖåäö] –[A-Za-zÅÄÖåäö]|[A-Za-zÅÄÖåäö]– [A-Za-zÅÄÖåäö]/.test(t.text));
    expect(bad.map((t) => `${t.where}: ${t.text.slice(0, 80)}`)).toEqual([]);
  });
});
