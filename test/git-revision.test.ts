import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkProject } from '../src/check/check-project.js';
import { field } from '../src/load/project.js';
import { changedFiles, GitError, gitTopLevel, resolveRevision } from '../src/git/git.js';
import { RevisionSource } from '../src/source/revision-source.js';
import { composeFixture, git, locations, tempDir, writeTree } from './helpers.js';

/** A repository with README.md at the top and the base fixture as a project in proj/, committed twice. */
function repoWithSubProject(): { top: string; project: string } {
  const top = tempDir();
  writeTree(top, { 'README.md': 'Överst.\n' });
  const fixture = composeFixture('base');
  spawnSync('cp', ['-r', fixture, join(top, 'proj')]);
  git(top, 'init', '-q', '-b', 'main');
  git(top, 'add', '-A');
  git(top, 'commit', '-q', '-m', 'första');
  const goal = join(top, 'proj/data/mal/klimat.md');
  writeFileSync(goal, readFileSync(goal, 'utf8').replace('ägare: klimatstrateger', 'ägare: rufs'));
  git(top, 'commit', '-q', '-am', 'andra');
  return { top, project: join(top, 'proj') };
}

/** Writes a blob with `git hash-object -w` and returns its id. */
function blob(top: string, content: string): string {
  const r = spawnSync('git', ['hash-object', '-w', '--stdin'], { cwd: top, input: content });
  return r.stdout.toString().trim();
}

/** Makes a tree from `mode type id\tname` lines with `git mktree` (which accepts names a checkout would refuse). */
function mktree(top: string, lines: string[]): string {
  const r = spawnSync('git', ['mktree', '-z', '--missing'], { cwd: top, input: lines.join('\0') + '\0' });
  return r.stdout.toString().trim();
}

function commitTree(top: string, tree: string): string {
  const r = spawnSync('git', ['commit-tree', tree, '-m', 'fientlig'], { cwd: top, env: { ...process.env, GIT_AUTHOR_NAME: 'x', GIT_AUTHOR_EMAIL: 'x@x', GIT_COMMITTER_NAME: 'x', GIT_COMMITTER_EMAIL: 'x@x' } });
  return r.stdout.toString().trim();
}

function tmpEntries(): string[] {
  return readdirSync(tmpdir()).filter((n) => n.startsWith('sup-rev-') || n.startsWith('sup-edit-'));
}

