import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { keepChanged } from '../src/check/changed-since.js';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { composeFixture, copyRealData, git, locations, run, tempDir, TODAY } from './helpers.js';

function commitAll(dir: string, message: string): void {
  git(dir, 'add', '-A');
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', message);
}

function edit(path: string, from: string, to: string): void {
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} not in ${path}`);
  writeFileSync(path, text.replace(from, to));
}

/**
 * The base fixture in a new git repository (in `sub` when given), committed with one error already
 * in it: klimat.md names the owner "klimatstrateg", which does not exist.
 */
function repoWithOldError(sub = ''): { repo: string; root: string } {
  const fixture = composeFixture('base');
  const repo = tempDir();
  const root = sub ? join(repo, sub) : repo;
  mkdirSync(root, { recursive: true });
  rmSync(root, { recursive: true });
  renameSync(fixture, root);
  git(repo, 'init', '-q');
  edit(join(root, 'data/mal/klimat.md'), 'ägare: klimatstrateger', 'ägare: klimatstrateg');
  commitAll(repo, 'base');
  return { repo, root };
}

async function checkJson(root: string, ...args: string[]) {
  const r = await run(['-C', root, 'check', '--format', 'json', '--today', TODAY, ...args]);
  return { ...r, diagnostics: r.stdout ? (JSON.parse(r.stdout) as { diagnostics: Diagnostic[] }).diagnostics : [] };
}

describe('sup check --changed-since', () => {
  test('nothing changed: the old findings are left out, with a note on stderr, exit 0', async () => {
    const { root } = repoWithOldError();
    const all = await checkJson(root);
    expect(all.code).toBe(1);
    expect(locations(all.diagnostics)).toEqual(['data/mal/klimat.md:7:8 ref/unknown', 'data/natverk/klimatstrateger.md:3:5 network/no-goal']);
    const r = await checkJson(root, '--changed-since', 'HEAD');
    expect(r.code).toBe(0);
    expect(r.diagnostics).toEqual([]);
    expect(r.stderr).toBe('sup check: 2 fynd i filer som inte ändrats sedan HEAD visas inte; de fanns redan där.\n');
  });

  test('a finding in a changed file is kept; an old finding in an unchanged file is not', async () => {
    const { root } = repoWithOldError();
    edit(join(root, 'data/mal/infrastruktur.md'), 'förälder: vision', 'förälder: visionen');
    const r = await checkJson(root, '--changed-since', 'HEAD');
    expect(r.code).toBe(1);
    expect(locations(r.diagnostics)).toEqual(['data/mal/infrastruktur.md:6:11 ref/unknown']);
  });

  test('deleting a network breaks the goals that name it in unchanged files, and those findings are kept', async () => {
    const { root } = repoWithOldError();
    rmSync(join(root, 'data/natverk/rufs.md'));
    const r = await checkJson(root, '--changed-since', 'HEAD');
    expect(r.code).toBe(1);
    expect(locations(r.diagnostics)).toEqual(['data/mal/infrastruktur.md:7:8 ref/unknown', 'data/mal/vision.md:6:8 ref/unknown']);
    expect(r.diagnostics[1]!.message).toBe('Okänd referens "rufs": det finns inget nätverk med den identiteten.');
  });

  test('an untracked file counts as changed, and the comparison is with the named commit', async () => {
    const { repo, root } = repoWithOldError();
    writeFileSync(join(root, 'data/natverk/ny.md'), '---\ntyp: nätverk\nid: ny\n---\n');
    const r = await checkJson(root, '--changed-since', 'HEAD');
    expect([...new Set(r.diagnostics.map((d) => d.file))]).toEqual(['data/natverk/ny.md']);
    // Fixing the old error and committing: compared with the first commit, the fix leaves nothing.
    edit(join(root, 'data/mal/klimat.md'), 'ägare: klimatstrateg', 'ägare: klimatstrateger');
    rmSync(join(root, 'data/natverk/ny.md'));
    commitAll(repo, 'fix');
    const since = await checkJson(root, '--changed-since', 'HEAD~1');
    expect(since).toMatchObject({ code: 0, diagnostics: [], stderr: '' });
  });

  test('a project in a sub-folder of the repository: paths are mapped to the project root', async () => {
    const { root } = repoWithOldError('program/sup');
    edit(join(root, 'data/mal/infrastruktur.md'), 'förälder: vision', 'förälder: visionen');
    const r = await checkJson(root, '--changed-since', 'HEAD');
    expect(locations(r.diagnostics)).toEqual(['data/mal/infrastruktur.md:6:11 ref/unknown']);
    // Annotations name the file from the top of the repository, as GitHub needs.
    const gh = await run(['-C', root, 'check', '--format', 'github', '--changed-since', 'HEAD', '--today', TODAY]);
    expect(gh.stdout.split('\n')[0]).toBe(
      '::error file=program/sup/data/mal/infrastruktur.md,line=6,col=11,endLine=6,endColumn=19,title=ref/unknown::Okänd referens "visionen": det finns inget mål med den identiteten. Menade du "vision"?',
    );
  });

  test('a revision that does not exist, and a project outside git, are usage errors with exit 2', async () => {
    const { root } = repoWithOldError();
    const bad = await run(['-C', root, 'check', '--changed-since', 'finnsinte']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe(
      'sup check: --changed-since: det finns ingen gren, tagg eller commit som heter "finnsinte" i git-förrådet. Ange till exempel main, origin/main eller HEAD~1 (i CI kan grenen behöva hämtas först, till exempel med fetch-depth: 0).\n',
    );
    expect((await run(['-C', root, 'check', '--changed-since', '--output=x'])).code).toBe(2);
    const outside = composeFixture('base');
    const r = await run(['-C', outside, 'check', '--changed-since', 'main']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`sup check: --changed-since jämför med en version i git, men projektet i ${outside} ligger inte i något git-förråd.\n`);
  });
});

describe('sup check --format github in a pull request', () => {
  test('with GITHUB_BASE_REF the files the pull request changes come first', async () => {
    const { repo, root } = repoWithOldError();
    git(repo, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
    edit(join(root, 'data/natverk/rufs.md'), 'form: stående', 'form: stående\nfärg: blå');
    const env = { GITHUB_BASE_REF: 'main' };
    const r = await run(['-C', root, 'check', '--format', 'github', '--today', TODAY], { env });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').slice(0, 3).map((l) => l.slice(0, l.indexOf('::', 2)))).toEqual([
      '::error file=data/natverk/rufs.md,line=6,col=1,endLine=6,endColumn=5,title=schema/additional',
      '::error file=data/mal/klimat.md,line=7,col=8,endLine=7,endColumn=21,title=ref/unknown',
      '::warning file=data/natverk/klimatstrateger.md,line=3,col=5,endLine=3,endColumn=20,title=network/no-goal',
    ]);
    // Without it (or when the base cannot be found) the order is the report's.
    const plain = await run(['-C', root, 'check', '--format', 'github', '--today', TODAY], { env: { GITHUB_BASE_REF: 'finnsinte' } });
    expect(plain.code).toBe(1);
    expect(plain.stdout.split('\n')[0]).toMatch(/^::error file=data\/mal\/klimat\.md,/);
  });
});

describe('keepChanged', () => {
  const d = (file: string, message: string, line = 1, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({
    ruleId: 'ref/unknown',
    severity,
    message,
    file,
    start: { line, column: 1 },
  });

  test('findings are matched by rule, severity, file and message (no message id here), not position, and duplicates are counted', () => {
    const base = [d('a.md', 'x', 3), d('b.md', 'y')];
    const head = [d('a.md', 'x', 9), d('a.md', 'x', 10), d('b.md', 'y', 1, 'warning'), d('c.md', 'z')];
    expect(keepChanged(head, base, new Set())).toEqual([d('a.md', 'x', 10), d('b.md', 'y', 1, 'warning'), d('c.md', 'z')]);
    expect(keepChanged(head, base, new Set(['a.md']))).toEqual(head);
  });
});

describe('beslut/ändrat: decided content changed since the base revision', () => {
  /** The real data (example year decided: plan 2024-12-06, report 2026-02-09) committed in a new repository. */
  function decidedRepo(): string {
    const dir = copyRealData();
    git(dir, 'init', '-q');
    commitAll(dir, 'base');
    return dir;
  }
  const decidedFindings = (diagnostics: Diagnostic[]) =>
    diagnostics.filter((d) => d.ruleId === 'beslut/ändrat').map((d) => `${d.file}:${d.start.line}:${d.start.column} ${d.message}`);

  test('a status edited by hand after the report was decided, a budget changed with --efter-beslut, and a removed activity are warnings', async () => {
    const dir = decidedRepo();
    expect(decidedFindings((await checkJson(dir, '--changed-since', 'HEAD')).diagnostics)).toEqual([]);
    const act = join(dir, 'data/exempel/2025/aktiviteter');
    edit(join(act, 'lansplan-inspel.md'), 'status: genomförd', 'status: pågår');
    expect((await run(['-C', dir, 'set', 'vp-2025', 'budget.kansli.belopp', '2500000', '--efter-beslut', 'Tilläggsanslag', '--today', '2026-03-01'])).code).toBe(0);
    rmSync(join(act, 'gemensam-webbplats.md'));
    const r = await checkJson(dir, '--changed-since', 'HEAD');
    expect(decidedFindings(r.diagnostics)).toEqual([
      'data/exempel/2025/aktiviteter/lansplan-inspel.md:18:9 status för "lansplan-inspel" är ändrat sedan basversionen, men är beslutat (ar-2025 beslutades 2026-02-09). Inget skäl står under ändrat_efter_beslut.',
      'data/exempel/2025/verksamhetsplan.md:3:1 "gemensam-webbplats" är borttagen sedan basversionen, men omfattades av beslutet (vp-2025 beslutades 2024-12-06).',
      'data/exempel/2025/verksamhetsplan.md:11:3 budget för "vp-2025" är ändrat sedan basversionen, men är beslutat (vp-2025 beslutades 2024-12-06). Skälet står under ändrat_efter_beslut.',
    ]);
    expect(r.diagnostics.find((d) => d.ruleId === 'beslut/ändrat')?.severity).toBe('warning');
  });

  test('a new activity in a decided plan is a warning; nothing decided changed is none', async () => {
    const dir = decidedRepo();
    const made = await run(['-C', dir, 'new', 'aktivitet', '--titel', 'Extra seminarium', '--mål', 'infrastruktur', '--ansvarig', 'rufs', '--verksamhetsplan', 'vp-2025', '--från', '2025-09-01', '--till', '2025-09-30', '--fält', 'exempel=true', '--efter-beslut', 'Beslut i ledningsgruppen']);
    expect(made.code).toBe(0);
    const r = await checkJson(dir, '--changed-since', 'HEAD');
    expect(decidedFindings(r.diagnostics)).toEqual([
      'data/exempel/2025/aktiviteter/extra-seminarium.md:3:1 "extra-seminarium" är ny sedan basversionen i en plan som är beslutad (vp-2025 beslutades 2024-12-06).',
    ]);
  });
});
