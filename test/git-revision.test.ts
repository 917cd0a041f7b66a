import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkProject } from '../src/check/check-project.js';
import { changedFiles, GitError, gitTopLevel, resolveRevision } from '../src/git/git.js';
import { withRevision } from '../src/git/read-revision.js';
import { composeFixture, git, tempDir, writeTree } from './helpers.js';

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

describe('withRevision', () => {
  test('a project in a sub-folder: the files as they were at the revision, under the same sub-folder', async () => {
    const { top, project } = repoWithSubProject();
    writeFileSync(join(project, 'data/mal/vision.md'), 'ändrad i arbetskopian, inte incheckad\n');
    let seen = '';
    const owner = await withRevision(project, 'HEAD~1', (root) => {
      seen = root;
      expect(root.endsWith(join('x', 'proj').slice(1))).toBe(true);
      // Only the project's own sub-tree is written out, not the rest of the repository.
      expect(existsSync(join(root, '..', 'README.md'))).toBe(false);
      expect(readFileSync(join(root, 'data/mal/vision.md'), 'utf8')).toBe(readFileSync(join(composeFixture('base'), 'data/mal/vision.md'), 'utf8'));
      const checked = checkProject({ root });
      expect(checked.summary.errors).toBe(0);
      return checked.project.byId.get('klimat')![0]!.data.ägare;
    });
    expect(owner).toBe('klimatstrateger');
    // The temporary folder is gone afterwards, and the repository was not touched.
    expect(existsSync(seen)).toBe(false);
    expect(git(top, 'status', '--porcelain')).toBe(' M proj/data/mal/vision.md\n');
    expect(await withRevision(project, 'main', (root) => checkProject({ root }).project.byId.get('klimat')![0]!.data.ägare)).toBe('rufs');
  });

  test('an async callback is awaited before the folder is removed; the folder goes even when it throws', async () => {
    const { project } = repoWithSubProject();
    let seen = '';
    const text = await withRevision(project, 'HEAD', async (root) => {
      seen = root;
      await new Promise((r) => setTimeout(r, 10));
      return readFileSync(join(root, 'sup.yaml'), 'utf8');
    });
    expect(text).toContain('version: 1');
    expect(existsSync(seen)).toBe(false);
    await expect(
      withRevision(project, 'HEAD', (root) => {
        seen = root;
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(existsSync(seen)).toBe(false);
  });

  test('a revision before the sub-folder existed gives a root that does not exist', async () => {
    const top = tempDir();
    writeTree(top, { 'README.md': 'x\n' });
    git(top, 'init', '-q', '-b', 'main');
    git(top, 'add', '-A');
    git(top, 'commit', '-q', '-m', 'tomt');
    mkdirSync(join(top, 'proj'));
    writeTree(join(top, 'proj'), { 'sup.yaml': 'version: 1\n' });
    expect(await withRevision(join(top, 'proj'), 'HEAD', (root) => existsSync(root))).toBe(false);
  });

  test('an unknown revision, or a folder outside git, is a GitError', async () => {
    const { project } = repoWithSubProject();
    await expect(withRevision(project, 'finns-inte', () => 1)).rejects.toBeInstanceOf(GitError);
    await expect(withRevision(project, 'HEAD~5', () => 1)).rejects.toBeInstanceOf(GitError);
    const outside = composeFixture('base');
    await expect(withRevision(outside, 'HEAD', () => 1)).rejects.toBeInstanceOf(GitError);
    expect(() => gitTopLevel(outside)).toThrow(GitError);
    expect(() => resolveRevision(project, 'finns-inte')).toThrow(GitError);
  });

  test('changedFiles lists changed and untracked files relative to the top, POSIX', () => {
    const { top, project } = repoWithSubProject();
    writeFileSync(join(project, 'data/ny.md'), 'ny\n');
    expect(changedFiles(project, 'HEAD~1')).toEqual(['proj/data/mal/klimat.md', 'proj/data/ny.md']);
    expect(resolveRevision(top, 'main')).toMatch(/^[0-9a-f]{40}$/);
  });
});
