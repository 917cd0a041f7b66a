// One table of CLI scenarios, run both in-process (`main(argv, io)`) and as the spawned bin/sup.js:
// the same arguments in the same folder must give the same exit code and exactly the same output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { composeFixture, REPO, run, runBin, tempDir } from './helpers.js';

interface Scenario {
  name: string;
  /** 'repo' (the repository with its real data), 'empty' (a folder outside any project) or fixtures layered over base. */
  cwd: string;
  args: string[];
  code: number;
  /** Exact output; `<cwd>` stands for the folder the scenario runs in. */
  stdout: string;
  stderr: string;
}

const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;

/** Lines of output, each ended by a newline. */
const lines = (...ls: string[]): string => ls.map((l) => `${l}\n`).join('');

const SCENARIOS: Scenario[] = [
  {
    name: 'the version',
    cwd: 'repo',
    args: ['--version'],
    code: 0,
    stdout: `${VERSION}\n`,
    stderr: '',
  },
  {
    name: 'the base fixture, as JSON',
    cwd: 'base',
    args: ['check', '--no-cache', '--format', 'json'],
    code: 0,
    stdout: '{"diagnostics":[],"summary":{"errors":0,"warnings":0,"files":12}}\n',
    stderr: '',
  },
  {
    name: 'a year without a plan, in Swedish',
    cwd: 'repo',
    args: ['report', '1999', '--format', 'md'],
    code: 1,
    stdout: '',
    stderr: 'sup report: Det finns ingen verksamhetsplan för 1999. Planer finns för 2023, 2024, 2025, 2026.\n',
  },
  {
    name: 'a year without a plan, in English',
    cwd: 'repo',
    args: ['--lang', 'en', 'report', '1999', '--format', 'md'],
    code: 1,
    stdout: '',
    stderr: 'sup report: There is no annual plan for 1999. There are plans for 2023, 2024, 2025, 2026.\n',
  },
  {
    name: 'an unknown command',
    cwd: 'repo',
    args: ['nosuch'],
    code: 2,
    stdout: '',
    stderr: 'fel: okänt kommando "nosuch"\n(skriv "sup --help" för hjälp)\n',
  },
  {
    name: 'a circular goal structure, pretty',
    cwd: 'rules/goal-cycle/not-ok',
    args: ['check', '--no-cache'],
    code: 1,
    stdout: lines(
      'data/2025/arsredovisning.md:8:1  varning  Målet "delmal-2" saknar bedömning i måluppfyllelse.  report/assessment-missing',
      'data/2025/arsredovisning.md:8:1  varning  Målet "delmal-3" saknar bedömning i måluppfyllelse.  report/assessment-missing',
      '',
      'data/2025/delmal-2.md:6:11  fel  Målstrukturen går i cirkel: delmal-2 → delmal-3 → delmal-2.  goal/cycle',
      '      5 | titel: Delmål delmal-2',
      '    > 6 | förälder: delmal-3',
      '        |           ^^^^^^^^',
      '      7 | verksamhetsplan: vp-2025',
      '    Se även: data/2025/delmal-3.md:6:11 (definierat här)',
      'data/2025/delmal-2.md:6:11  fel  Ett delmål kan inte ha "delmal-3" (ett delmål) som förälder: föräldern ska ligga på en högre nivå och vara ett mål i programmet.  goal/parent',
      '      5 | titel: Delmål delmal-2',
      '    > 6 | förälder: delmal-3',
      '        |           ^^^^^^^^',
      '      7 | verksamhetsplan: vp-2025',
      '    Se även: data/2025/delmal-3.md:4:7 (definierat här)',
      '',
      'data/2025/delmal-3.md:6:11  fel  Ett delmål kan inte ha "delmal-2" (ett delmål) som förälder: föräldern ska ligga på en högre nivå och vara ett mål i programmet.  goal/parent',
      '      5 | titel: Delmål delmal-3',
      '    > 6 | förälder: delmal-2',
      '        |           ^^^^^^^^',
      '      7 | verksamhetsplan: vp-2025',
      '    Se även: data/2025/delmal-2.md:4:7 (definierat här)',
      '',
      '✖ 3 fel och 2 varningar i 14 filer.',
    ),
    stderr: '',
  },
  {
    name: 'the goals of the base fixture',
    cwd: 'base',
    args: ['ls', 'mål'],
    code: 0,
    stdout: lines(
      'delmal-ladd    2025                   En gemensam plan för laddinfrastruktur',
      'infrastruktur        rufs             En tillgänglig och hållbar infrastruktur',
      'klimat               klimatstrateger  Södertörn leder vägen i omställningen mot ett hållbart transportsystem',
      'vision               rufs             Södertörn leder Sveriges starka och hållbara tillväxt',
    ),
    stderr: '',
  },
  {
    name: 'one goal as JSON',
    cwd: 'base',
    args: ['show', 'infrastruktur', '--format', 'json'],
    code: 0,
    stdout: '{"id":"infrastruktur","kind":"mål","title":"En tillgänglig och hållbar infrastruktur","file":"data/mal/infrastruktur.md","line":2,"owner":{"id":"rufs","kind":"nätverk","title":"Nätverk rufs","file":"data/natverk/rufs.md","line":2},"goals":[{"id":"vision","kind":"mål","title":"Södertörn leder Sveriges starka och hållbara tillväxt","file":"data/mal/vision.md","line":2}],"activities":[],"indicators":[],"referencedBy":[{"file":"data/mal/klimat.md","line":6,"column":11,"field":"förälder","from":"klimat"}]}\n',
    stderr: '',
  },
  {
    name: 'outside any project',
    cwd: 'empty',
    args: ['check'],
    code: 2,
    stdout: '',
    stderr: 'sup: Hittade ingen sup.yaml i <cwd> eller någon mapp ovanför. Kör kommandot i ett dataförråd eller ange -C <mapp>.\n',
  },
  {
    name: 'outside any project, in English',
    cwd: 'empty',
    args: ['--lang', 'en', 'check'],
    code: 2,
    stdout: '',
    stderr: 'sup: No sup.yaml found in <cwd> or any folder above it. Run the command in a data repository or give -C <folder>.\n',
  },
];

/** A fresh folder for a scenario: nothing a run writes (a cache, say) reaches the next one. */
function folderFor(where: string): string {
  if (where === 'repo') return REPO;
  if (where === 'empty') return tempDir('sup-scenario-');
  return where === 'base' ? composeFixture('base') : composeFixture('base', where);
}

describe.each(SCENARIOS)('sup $args.0 … ($name)', (s) => {
  test.each(['in-process', 'spawned'] as const)('%s', async (how) => {
    const cwd = folderFor(s.cwd);
    const r = how === 'in-process' ? await run(s.args, { cwd }) : runBin(s.args, { cwd });
    const place = (text: string) => text.replaceAll(cwd, '<cwd>');
    expect({ code: r.code, stdout: place(r.stdout), stderr: place(r.stderr) }).toEqual({ code: s.code, stdout: s.stdout, stderr: s.stderr });
  });
});