describe('RevisionSource', () => {
  test('a project in a sub-folder is read as it was at the revision, in memory, and nothing is written', () => {
    const { top, project } = repoWithSubProject();
    writeFileSync(join(project, 'data/mal/vision.md'), 'ändrad i arbetskopian, inte incheckad\n');
    const before = tmpEntries();
    const old = RevisionSource.open(project, 'HEAD~1');
    expect(old.read('data/mal/vision.md', 'data')).toEqual({ ok: true, bytes: readFileSync(join(composeFixture('base'), 'data/mal/vision.md')) });
    // The rest of the repository is not part of the project.
    expect(old.read('../README.md', 'data')).toEqual({ ok: false, problem: 'bad-name' });
    const checked = checkProject({ root: project, source: old });
    expect(checked.summary.errors).toBe(0);
    expect(field(checked.project.byId.get('klimat')![0]!.data, 'ägare')).toBe('klimatstrateger');
    expect(field(checkProject({ root: project, source: RevisionSource.open(project, 'main') }).project.byId.get('klimat')![0]!.data, 'ägare')).toBe('rufs');
    expect(git(top, 'status', '--porcelain')).toBe(' M proj/data/mal/vision.md\n');
    expect(tmpEntries()).toEqual(before);
  });

  test('a revision before the sub-folder existed has no sup.yaml', () => {
    const top = tempDir();
    writeTree(top, { 'README.md': 'x\n' });
    git(top, 'init', '-q', '-b', 'main');
    git(top, 'add', '-A');
    git(top, 'commit', '-q', '-m', 'tomt');
    mkdirSync(join(top, 'proj'));
    writeTree(join(top, 'proj'), { 'sup.yaml': 'version: 1\n' });
    expect(RevisionSource.open(join(top, 'proj'), 'HEAD').read('sup.yaml', 'config')).toEqual({ ok: false, problem: 'missing' });
  });

  test('an unknown revision, or a folder outside git, is a GitError', () => {
    const { project } = repoWithSubProject();
    expect(() => RevisionSource.open(project, 'finns-inte')).toThrow(GitError);
    expect(() => RevisionSource.open(project, 'HEAD~5')).toThrow(GitError);
    const outside = composeFixture('base');
    expect(() => RevisionSource.open(outside, 'HEAD')).toThrow(GitError);
    expect(() => gitTopLevel(outside)).toThrow(GitError);
    expect(() => resolveRevision(project, 'finns-inte')).toThrow(GitError);
  });

  test('tree entries named .., with a TAB or a newline are findings; nothing outside is read or written', () => {
    const top = tempDir();
    writeTree(top, { 'x.txt': 'x\n' });
    git(top, 'init', '-q', '-b', 'main');
    const goal = blob(top, '---\ntyp: mål\nid: ute\ntitel: Ute\n---\n');
    const config = blob(top, 'version: 1\n');
    // data/../../evil.md and data/a<TAB>b.md and data/ny<LF>rad.md: names a checkout refuses, made with mktree.
    const up = mktree(top, [`100644 blob ${goal}\tevil.md`]);
    const dotdot = mktree(top, [`040000 tree ${up}\t..`]);
    const data = mktree(top, [`040000 tree ${dotdot}\t..`, `100644 blob ${goal}\ta\tb.md`, `100644 blob ${goal}\tny\nrad.md`]);
    const root = mktree(top, [`040000 tree ${data}\tdata`, `100644 blob ${config}\tsup.yaml`]);
    const commit = commitTree(top, root);
    const before = tmpEntries();
    const source = RevisionSource.open(top, commit);
    const checked = checkProject({ root: top, source, today: '2025-06-01' });
    expect(locations(checked.diagnostics.filter((d) => d.ruleId === 'file/name'))).toEqual([
      'data/../../evil.md:1:1 file/name',
      'data/a\\u0009b.md:1:1 file/name',
      'data/ny\\u000arad.md:1:1 file/name',
    ]);
    expect(checked.project.entities.map((e) => e.id)).toEqual([]);
    expect(readdirSync(join(top, '..')).includes('evil.md')).toBe(false);
    expect(tmpEntries()).toEqual(before);
  });

  test('a link is followed to a file of the same revision inside the project, never out of it', () => {
    const top = tempDir();
    writeTree(top, {
      'sup.yaml': 'version: 1\n',
      'data/riktig.yaml': 'typ: nätverk\nid: n\nnamn: N\n',
    });
    symlinkSync('riktig.yaml', join(top, 'data/inuti.yaml'));
    symlinkSync('../../../../etc/passwd', join(top, 'data/ute.yaml'));
    symlinkSync('/etc/hostname', join(top, 'data/absolut.yaml'));
    git(top, 'init', '-q', '-b', 'main');
    git(top, 'add', '-A');
    git(top, 'commit', '-q', '-m', 'länkar');
    const source = RevisionSource.open(top, 'HEAD');
    expect(source.resolve('data/inuti.yaml')).toEqual({ ok: true, path: 'data/riktig.yaml' });
    expect(source.read('data/ute.yaml', 'data')).toEqual({ ok: false, problem: 'outside' });
    expect(source.read('data/absolut.yaml', 'data')).toEqual({ ok: false, problem: 'outside' });
    const listing = source.list(['data/**/*.yaml'], []);
    expect(listing.files.map((f) => f.path)).toEqual(['data/inuti.yaml', 'data/riktig.yaml']);
    expect(listing.problems).toEqual([
      { path: 'data/absolut.yaml', problem: 'outside' },
      { path: 'data/ute.yaml', problem: 'outside' },
    ]);
  });

  test('a blob over the limit is refused by its size in the tree, before it is read', () => {
    const top = tempDir();
    writeTree(top, { 'sup.yaml': 'version: 1\n', 'data/stor.yaml': 'a: ' + 'x'.repeat(5 * 1024 * 1024) + '\n' });
    git(top, 'init', '-q', '-b', 'main');
    git(top, 'add', '-A');
    git(top, 'commit', '-q', '-m', 'stor');
    const source = RevisionSource.open(top, 'HEAD');
    expect(source.read('data/stor.yaml', 'data')).toEqual({ ok: false, problem: 'too-large', size: 5 * 1024 * 1024 + 4, limit: 4 * 1024 * 1024 });
    expect(source.read('sup.yaml', 'config')).toEqual({ ok: true, bytes: Buffer.from('version: 1\n') });
  });

  test('changedFiles lists changed and untracked files relative to the top, POSIX', () => {
    const { top, project } = repoWithSubProject();
    writeFileSync(join(project, 'data/ny.md'), 'ny\n');
    expect(changedFiles(project, 'HEAD~1')).toEqual(['proj/data/mal/klimat.md', 'proj/data/ny.md']);
    expect(resolveRevision(top, 'main')).toMatch(/^[0-9a-f]{40}$/);
  });
});
