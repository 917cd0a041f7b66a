import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkProject } from '../src/check/check-project.js';
import { loadFile } from '../src/load/load-file.js';
import { splitFrontmatter } from '../src/load/split-frontmatter.js';
import { sv } from '../src/messages/catalogue.js';
import { validateFile } from '../src/validate/validate-file.js';
import { WorktreeSource } from '../src/source/worktree-source.js';
import { composeFixture, locations, tempDir, TODAY, writeTree } from './helpers.js';

/** Loads and validates one file written to disk, returning `line:column ruleId message` per finding. */
function findings(name: string, content: string | Buffer): string[] {
  const dir = tempDir();
  writeTree(dir, { [name]: content });
  const loaded = loadFile(new WorktreeSource(dir), name, sv);
  const all = [...loaded.diagnostics];
  if (loaded.file.data !== undefined) all.push(...validateFile(loaded.file, sv).diagnostics);
  return all.map((d) => `${d.start.line}:${d.start.column} ${d.ruleId} ${d.message}`);
}

describe('splitFrontmatter', () => {
  test('gives the YAML and body with their offsets', () => {
    const text = '---\ntyp: mål\n---\n# Rubrik\n';
    const s = splitFrontmatter(text);
    expect(s).toEqual({ ok: true, yamlText: '\ntyp: mål\n', yamlOffset: 3, body: '# Rubrik\n', bodyOffset: 17 });
  });
  test('a body with its own --- lines is left alone', () => {
    const s = splitFrontmatter('---\na: 1\n---\nett\n---\ntvå\n');
    expect(s.ok && s.body).toBe('ett\n---\ntvå\n');
  });
  test('missing, unclosed and other languages are told apart', () => {
    expect(splitFrontmatter('# Bara text')).toEqual({ ok: false, problem: 'missing' });
    expect(splitFrontmatter('---\na: 1\n')).toEqual({ ok: false, problem: 'unclosed' });
    expect(splitFrontmatter('---js\nmodule.exports = {}\n---\n')).toEqual({ ok: false, problem: 'language', line: '---js' });
  });
});

describe('positions of schema findings', () => {
  const activity = (fields: string) =>
    `---\ntyp: aktivitet\nid: a\ntitel: T\nverksamhetsplan: vp\nmål: [m]\nansvarig: n\nperiod:\n  från: 2025-01-01\n  till: 2025-02-01\nstatus: genomförd\n${fields}---\nText\n`;

  test('a missing field points at the mapping that lacks it', () => {
    const text = activity('').replace('status: genomförd\n', '');
    expect(findings('a.md', text)).toEqual(['2:1 schema/required Fältet "status" saknas men krävs.']);
  });
  test('a missing field in a nested mapping points at that mapping', () => {
    const text = activity('').replace('  till: 2025-02-01\n', '');
    expect(findings('a.md', text)).toEqual(['9:3 schema/required Fältet "till" saknas men krävs.']);
  });
  test('an unknown field points at its key, with a near match', () => {
    expect(findings('a.md', activity('statuss: klar\n'))).toEqual([
      '12:1 schema/additional Okänt fält "statuss". Menade du "status"?',
    ]);
  });
  test('a wrong enum value points at the value and lists the allowed ones', () => {
    const text = activity('').replace('status: genomförd', 'status: klar');
    expect(findings('a.md', text)).toEqual([
      '11:9 schema/enum Ogiltigt värde "klar". Tillåtna värden: "ej påbörjad", "pågår", "genomförd", "delvis genomförd", "senarelagd" eller "avbruten".',
    ]);
  });
  test('a wrong type inside a flow sequence points at the item', () => {
    const text = activity('').replace('mål: [m]', 'mål: [m, 7]');
    expect(findings('a.md', text)).toEqual(['6:10 schema/type Värdet ska vara en text, men är ett heltal (7).']);
  });
  test('dates stay strings (YAML 1.2 core schema) and a bad date is a format finding', () => {
    const text = activity('').replace('från: 2025-01-01', 'från: 2025-13-01');
    expect(findings('a.md', text)).toEqual(['9:9 schema/format Datumet 2025-13-01 finns inte i kalendern.']);
  });
  test('an unknown typ suggests the nearest', () => {
    expect(findings('x.yaml', 'typ: aktivitett\n')).toEqual(['1:6 schema/enum Okänd typ "aktivitett". Menade du "aktivitet"?']);
  });
  test('a missing typ points at the top mapping', () => {
    expect(findings('x.yaml', 'id: a\n')).toEqual([
      '1:1 schema/required Fältet typ saknas. Ange en av "program", "kommuner", "organisation", "mål", "nätverk", "indikator", "verksamhetsplan", "aktivitet" eller "årsredovisning".',
    ]);
  });
  test('a YAML list at the top is not a data file', () => {
    expect(findings('x.yaml', '- a\n- b\n')).toEqual(['1:1 schema/type Innehållet måste vara en mappning (fält: värde) med fältet typ.']);
  });
  test('a "saknas" or a number is accepted for an outcome, anything else is one finding', () => {
    const indicator = (v: string) =>
      `typ: indikator\nid: i\nnamn: N\nmål: [m]\nenhet: st\nriktning: ökar\nkälla:\n  typ: egen\nutfall:\n  - år: 2024\n    värde: ${v}\n`;
    expect(findings('i.yaml', indicator('saknas'))).toEqual([]);
    expect(findings('i.yaml', indicator('12.5'))).toEqual([]);
    expect(findings('i.yaml', indicator('okänt'))).toEqual(['11:12 schema/any-of Värdet ska vara ett tal eller "saknas".']);
  });
  test('a Kolada source needs a KPI id', () => {
    const text = 'typ: indikator\nid: i\nnamn: N\nmål: [m]\nenhet: st\nriktning: ökar\nkälla:\n  typ: kolada\n';
    expect(findings('i.yaml', text)).toEqual(['8:3 schema/required Fältet "kpi" saknas men krävs.']);
  });
});

