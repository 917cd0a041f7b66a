import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, test } from 'vitest';
import { checkProject } from '../src/check/check-project.js';
import { compareData } from '../src/diff/compare-values.js';
import { diffSnapshots } from '../src/diff/diff-snapshots.js';
import type { ProjectDiff } from '../src/diff/diff-snapshots.js';
import { formatDiffJson, formatDiffMarkdown } from '../src/diff/format-diff.js';
import { copyRealData, git, run, runBin, tempDir, TODAY } from './helpers.js';

/** A git repository whose first commit on main is a copy of the real SUP 2040 data. */
function realDataRepo(): string {
  const dir = copyRealData();
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'SUP 2040');
  return dir;
}

function edit(dir: string, path: string, from: string | RegExp, to: string): void {
  const full = join(dir, path);
  const text = readFileSync(full, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`nothing to replace in ${path}`);
  writeFileSync(full, next);
}

const GOAL = 'data/mal/klimatomstallning.md';
const ACTIVITY = 'data/exempel/2025/aktiviteter/laddinfrastruktur-plan.md';
const OTHER_ACTIVITY = 'data/exempel/2025/aktiviteter/laddinfrastruktur-kartlaggning.md';

describe('sup diff on a git repository with the real data', () => {
  test('an owner change: exact Markdown and JSON', async () => {
    const dir = realDataRepo();
    edit(dir, GOAL, 'ägare: klimatstrateger', 'ägare: trafikstrateger');

    const md = await run(['-C', dir, 'diff', 'main']);
    expect(md).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        '**Ändringar i datan** från `main` till arbetskopian: 1 post (1 ändrad).',
        '',
        // An owner change is shown to both networks: the one that gives the goal away reviews it too.
        '### Nätverk för klimatstrateger (`klimatstrateger`)',
        '',
        '- **Ändrat** mål `klimatomstallning` – Södertörn leder vägen i omställningen mot ett hållbart transportsystem',
        '  - ägare: `klimatstrateger` → `trafikstrateger`',
        '',
        '### Nätverk för trafikstrateger (`trafikstrateger`)',
        '',
        '- **Ändrat** mål `klimatomstallning` – Södertörn leder vägen i omställningen mot ett hållbart transportsystem',
        '  - ägare: `klimatstrateger` → `trafikstrateger`',
        '',
      ].join('\n'),
    });

    const json = await run(['-C', dir, 'diff', 'main', '--format', 'json']);
    expect(json.code).toBe(0);
    expect(json.stdout).toBe(
      JSON.stringify(
        {
          base: 'main',
          head: null,
          changes: [
            {
              kind: 'mål',
              id: 'klimatomstallning',
              change: 'changed',
              file: GOAL,
              network: 'trafikstrateger',
              previousNetwork: 'klimatstrateger',
              fields: [{ field: 'ägare', before: 'klimatstrateger', after: 'trafikstrateger' }],
            },
          ],
        },
        null,
        2,
      ) + '\n',
    );
  });

  test('a relinked activity: mål shown as added and removed items', async () => {
    const dir = realDataRepo();
    edit(dir, ACTIVITY, '  - delmal-2025-laddinfrastruktur\n', '  - delmal-2025-cykelpendling\n');
    const r = await run(['-C', dir, 'diff', 'main', '--format', 'json']);
    const changes = JSON.parse(r.stdout).changes;
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'aktivitet', id: 'laddinfrastruktur-plan', change: 'changed', file: ACTIVITY, network: 'klimatstrateger' });
    expect(changes[0].fields).toEqual([
      { field: 'mål', before: ['delmal-2025-laddinfrastruktur', 'klimatomstallning'], after: ['delmal-2025-cykelpendling', 'klimatomstallning'] },
    ]);
    const md = await run(['-C', dir, 'diff', 'main']);
    expect(md.stdout).toContain('  - mål: + `delmal-2025-cykelpendling`, − `delmal-2025-laddinfrastruktur`\n');
  });

  test('a status change', async () => {
    const dir = realDataRepo();
    edit(dir, OTHER_ACTIVITY, 'status: genomförd', 'status: "pågår"');
    const r = await run(['-C', dir, 'diff', 'main']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        '**Ändringar i datan** från `main` till arbetskopian: 1 post (1 ändrad).',
        '',
        '### Nätverk för klimatstrateger (`klimatstrateger`)',
        '',
        '- **Ändrad** aktivitet `laddinfrastruktur-kartlaggning` – Kartläggning av publik laddinfrastruktur och laddbehov på Södertörn',
        '  - status: `genomförd` → `pågår`',
        '',
      ].join('\n'),
    );
  });

  test('a deleted network is listed under itself; what points at it is unchanged data', async () => {
    const dir = realDataRepo();
    rmSync(join(dir, 'data/exempel/2025/natverk/arbetsgrupp-godstransporter.md'));
    const r = await run(['-C', dir, 'diff', 'main']);
    expect(r.stdout).toBe(
      [
        '**Ändringar i datan** från `main` till arbetskopian: 1 post (1 borttagen).',
        '',
        '### Arbetsgrupp för godstransporter och logistik (`arbetsgrupp-godstransporter`)',
        '',
        '- **Borttaget** nätverk `arbetsgrupp-godstransporter` – Arbetsgrupp för godstransporter och logistik',
        '',
      ].join('\n'),
    );
    const json = JSON.parse((await run(['-C', dir, 'diff', 'main', '-f', 'json'])).stdout);
    expect(json.changes).toEqual([
      { kind: 'nätverk', id: 'arbetsgrupp-godstransporter', change: 'removed', file: 'data/exempel/2025/natverk/arbetsgrupp-godstransporter.md', network: 'arbetsgrupp-godstransporter', fields: [] },
    ]);
  });

  test('re-indenting, reordering keys, changing quoting and CRLF line ends are no change', async () => {
    const dir = realDataRepo();
    const files = dataFiles(join(dir, 'data'));
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) reformat(file);
    // The files really are different text, and still valid data.
    expect(git(dir, 'diff', '--name-only').trim().split('\n').length).toBe(files.length);
    expect(checkProject({ root: dir, today: TODAY }).summary.errors).toBe(0);

    const md = await run(['-C', dir, 'diff', 'main']);
    expect(md).toEqual({ code: 0, stderr: '', stdout: '**Inga ändringar i datan** från `main` till arbetskopian.\n' });
    const json = await run(['-C', dir, 'diff', 'main', '--format', 'json']);
    expect(JSON.parse(json.stdout)).toEqual({ base: 'main', head: null, changes: [] });
  });

  test('a changed body is shown as the changed words in context; a rewrapped body is not a change', async () => {
    const dir = realDataRepo();
    edit(dir, GOAL, 'hållbara transportsätt som kollektivtrafik, gång\noch cykel.', 'hållbara transportsätt\nsom kollektivtrafik, gång och cykel.');
    expect((await run(['-C', dir, 'diff', 'main'])).stdout).toContain('**Inga ändringar i datan**');
    edit(dir, GOAL, 'transportsätt\nsom kollektivtrafik', 'transportsätt såsom kollektivtrafik');
    const r = await run(['-C', dir, 'diff', 'main']);
    expect(r.stdout).toContain('  - brödtext: `…av hållbara transportsätt som kollektivtrafik, gång och…` → `…av hållbara transportsätt såsom kollektivtrafik, gång och…`\n');
  });

  test('added entities, members and a budget, in a commit compared with an explicit head', async () => {
    const dir = realDataRepo();
    git(dir, 'switch', '-q', '-c', 'forslag');
    writeFileSync(
      join(dir, 'data/exempel/2025/aktiviteter/cykelparkering.md'),
      '---\ntyp: aktivitet\nid: cykelparkering\ntitel: Cykelparkering vid stationerna\nverksamhetsplan: vp-2025\nmål: [delmal-2025-cykelpendling]\nansvarig: kansliet\n' +
        'period: {från: "2025-03-01", till: "2025-09-30"}\nstatus: ej påbörjad\nexempel: true\n---\n\nInventering.\n',
    );
    edit(dir, 'data/natverk/trafikstrateger.md', '  - kommun: botkyrka\n    roll: trafikstrateg\n', '  - kommun: botkyrka\n    roll: trafikstrateg\n    användarnamn: "@anna"\n');
    edit(dir, OTHER_ACTIVITY, 'belopp: 250000', 'belopp: 300000');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'förslag');

    const r = await run(['-C', dir, 'diff', 'main', 'forslag']);
    expect(r.stdout).toBe(
      [
        '**Ändringar i datan** från `main` till `forslag`: 3 poster (1 tillagd, 2 ändrade).',
        '',
        '### Nätverk för klimatstrateger (`klimatstrateger`)',
        '',
        '- **Tillagd** aktivitet `cykelparkering` – Cykelparkering vid stationerna',
        '- **Ändrad** aktivitet `laddinfrastruktur-kartlaggning` – Kartläggning av publik laddinfrastruktur och laddbehov på Södertörn',
        '  - budget.belopp: `250000` → `300000`',
        '',
        '### Nätverk för trafikstrateger (`trafikstrateger`)',
        '',
        '- **Ändrat** nätverk `trafikstrateger` – Nätverk för trafikstrateger',
        '  - medlemmar\\[botkyrka\\].användarnamn: – → `@anna`',
        '',
      ].join('\n'),
    );
    // The working tree is the head when none is given; here it is the same as the commit.
    const worktree = await run(['-C', dir, 'diff', 'main']);
    expect(worktree.stdout).toBe(r.stdout.replace('till `forslag`', 'till arbetskopian'));
    expect(JSON.parse((await run(['-C', dir, 'diff', 'main', 'HEAD', '-f', 'json'])).stdout).head).toBe('HEAD');
  });

  test('--lang en', async () => {
    const dir = realDataRepo();
    edit(dir, OTHER_ACTIVITY, 'status: genomförd', 'status: pågår');
    const r = await run(['-C', dir, '--lang', 'en', 'diff', 'main']);
    expect(r.stdout.split('\n').slice(0, 5)).toEqual([
      '**Changes in the data** from `main` to the working tree: 1 entry (1 changed).',
      '',
      '### Nätverk för klimatstrateger (`klimatstrateger`)',
      '',
      '- **Changed** activity `laddinfrastruktur-kartlaggning` – Kartläggning av publik laddinfrastruktur och laddbehov på Södertörn',
    ]);
    const none = await run(['-C', realDataRepo(), '--lang', 'en', 'diff', 'main']);
    expect(none.stdout).toBe('**No changes in the data** from `main` to the working tree.\n');
  });

  test('a file that cannot be read is named in a note, not silently shown as removed', async () => {
    const dir = realDataRepo();
    edit(dir, GOAL, 'ägare: klimatstrateger', 'ägare: [klimatstrateger');
    const r = await run(['-C', dir, 'diff', 'main']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('- **Borttaget** mål `klimatomstallning`');
    expect(r.stdout).toContain(
      '> Obs: de här filerna kunde inte läsas och saknas i jämförelsen: `data/mal/klimatomstallning.md` (i arbetskopian). Kör `sup check` för detaljer.\n',
    );
  });

  test('a project in a sub-folder of the repository, and a base before it existed', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'README.md'), 'Förrådet.\n');
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'tomt');
    const project = copyRealDataInto(dir, 'sup');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'data');
    edit(project, GOAL, 'ägare: klimatstrateger', 'ägare: trafikstrateger');
    expect((await run(['diff', 'HEAD'], { cwd: join(project, 'data') })).stdout).toContain('  - ägare: `klimatstrateger` → `trafikstrateger`\n');
    const before = JSON.parse((await run(['-C', project, 'diff', 'HEAD~1', '--format', 'json'])).stdout);
    expect(before.changes.every((c: { change: string }) => c.change === 'added')).toBe(true);
    expect(before.changes.length).toBe(checkProject({ root: project }).project.entities.length);
  });

  test('an unknown revision or no git repository: exit 2 with a clear message', async () => {
    const dir = realDataRepo();
    const bad = await run(['-C', dir, 'diff', 'finns-inte']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^sup diff: "finns-inte" är ingen känd revision i git-förrådet .*\. Ange en gren, en tagg eller en commit, till exempel main eller HEAD~1\.\n$/);
    expect((await run(['-C', dir, 'diff', 'main', 'finns-inte'])).code).toBe(2);

    const noGit = copyRealData();
    const r = await run(['-C', noGit, 'diff', 'main']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`sup diff: ${noGit} ligger inte i ett git-förråd`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect((await run(['-C', dir, 'diff', 'main', '--format', 'xml'])).code).toBe(2);
  });

  test('the spawned binary: exit 0 with a diff, 2 for a bad revision', () => {
    const dir = realDataRepo();
    edit(dir, GOAL, 'ägare: klimatstrateger', 'ägare: trafikstrateger');
    const ok = runBin(['diff', 'main'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('**Ändrat** mål `klimatomstallning`');
    const bad = runBin(['diff', 'nej'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('compareData', () => {
  test('nested mappings as dotted paths, in the newer key order', () => {
    expect(compareData({ a: 1, period: { från: 'x', till: 'y' } }, { period: { till: 'z', från: 'x' }, a: 2 })).toEqual([
      { field: 'period.till', before: 'y', after: 'z' },
      { field: 'a', before: 1, after: 2 },
    ]);
  });
  test('lists of mappings item by item on an identifying field; a new order of members is no change', () => {
    const before = { medlemmar: [{ kommun: 'a', roll: 'r' }, { kommun: 'b', roll: 'r' }] };
    const after = { medlemmar: [{ kommun: 'c', roll: 'r' }, { kommun: 'a', roll: 's' }] };
    expect(compareData(before, after)).toEqual([
      { field: 'medlemmar[c]', before: null, after: { kommun: 'c', roll: 'r' } },
      { field: 'medlemmar[a].roll', before: 'r', after: 's' },
      { field: 'medlemmar[b]', before: { kommun: 'b', roll: 'r' }, after: null },
    ]);
    expect(compareData(before, { medlemmar: [...before.medlemmar].reverse() })).toEqual([]);
  });
  test('a list whose order means something reports the new order', () => {
    const before = { styrdokument: [{ nivå: 'A', dokument: ['x'] }, { nivå: 'B', dokument: ['y'] }] };
    expect(compareData(before, { styrdokument: [...before.styrdokument].reverse() })).toEqual([{ field: 'styrdokument', before: ['A', 'B'], after: ['B', 'A'] }]);
    expect(compareData({ principer: ['a', 'b'] }, { principer: ['b', 'a'] })).toEqual([{ field: 'principer', before: ['a', 'b'], after: ['b', 'a'] }]);
    expect(compareData({ mål: ['a', 'b'] }, { mål: ['b', 'a'] })).toEqual([]);
  });
  test('an absent field equals null; a string is not the number it spells', () => {
    expect(compareData({ a: null }, {})).toEqual([]);
    expect(compareData({ kommunkod: '0127' }, { kommunkod: 127 })).toEqual([{ field: 'kommunkod', before: '0127', after: 127 }]);
  });
});

describe('formatDiffMarkdown (pure)', () => {
  const diff = (over: Partial<ProjectDiff> = {}): ProjectDiff => ({
    changes: [
      {
        kind: 'mål',
        id: 'm',
        change: 'changed',
        file: 'data/m.md',
        network: null,
        title: 'Mål med *stjärnor* och @nämnd <b>',
        fields: [
          { field: 'titel', before: 'a `kod` här', after: 'x'.repeat(80) },
          { field: 'principer', before: ['a', 'b'], after: ['b', 'a'] },
          { field: 'mål', before: Array.from({ length: 12 }, (_, i) => `m${i}`), after: [] },
        ],
      },
    ],
    networkNames: new Map(),
    unreadable: { base: [], head: [] },
    ...over,
  });
  test('data is made inert, values shortened, long lists capped', () => {
    expect(formatDiffMarkdown(diff(), { base: 'main', head: 'HEAD' }, 'sv')).toBe(
      [
        '**Ändringar i datan** från `main` till `HEAD`: 1 post (1 ändrad).',
        '',
        '### Övrigt/Gemensamt',
        '',
        '- **Ändrat** mål `m` – Mål med \\*stjärnor\\* och @\u2060nämnd \\<b\\>',
        `  - titel: \`\`a \`kod\` här\`\` → \`${'x'.repeat(59)}…\``,
        '  - principer: ny ordning `b`, `a`',
        '  - mål: − `m0`, − `m1`, − `m2`, − `m3`, − `m4`, − `m5`, − `m6`, − `m7`, − `m8`, − `m9` och 2 till',
        '',
      ].join('\n'),
    );
  });
  test('JSON keeps whole values and null for absent ones', () => {
    const out = JSON.parse(formatDiffJson(diff(), { base: 'a' }));
    expect(out.head).toBeNull();
    expect(out.changes[0].fields[0]).toEqual({ field: 'titel', before: 'a `kod` här', after: 'x'.repeat(80) });
    expect(Object.keys(out.changes[0])).toEqual(['kind', 'id', 'change', 'file', 'network', 'fields']);
  });
  test('diffSnapshots groups an activity run by an organ under its goal owner', () => {
    const entity = (kind: string, id: string, data: Record<string, unknown>) => ({ kind, id, file: `${id}.md`, data: { id, ...data } }) as never;
    const base = { entities: [entity('organ', 'kansliet', {}), entity('mål', 'g', { ägare: 'n' }), entity('mål', 'd', { förälder: 'g' })], unreadable: [] };
    const head = { ...base, entities: [...base.entities, entity('aktivitet', 'a', { ansvarig: 'kansliet', mål: ['d'] }), entity('indikator', 'i', { mål: ['g'] })] };
    expect(diffSnapshots(base, head).changes.map((c) => [c.id, c.network])).toEqual([
      ['i', null],
      ['a', 'n'],
    ]);
  });
});

/** The data files below a folder (README.md is not data). */
function dataFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return dataFiles(full);
    return name === 'README.md' ? [] : [full];
  });
}

/** Keys in reverse order at every level, as a person might reorder them. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
  return value;
}

/** The same data written differently: 4-space indent, keys reversed, every string double-quoted, CRLF. */
function reformat(path: string): void {
  const text = readFileSync(path, 'utf8');
  const yaml = (source: string) =>
    stringify(reverseKeys(parse(source, { version: '1.2', schema: 'core' })), { version: '1.2', schema: 'core', indent: 4, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  let out: string;
  if (path.endsWith('.md')) {
    const m = /^---\n([\s\S]*?\n)---\n([\s\S]*)$/.exec(text);
    if (!m) throw new Error(`no frontmatter in ${path}`);
    // Trailing blanks and extra blank lines around the body are whitespace too.
    const body = m[2]!.split('\n').map((line) => (line === '' ? line : `${line} `)).join('\n');
    out = `---\n${yaml(m[1]!)}---\n\n\n${body}\n\n`;
  } else {
    out = yaml(text);
  }
  writeFileSync(path, out.replace(/\n/g, '\r\n'));
}

/** Copies the real data into a sub-folder of `dir` and returns the project root. */
function copyRealDataInto(dir: string, sub: string): string {
  const src = copyRealData();
  const target = join(dir, sub);
  spawnSync('cp', ['-r', src, target]);
  return target;
}
