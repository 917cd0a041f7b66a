import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runLink } from '../src/cli/commands/link.js';
import { runSet } from '../src/cli/commands/set.js';
import type { CliIo } from '../src/cli/io.js';
import type { EditHooks } from '../src/edit/commit.js';
import { readDataText, withYaml, yamlOf } from '../src/edit/data-text.js';
import { appendToSequence, deleteKey, EditError, removeFromSequence, setValue } from '../src/edit/yaml-edit.js';
import { composeFixture, run, runBin, TODAY, writeTree } from './helpers.js';

/** A project: the base fixture plus the edit overlay (another delmål and an activity with comments and odd indentation). */
const project = () => composeFixture('base', 'edit');
const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');
const bytes = (dir: string, path: string) => readFileSync(join(dir, path));
/** Temporary files the atomic writer would leave behind on a failure. */
const leftovers = (dir: string, path: string) => readdirSync(join(dir, dirname(path))).filter((f) => f.endsWith('.tmp'));

/** Runs a command function in-process with test hooks, which the CLI itself never passes. */
async function withHooks(call: (io: CliIo) => Promise<number>): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await call({ stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: '/', env: {}, isTTY: false });
  return { code, stdout, stderr };
}

const B = 'data/2025/aktivitet-b.md';
const A = 'data/2025/aktivitet-a.md';