describe('hostile keys and YAML', () => {
  test('__proto__, constructor and prototype are plain unknown fields and pollute nothing', () => {
    const text = 'typ: kommuner\n__proto__:\n  polluted: true\nconstructor: x\nprototype: y\nkommuner: []\n';
    const f = findings('k.yaml', text);
    expect(f).toEqual([
      '2:1 schema/additional Okänt fält "__proto__".',
      '4:1 schema/additional Okänt fält "constructor".',
      '5:1 schema/additional Okänt fält "prototype".',
      '6:11 schema/length Listan ska ha minst 1 post.',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  test('duplicate keys are a YAML error at the second key', () => {
    expect(findings('k.yaml', 'typ: kommuner\ntyp: kommuner\n')).toEqual([
      '2:1 yaml/syntax YAML-fel (DUPLICATE_KEY): samma fält förekommer två gången i samma mappning.'.replace('gången', 'gånger'),
    ]);
  });
  test('several documents in one file are refused', () => {
    expect(findings('k.yaml', 'typ: kommuner\n---\ntyp: kommuner\n')[0]).toMatch(/^2:1 yaml\/syntax YAML-fel \(MULTIPLE_DOCS\)/);
  });
  test('tabs as indentation are refused', () => {
    expect(findings('k.yaml', 'typ: kommuner\nkommuner:\n\t- id: a\n')[0]).toMatch(/yaml\/syntax/);
  });
});

describe('file-system cases', () => {
  test('a file removed during the run, and a folder where a file is expected, are read failures', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'mapp.yaml'));
    const gone = loadFile(new WorktreeSource(dir), 'borta.yaml', sv).diagnostics;
    expect(gone.map((d) => `${d.start.line}:${d.start.column} ${d.ruleId} ${d.message}`)).toEqual([
      '1:1 file/read Filen kunde inte läsas: filen finns inte (den kan ha tagits bort under körningen).',
    ]);
    const folder = loadFile(new WorktreeSource(dir), 'mapp.yaml', sv).diagnostics;
    expect(folder.map((d) => d.message)).toEqual(['Filen kunde inte läsas: det är en mapp, inte en fil.']);
  });

  test('an unreadable file is a finding and the others are still checked', () => {
    if (process.getuid?.() === 0) {
      // root reads everything; a folder in place of a file gives the same read failure.
      const dir = composeFixture('base');
      mkdirSync(join(dir, 'data', 'mapp.yaml', 'inne'), { recursive: true });
      writeFileSync(join(dir, 'data', 'mapp.yaml', 'inne', 'x.txt'), 'x');
      expect(locations(checkProject({ root: dir, today: TODAY }).diagnostics)).toEqual([]);
      return;
    }
    const dir = composeFixture('base');
    writeFileSync(join(dir, 'data', 'hemlig.yaml'), 'typ: kommuner\n');
    chmodSync(join(dir, 'data', 'hemlig.yaml'), 0o000);
    expect(locations(checkProject({ root: dir, today: TODAY }).diagnostics)).toEqual(['data/hemlig.yaml:1:1 file/read']);
  });
  test('a file over the size limit is refused without parsing', () => {
    const dir = composeFixture('base');
    writeFileSync(join(dir, 'data', 'stor.yaml'), 'typ: kommuner\n# ' + 'x'.repeat(10 * 1024 * 1024) + '\n');
    const result = checkProject({ root: dir, today: TODAY });
    expect(locations(result.diagnostics)).toEqual(['data/stor.yaml:1:1 file/too-large']);
  });
  test('links outside the project, symlink loops and linked folders are not followed', () => {
    const dir = composeFixture('base');
    const outside = tempDir();
    writeFileSync(join(outside, 'ute.yaml'), 'typ: kommuner\nkommuner: []\n');
    symlinkSync(join(outside, 'ute.yaml'), join(dir, 'data', 'ute.yaml'));
    symlinkSync(join(dir, 'data', 'loop-b.yaml'), join(dir, 'data', 'loop-a.yaml'));
    symlinkSync(join(dir, 'data', 'loop-a.yaml'), join(dir, 'data', 'loop-b.yaml'));
    mkdirSync(join(outside, 'mapp.md'));
    symlinkSync(join(outside, 'mapp.md'), join(dir, 'data', 'mapp.md'));
    expect(locations(checkProject({ root: dir, today: TODAY }).diagnostics)).toEqual([
      'data/loop-a.yaml:1:1 file/link',
      'data/loop-b.yaml:1:1 file/link',
      'data/mapp.md:1:1 file/link',
      'data/ute.yaml:1:1 file/link',
    ]);
  });
  test('a link to a file inside the project is read like the file', () => {
    const dir = composeFixture('base');
    symlinkSync(join(dir, 'data', 'kommuner.yaml'), join(dir, 'data', 'kommuner-lank.yaml'));
    const ids = checkProject({ root: dir, today: TODAY }).diagnostics.map((d) => `${d.file} ${d.ruleId}`);
    expect(ids).toEqual(['data/kommuner.yaml id/duplicate', 'data/kommuner.yaml id/duplicate']);
  });
});
