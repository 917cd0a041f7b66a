import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { git, gitTopLevel, resolveRevision } from './git.js';

/**
 * Writes the files of a project as they were at a git revision into a new temporary folder and
 * passes that folder (the project root at that revision) to `fn`; the folder is removed afterwards.
 * Reads objects with `git ls-tree` and `git cat-file --batch`, so the repository is not touched.
 */
export async function withRevision<T>(projectRoot: string, rev: string, fn: (root: string) => T | Promise<T>): Promise<T> {
  // git answers with the resolved path; resolve the project root too, or a link in it breaks `relative`.
  const top = realpathSync(gitTopLevel(projectRoot));
  const commit = resolveRevision(top, rev);
  const sub = relative(top, realpathSync(projectRoot)).split(sep).join('/');
  const temp = mkdtempSync(join(tmpdir(), 'sup-rev-'));
  try {
    const listing = git(top, ['ls-tree', '-r', '-z', '--full-tree', commit, ...(sub ? ['--', sub] : [])]).toString('utf8');
    const entries = listing
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const [meta, path] = line.split('\t') as [string, string];
        const [mode, type, object] = meta.split(' ') as [string, string, string];
        return { mode, type, object, path };
      })
      // Regular files only: links and submodules are not data (the loader would not follow them out anyway).
      .filter((e) => e.type === 'blob' && (e.mode === '100644' || e.mode === '100755'));
    const contents = readBlobs(top, entries.map((e) => e.object));
    entries.forEach((e, i) => {
      const target = join(temp, ...e.path.split('/'));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, contents[i]!);
    });
    return await fn(sub ? join(temp, ...sub.split('/')) : temp);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** Reads many blobs in one `git cat-file --batch` call. */
function readBlobs(top: string, objects: string[]): Buffer[] {
  if (objects.length === 0) return [];
  const out = git(top, ['cat-file', '--batch'], Buffer.from(objects.join('\n') + '\n'));
  const blobs: Buffer[] = [];
  let at = 0;
  for (let i = 0; i < objects.length; i++) {
    const nl = out.indexOf(0x0a, at);
    const header = out.subarray(at, nl).toString('utf8');
    const size = Number(header.split(' ')[2]);
    blobs.push(out.subarray(nl + 1, nl + 1 + size));
    at = nl + 1 + size + 1;
  }
  return blobs;
}