describe('yaml-edit: every byte outside the changed node stays', () => {
  test('a block list with comments and odd indentation gets a sibling with the same indentation', () => {
    const text = 'mål:\n    # först\n    - a   # huvudmålet\n    # sedan\n    -  b\nstatus: x # k\n';
    expect(appendToSequence(text, ['mål'], 'c')).toBe('mål:\n    # först\n    - a   # huvudmålet\n    # sedan\n    -  b\n    -  c\nstatus: x # k\n');
    expect(removeFromSequence(text, ['mål'], 0)).toBe('mål:\n    # först\n    # sedan\n    -  b\nstatus: x # k\n');
  });

  test('a list that is not indented under its key stays that way', () => {
    expect(appendToSequence('mål:\n- a\n- b\nx: 1\n', ['mål'], 'c')).toBe('mål:\n- a\n- b\n- c\nx: 1\n');
  });

  test('flow lists keep their separators, also over several lines', () => {
    expect(appendToSequence('mål: [a, b]  # kommentar\n', ['mål'], 'c')).toBe('mål: [a, b, c]  # kommentar\n');
    expect(appendToSequence('mål: [a,b]\n', ['mål'], 'c')).toBe('mål: [a,b,c]\n');
    expect(appendToSequence('mål: []\n', ['mål'], 'c')).toBe('mål: [c]\n');
    expect(appendToSequence('mål: [\n  a,\n  b\n]\n', ['mål'], 'c')).toBe('mål: [\n  a,\n  b,\n  c\n]\n');
    expect(removeFromSequence('mål: [a, b, c]\n', ['mål'], 1)).toBe('mål: [a, c]\n');
    expect(removeFromSequence('mål: [a, b, c]\n', ['mål'], 2)).toBe('mål: [a, b]\n');
    expect(removeFromSequence('mål: [a, b, c]\n', ['mål'], 0)).toBe('mål: [b, c]\n');
  });

  test('a missing key is added at the end of its mapping, at the indentation of its keys', () => {
    const text = 'typ: aktivitet\nperiod:\n    från: "2025-01-01"\n# slutkommentar\n';
    expect(setValue(text, ['period', 'till'], '2025-12-31')).toBe('typ: aktivitet\nperiod:\n    från: "2025-01-01"\n    till: "2025-12-31"\n# slutkommentar\n');
    expect(setValue(text, ['budget', 'belopp'], 5000)).toBe('typ: aktivitet\nperiod:\n    från: "2025-01-01"\nbudget:\n    belopp: 5000\n# slutkommentar\n');
    expect(appendToSequence('typ: aktivitet\nid: x', ['mål'], 'a')).toBe('typ: aktivitet\nid: x\nmål:\n  - a');
  });

  test('an empty value is filled in place; an explicit null too', () => {
    expect(setValue('id:\ntitel: x\n', ['id'], 'ny')).toBe('id: ny\ntitel: x\n');
    expect(setValue('id: # fyll i\ntitel: x\n', ['id'], 'ny')).toBe('id: ny # fyll i\ntitel: x\n');
    expect(setValue('id: ~\n', ['id'], 'ny')).toBe('id: ny\n');
    expect(appendToSequence('mål:\nx: 1\n', ['mål'], 'a')).toBe('mål:\n  - a\nx: 1\n');
  });

  test('a scalar keeps its quoting and its comment; text that would read as something else is quoted', () => {
    expect(setValue("till: '2025-10-31' # k\n", ['till'], '2025-11-30')).toBe("till: '2025-11-30' # k\n");
    expect(setValue('status: pågår # k\n', ['status'], 'ej påbörjad')).toBe('status: ej påbörjad # k\n');
    expect(setValue('titel: x\n', ['titel'], '2025')).toBe('titel: "2025"\n');
    expect(setValue('titel: x\n', ['titel'], 'Mål: #1')).toBe('titel: "Mål: #1"\n');
    expect(setValue('belopp: 1\n', ['belopp'], 250000)).toBe('belopp: 250000\n');
    expect(setValue('text: >-\n  en lång\n  text\nx: 1\n', ['text'], 'kort')).toBe('text: >-\n  kort\nx: 1\n');
  });

  test('CRLF files get CRLF on new lines', () => {
    const text = 'typ: aktivitet\r\nmål:\r\n  - a\r\nstatus: pågår\r\n';
    expect(appendToSequence(text, ['mål'], 'b')).toBe('typ: aktivitet\r\nmål:\r\n  - a\r\n  - b\r\nstatus: pågår\r\n');
    expect(setValue(text, ['budget', 'post'], 'kansli')).toBe('typ: aktivitet\r\nmål:\r\n  - a\r\nstatus: pågår\r\nbudget:\r\n  post: kansli\r\n');
    expect(removeFromSequence('mål:\r\n  - a\r\n  - b\r\n', ['mål'], 0)).toBe('mål:\r\n  - b\r\n');
  });

  test('removing an empty key takes its whole line', () => {
    expect(deleteKey('a: 1\nb:\nc: 2\n', ['b'])).toBe('a: 1\nc: 2\n');
    expect(deleteKey('a: 1\np:\n  x: ""\nc: 2\n', ['p'])).toBe('a: 1\nc: 2\n');
  });

  test('what cannot be changed safely is refused, not guessed', () => {
    expect(() => setValue('a: &x 1\nb: *x\n', ['a'], 2)).toThrow(EditError);
    expect(() => appendToSequence('mål: a\n', ['mål'], 'b')).toThrow(/not-sequence/);
    expect(() => setValue('a: [1\n', ['a'], 2)).toThrow(/syntax/);
  });

  test('a Markdown file with a BOM and CRLF: only the frontmatter node changes', () => {
    const original = Buffer.from('\uFEFF---\r\ntyp: aktivitet\r\nmål: [a]\r\n---\r\nBrödtext  \r\n---\r\nmer\r\n', 'utf8');
    const file = readDataText(original, 'x.md');
    if ('problem' in file) throw new Error(file.problem);
    expect(file.bom).toBe(true);
    const out = withYaml(file, appendToSequence(yamlOf(file), ['mål'], 'b'));
    expect(out.equals(Buffer.from('\uFEFF---\r\ntyp: aktivitet\r\nmål: [a, b]\r\n---\r\nBrödtext  \r\n---\r\nmer\r\n', 'utf8'))).toBe(true);
  });
});

