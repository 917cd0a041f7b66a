import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { catalogue } from '../src/messages/catalogue.js';
import { noneOfSv } from '../src/messages/swedish-kinds.js';
import { copyRealData, runBin, TODAY } from './helpers.js';

interface JsonOut {
  diagnostics: { ruleId: string; message: string; file: string; start: { line: number; column: number }; related?: { message: string }[] }[];
}

function edit(dir: string, path: string, from: string, to: string): void {
  const full = join(dir, path);
  const before = readFileSync(full, 'utf8');
  expect(before, path).toContain(from);
  writeFileSync(full, before.replace(from, to));
}

function check(dir: string): JsonOut {
  return JSON.parse(runBin(['-C', dir, 'check', '--format', 'json', '--today', TODAY]).stdout) as JsonOut;
}

describe('Swedish articles, participles and hints in diagnostics', () => {
  test('ingen/inget and någon/något agree with each kind', () => {
    expect(noneOfSv(['aktivitet'])).toBe('ingen aktivitet');
    expect(noneOfSv(['kommun'])).toBe('ingen kommun');
    expect(noneOfSv(['mål'])).toBe('inget mål');
    expect(noneOfSv(['nätverk', 'organ'])).toBe('inget nätverk eller organ');
    expect(noneOfSv(['kommun', 'organ'])).toBe('ingen kommun eller något organ');
    expect(noneOfSv(['organ', 'kommun'])).toBe('inget organ eller någon kommun');
    const sv = catalogue('sv');
    expect(sv['ref/unknown']({ value: 'x', kinds: ['aktivitet'] })).toBe('Okänd referens "x": det finns ingen aktivitet med den identiteten.');
    expect(sv['ref/defined-here']({ kind: 'mål' })).toBe('definierat här');
    expect(sv['ref/defined-here']({ kind: 'verksamhetsplan' })).toBe('definierad här');
    expect(sv['id/duplicate']({ id: 'a' })).toBe('Identiteten "a" används redan av en annan post. Varje identitet måste vara unik.');
  });

  test('on a broken copy of data/: ingen kommun, definierat här for ett mål, a quoted kommunkod, one error for an impossible date', () => {
    const dir = copyRealData();
    edit(dir, 'data/natverk/rufs.md', '  - kommun: botkyrka\n', '  - kommun: botkyrk\n');
    edit(dir, 'data/mal/tillganglighet.md', 'förälder: infrastruktur', 'förälder: klimatomstallning');
    edit(dir, 'data/kommuner.yaml', 'kommunkod: "0140"', 'kommunkod: 0140');
    // The period ends on a day that does not exist, "before" it starts if compared as text.
    edit(dir, 'data/exempel/2025/aktiviteter/cykelpendlingsutmaning-2025.md', 'till: "2025-09-30"', 'till: "2025-02-30"');
    const out = check(dir);
    const one = (rule: string, file: string) => {
      const found = out.diagnostics.filter((d) => d.ruleId === rule && d.file === file);
      expect(found, `${rule} in ${file}`).toHaveLength(1);
      return found[0]!;
    };
    expect(one('ref/unknown', 'data/natverk/rufs.md').message).toBe(
      'Okänd referens "botkyrk": det finns ingen kommun med den identiteten. Menade du "botkyrka"?',
    );
    expect(one('goal/parent', 'data/mal/tillganglighet.md').related?.map((r) => r.message)).toEqual(['definierat här']);
    expect(one('schema/type', 'data/kommuner.yaml').message).toBe(
      'Värdet ska vara en text, men är ett heltal (140). Skriv kommunkoden inom citattecken, till exempel kommunkod: "0140". ' +
        'Utan citattecken läses den som talet 140 och den inledande nollan försvinner.',
    );
    const activity = 'data/exempel/2025/aktiviteter/cykelpendlingsutmaning-2025.md';
    expect(out.diagnostics.filter((d) => d.file === activity).map((d) => `${d.ruleId}: ${d.message}`)).toEqual([
      'schema/format: Datumet 2025-02-30 finns inte i kalendern.',
    ]);
  });

  test('the hint in English too', () => {
    expect(catalogue('en')['schema/type-quote']({ field: 'kommunkod', value: 140 })).toBe(
      'Write the kommunkod in quotes, for example kommunkod: "0140". Without quotes it is read as the number 140 and the leading zero is lost.',
    );
  });
});