describe('sup link', () => {
  test('a block list with comments and odd indentation: the whole file, byte for byte', async () => {
    const dir = project();
    const r = await run(['-C', dir, 'link', 'aktivitet-b', 'delmal-cykel']);
    expect(r).toEqual({ code: 0, stdout: `Aktiviteten "aktivitet-b" bidrar nu till "delmal-cykel" (${B}).\n`, stderr: '' });
    expect(read(dir, B)).toBe(
      [
        '---',
        '# Aktivitet B: kommentarer, citattecken och udda indrag ska stå kvar.',
        'typ: aktivitet',
        'id: aktivitet-b',
        'titel: "Cykelstråk: prioritering"   # citerad titel',
        'verksamhetsplan: vp-2025',
        'mål:',
        '    # Först delmålet för laddning.',
        '    - delmal-ladd   # huvudmålet',
        '    # Sedan det långsiktiga målet.',
        '    - klimat',
        '    - delmal-cykel',
        'ansvarig:   klimatstrateger',
        'period:',
        '   från: "2025-03-01"',
        "   till: '2025-10-31'",
        'status: pågår # uppdateras löpande',
        '---',
        '',
        'Brödtexten ska stå kvar  ',
        'byte för byte, med två mellanslag i radslut.',
        '',
      ].join('\n'),
    );
    expect((await run(['-C', dir, 'check', '--today', TODAY])).code).toBe(0);
  });

  test('a flow list: [a] becomes [a, b]', async () => {
    const dir = project();
    const before = read(dir, A);
    expect((await run(['-C', dir, 'link', 'aktivitet-a', 'delmal-cykel'])).code).toBe(0);
    expect(read(dir, A)).toBe(before.replace('mål: [delmal-ladd]\n', 'mål: [delmal-ladd, delmal-cykel]\n'));
    expect(read(dir, A)).toBe(
      '---\ntyp: aktivitet\nid: aktivitet-a\ntitel: Kartlägga laddplatser\nverksamhetsplan: vp-2025\nmål: [delmal-ladd, delmal-cykel]\n' +
        'ansvarig: klimatstrateger\nperiod:\n  från: 2025-02-01\n  till: 2025-11-30\nbudget:\n  post: kansli\n  belopp: 50000\nstatus: genomförd\n---\nAktiviteten.\n',
    );
  });

  test('a CRLF file with a BOM keeps both, and the new line ends in CRLF', async () => {
    const dir = project();
    const original = '\uFEFF---\r\ntyp: aktivitet\r\nid: aktivitet-c\r\ntitel: Med CRLF\r\nverksamhetsplan: vp-2025\r\nmål:\r\n  - delmal-ladd\r\nansvarig: klimatstrateger\r\nperiod:\r\n  från: "2025-01-01"\r\n  till: "2025-06-30"\r\nstatus: pågår\r\n---\r\nBrödtext.\r\n';
    writeTree(dir, { 'data/2025/aktivitet-c.md': Buffer.from(original, 'utf8') });
    expect((await run(['-C', dir, 'link', 'aktivitet-c', 'delmal-cykel'])).code).toBe(0);
    expect((await run(['-C', dir, 'set', 'aktivitet-c', 'status', 'genomförd'])).code).toBe(0);
    expect((await run(['-C', dir, 'set', 'aktivitet-c', 'budget.post', 'kansli'])).code).toBe(1); // belopp is required with post
    const expected =
      '\uFEFF---\r\ntyp: aktivitet\r\nid: aktivitet-c\r\ntitel: Med CRLF\r\nverksamhetsplan: vp-2025\r\nmål:\r\n  - delmal-ladd\r\n  - delmal-cykel\r\nansvarig: klimatstrateger\r\nperiod:\r\n  från: "2025-01-01"\r\n  till: "2025-06-30"\r\nstatus: genomförd\r\n---\r\nBrödtext.\r\n';
    expect(bytes(dir, 'data/2025/aktivitet-c.md').equals(Buffer.from(expected, 'utf8'))).toBe(true);
  });

  test('a YAML data file (not Markdown) with a CRLF flow list', async () => {
    const dir = project();
    writeTree(dir, {
      'data/2025/aktivitet-d.yaml': 'typ: aktivitet\r\nid: aktivitet-d\r\ntitel: YAML\r\nverksamhetsplan: vp-2025\r\nmål: [ delmal-ladd ]  # flödeslista\r\nansvarig: klimatstrateger\r\nperiod: {från: "2025-01-01", till: "2025-03-31"}\r\nstatus: pågår',
    });
    expect((await run(['-C', dir, 'link', 'aktivitet-d', 'klimat'])).code).toBe(0);
    expect((await run(['-C', dir, 'set', 'aktivitet-d', 'period.till', '2025-04-30'])).code).toBe(0);
    expect(read(dir, 'data/2025/aktivitet-d.yaml')).toBe(
      'typ: aktivitet\r\nid: aktivitet-d\r\ntitel: YAML\r\nverksamhetsplan: vp-2025\r\nmål: [ delmal-ladd, klimat ]  # flödeslista\r\nansvarig: klimatstrateger\r\nperiod: {från: "2025-01-01", till: "2025-04-30"}\r\nstatus: pågår',
    );
  });

  test('an already linked goal: exit 0, nothing written', async () => {
    const dir = project();
    const before = bytes(dir, B);
    const r = await run(['-C', dir, 'link', 'aktivitet-b', 'klimat']);
    expect(r).toEqual({ code: 0, stdout: 'Aktiviteten "aktivitet-b" bidrar redan till "klimat"; ingenting ändrades.\n', stderr: '' });
    expect(bytes(dir, B).equals(before)).toBe(true);
  });

  test('an unknown activity or goal: exit 1 with "Menade du", file untouched', async () => {
    const dir = project();
    const before = bytes(dir, B);
    expect(await run(['-C', dir, 'link', 'aktivitet-bb', 'klimat'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'sup link: Det finns ingen aktivitet med id "aktivitet-bb". Menade du "aktivitet-b"?\n',
    });
    expect(await run(['-C', dir, 'link', 'aktivitet-b', 'delmal-cykell'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'sup link: Det finns inget mål med id "delmal-cykell". Menade du "delmal-cykel"?\n',
    });
    expect((await run(['-C', dir, '--lang', 'en', 'link', 'aktivitet-b', 'delmal-cykell'])).stderr).toBe(
      'sup link: There is no mål with the id "delmal-cykell". Did you mean "delmal-cykel"?\n',
    );
    expect(bytes(dir, B).equals(before)).toBe(true);
  });

  test('a network is not a goal', async () => {
    const dir = project();
    const r = await run(['-C', dir, 'link', 'aktivitet-b', 'klimatstrateger']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('sup link: "klimatstrateger" är ett nätverk, inte ett mål. En aktivitet kan bara bidra till mål och delmål.\n');
    expect((await run(['-C', dir, 'link', 'klimat', 'delmal-cykel'])).stderr).toBe('sup link: "klimat" är ett mål, inte en aktivitet.\n');
  });

  test('a link that would add an error (a delmål of another plan) is refused and the error shown', async () => {
    const dir = project();
    writeTree(dir, {
      'data/2026/vp.md': '---\ntyp: verksamhetsplan\nid: vp-2026\når: 2026\nprogram: sup-2040\nbudget:\n  - id: kansli\n    rubrik: Kansliet\n    belopp: 1\n---\n',
      'data/2026/delmal.md': '---\ntyp: mål\nid: delmal-2026\nnivå: delmål\ntitel: Nästa år\nförälder: klimat\nverksamhetsplan: vp-2026\n---\n',
    });
    const before = bytes(dir, B);
    const r = await run(['-C', dir, 'link', 'aktivitet-b', 'delmal-2026']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('sup link: Ändringen skulle ge fel i datan, så ingenting skrevs:\n');
    expect(r.stderr).toContain(`${B}:12:7  fel  Delmålet "delmal-2026" hör till verksamhetsplanen "vp-2026", inte till aktivitetens plan.  activity/goal-other-plan`);
    expect(r.stderr).toContain('    > 12 |     - delmal-2026');
    expect(bytes(dir, B).equals(before)).toBe(true);
  });
});

describe('sup unlink', () => {
  test('removes the goal line and nothing else', async () => {
    const dir = project();
    const r = await run(['-C', dir, 'unlink', 'aktivitet-b', 'delmal-ladd']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Aktiviteten "aktivitet-b" bidrar inte längre till "delmal-ladd" (${B}).\n`);
    expect(read(dir, B)).toBe(
      [
        '---',
        '# Aktivitet B: kommentarer, citattecken och udda indrag ska stå kvar.',
        'typ: aktivitet',
        'id: aktivitet-b',
        'titel: "Cykelstråk: prioritering"   # citerad titel',
        'verksamhetsplan: vp-2025',
        'mål:',
        '    # Först delmålet för laddning.',
        '    # Sedan det långsiktiga målet.',
        '    - klimat',
        'ansvarig:   klimatstrateger',
        'period:',
        '   från: "2025-03-01"',
        "   till: '2025-10-31'",
        'status: pågår # uppdateras löpande',
        '---',
        '',
        'Brödtexten ska stå kvar  ',
        'byte för byte, med två mellanslag i radslut.',
        '',
      ].join('\n'),
    );
  });

  test('the last goal is refused: an activity serves at least one goal', async () => {
    const dir = project();
    const before = bytes(dir, A);
    expect(await run(['-C', dir, 'unlink', 'aktivitet-a', 'delmal-ladd'])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'sup unlink: "delmal-ladd" är det enda målet för aktiviteten "aktivitet-a", och en aktivitet måste bidra till minst ett mål. ' +
        'Koppla den först till ett annat mål med sup link aktivitet-a <mål>, eller ta bort aktiviteten.\n',
    });
    expect(bytes(dir, A).equals(before)).toBe(true);
  });

  test('a goal the activity does not have: exit 0 when it is a goal, 1 with a suggestion when it is not', async () => {
    const dir = project();
    expect((await run(['-C', dir, 'unlink', 'aktivitet-b', 'delmal-cykel'])).stdout).toBe('Aktiviteten "aktivitet-b" bidrar inte till "delmal-cykel"; ingenting ändrades.\n');
    const r = await run(['-C', dir, 'unlink', 'aktivitet-b', 'klimta']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('sup unlink: Aktiviteten "aktivitet-b" har inget mål "klimta", och det finns inget mål med det id:t. Aktivitetens mål är "delmal-ladd" och "klimat". Menade du "klimat"?\n');
  });
});

describe('sup set', () => {
  test('status: the value changes, its comment stays, the file is otherwise the same', async () => {
    const dir = project();
    const before = read(dir, B);
    const r = await run(['-C', dir, 'set', 'aktivitet-b', 'status', 'genomförd']);
    expect(r).toEqual({ code: 0, stdout: `status för "aktivitet-b" ändrades från "pågår" till "genomförd" (${B}).\n`, stderr: '' });
    expect(read(dir, B)).toBe(before.replace('status: pågår # uppdateras löpande', 'status: genomförd # uppdateras löpande'));
  });

  test('a dotted path keeps the quoting; a number field gets a number; a missing mapping is added', async () => {
    const dir = project();
    const before = read(dir, B);
    expect((await run(['-C', dir, 'set', 'aktivitet-b', 'period.till', '2025-11-30'])).code).toBe(0);
    expect((await run(['-C', dir, 'set', 'aktivitet-a', 'budget.belopp', '60000'])).code).toBe(0);
    expect(read(dir, B)).toBe(before.replace("   till: '2025-10-31'", "   till: '2025-11-30'"));
    expect(read(dir, A)).toContain('budget:\n  post: kansli\n  belopp: 60000\nstatus: genomförd\n');
    expect((await run(['-C', dir, 'set', 'aktivitet-b', 'titel', '2030'])).code).toBe(0);
    expect(read(dir, B)).toContain('titel: "2030"   # citerad titel\n');
  });

  test('a value the schema rejects (status: klar) is refused with the allowed values, file unchanged', async () => {
    const dir = project();
    const before = bytes(dir, B);
    expect(await run(['-C', dir, 'set', 'aktivitet-b', 'status', 'klar'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'sup set: Ogiltigt värde "klar" för status. Tillåtna värden: "ej påbörjad", "pågår", "genomförd", "delvis genomförd", "senarelagd" eller "avbruten".\n',
    });
    expect((await run(['-C', dir, 'set', 'aktivitet-b', 'status', 'genomford'])).stderr).toContain('Menade du "genomförd"?');
    expect((await run(['-C', dir, 'set', 'aktivitet-b', 'budget.belopp', 'mycket'])).stderr).toBe('sup set: Fältet "budget.belopp" ska vara ett tal, inte "mycket".\n');
    expect(bytes(dir, B).equals(before)).toBe(true);
  });

  test('an unknown id or field gets "Menade du"; lists and ids are not set', async () => {
    const dir = project();
    expect((await run(['-C', dir, 'set', 'aktivitet-bb', 'status', 'pågår'])).stderr).toBe('sup set: Det finns ingen post med id "aktivitet-bb". Menade du "aktivitet-b"?\n');
    expect((await run(['-C', dir, 'set', 'aktivitet-b', 'statsu', 'pågår'])).stderr).toBe('sup set: Okänt fält "statsu" för aktivitet. Menade du "status"?\n');
    expect((await run(['-C', dir, 'set', 'aktivitet-b', 'mål', 'klimat'])).stderr).toBe(
      'sup set: Fältet "mål" är en lista; sup set ändrar ett enskilt värde. En aktivitets mål ändras med sup link och sup unlink.\n',
    );
    expect((await run(['-C', dir, 'set', 'aktivitet-b', 'id', 'ny'])).code).toBe(1);
  });

  test('a value that breaks a reference is refused with the project check\'s finding', async () => {
    const dir = project();
    const before = bytes(dir, B);
    const r = await run(['-C', dir, 'set', 'aktivitet-b', 'ansvarig', 'klimatstrateg']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${B}:12:13  fel  Okänd referens "klimatstrateg": det finns inget nätverk eller organ med den identiteten. Menade du "klimatstrateger"?  ref/unknown`);
    expect(bytes(dir, B).equals(before)).toBe(true);
  });

  test('an entity inside a list file (a kommun in kommuner.yaml)', async () => {
    const dir = project();
    const before = read(dir, 'data/kommuner.yaml');
    expect((await run(['-C', dir, 'set', 'haninge', 'namn', 'Haninge kommun'])).code).toBe(0);
    expect(read(dir, 'data/kommuner.yaml')).toBe(before.replace('namn: Haninge\n', 'namn: Haninge kommun\n'));
  });

  test('a list item by its id: budget.kansli.belopp', async () => {
    const dir = project();
    const r = await run(['-C', dir, 'set', 'vp-2025', 'budget.kansli.belopp', '120 000']);
    expect(r.stdout).toBe('budget.kansli.belopp för "vp-2025" ändrades från "100000" till "120000" (data/2025/vp.md).\n');
    expect(read(dir, 'data/2025/vp.md')).toBe('---\ntyp: verksamhetsplan\nid: vp-2025\når: 2025\nprogram: sup-2040\nbudget:\n  - id: kansli\n    rubrik: Kansliet\n    belopp: 120000\n---\nPlanen.\n');
    expect((await run(['-C', dir, 'set', 'vp-2025', 'budget.kansl.belopp', '1'])).stderr).toBe('sup set: "budget.kansl.belopp": listan har ingen post "kansl". Menade du "kansli"?\n');
  });

  test('the same value: exit 0, nothing written', async () => {
    const dir = project();
    expect((await run(['-C', dir, 'set', 'aktivitet-b', 'status', 'pågår'])).stdout).toBe('status för "aktivitet-b" är redan "pågår"; ingenting ändrades.\n');
  });
});

describe('safe writes', () => {
  test('a file changed on disk between read and write is not overwritten', async () => {
    const dir = project();
    const path = join(dir, B);
    const theirs = read(dir, B).replace('status: pågår', 'status: senarelagd');
    const hooks: EditHooks = { beforeCommit: (target) => writeFileSync(target, theirs) };
    const r = await withHooks((io) => runSet('aktivitet-b', 'status', 'genomförd', { C: dir }, io, hooks));
    expect(r).toEqual({ code: 1, stdout: '', stderr: `sup set: ${B} ändrades av något annat medan sup arbetade, så ingenting skrevs. Kör kommandot igen.\n` });
    expect(readFileSync(path, 'utf8')).toBe(theirs);
    expect(leftovers(dir, B)).toEqual([]);
  });

  test('a read-only file is left as it is, with a clear message and exit 2', async () => {
    const dir = project();
    const before = bytes(dir, B);
    chmodSync(join(dir, B), 0o444);
    const r = await run(['-C', dir, 'link', 'aktivitet-b', 'delmal-cykel']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `sup link: ${B} är skrivskyddad, så ingenting ändrades. Ta bort skrivskyddet (till exempel chmod u+w ${B}) och kör kommandot igen.\n`,
    });
    expect(bytes(dir, B).equals(before)).toBe(true);
  });

  test('a failed write (disk full) leaves the original intact and no temporary file', async () => {
    const dir = project();
    const before = bytes(dir, B);
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const hooks: EditHooks = {
      fs: {
        writeSync: () => {
          throw full;
        },
      },
    };
    const r = await withHooks((io) => runLink('aktivitet-b', 'delmal-cykel', { C: dir }, io, hooks));
    expect(r).toEqual({ code: 2, stdout: '', stderr: `sup link: Kunde inte skriva ${B}: disken är full. Filen är oförändrad.\n` });
    expect(bytes(dir, B).equals(before)).toBe(true);
    expect(leftovers(dir, B)).toEqual([]);
  });

  test('a failed rename also leaves the original intact', async () => {
    const dir = project();
    const before = bytes(dir, B);
    const hooks: EditHooks = {
      fs: {
        renameSync: () => {
          throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
        },
      },
    };
    const r = await withHooks((io) => runSet('aktivitet-b', 'status', 'genomförd', { C: dir, lang: 'en' }, io, hooks));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`sup set: Could not write ${B}: input/output error on the disk. The file is unchanged.\n`);
    expect(bytes(dir, B).equals(before)).toBe(true);
    expect(leftovers(dir, B)).toEqual([]);
  });
});

describe('spawned binary', () => {
  test('link, set and unlink work as the installed command', () => {
    const dir = project();
    const link = runBin(['-C', dir, 'link', 'aktivitet-b', 'delmal-cykel']);
    expect(link).toEqual({ code: 0, stdout: `Aktiviteten "aktivitet-b" bidrar nu till "delmal-cykel" (${B}).\n`, stderr: '' });
    expect(runBin(['-C', dir, 'set', 'aktivitet-b', 'status', 'klar']).code).toBe(1);
    expect(runBin(['-C', dir, 'unlink', 'aktivitet-b', 'delmal-cykel']).code).toBe(0);
    expect(read(dir, B)).toBe(readFileSync(join(composeFixture('base', 'edit'), B), 'utf8'));
  });
});
