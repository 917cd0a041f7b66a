import { existsSync, rmdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ConfinedWriteError, ConfinedWriter } from '../source/confined-writer.js';
import type { FileChange } from './check-change.js';
import type { EditHooks } from './commit.js';

/** Why a multi-file change could not be written; nothing of it is left on disk. */
export interface WriteFailure {
  path: string;
  code?: string;
  reason: string;
  /** True when the file was there already (another process made it meanwhile). */
  exists: boolean;
}

/**
 * Writes several files as one change: each new file is created (never over an existing one) and
 * each changed file replaced only if it still holds `expected`. When one write fails, the files
 * already written are restored (removed, or given back their old bytes) and the folders made for
 * them removed, so the project is as it was.
 */
export function writeAllOrNothing(
  root: string,
  changes: readonly (FileChange & { expected?: Buffer; mode?: number })[],
  hooks: EditHooks = {},
): WriteFailure | undefined {
  const writer = new ConfinedWriter(root);
  const done: (FileChange & { expected?: Buffer; mode?: number })[] = [];
  const made: string[] = [];
  for (const change of changes) {
    const folder = firstMissingFolder(root, dirname(change.path));
    if (folder) made.push(folder);
    try {
      const beforeCommit = hooks.beforeCommit ? () => hooks.beforeCommit!(join(writer.root, change.path)) : undefined;
      if (change.content === null) writer.remove(change.path);
      else if (change.expected) writer.replace(change.path, change.content, change.expected, { mode: change.mode, fs: hooks.fs, beforeCommit });
      else writer.create(change.path, change.content, { fs: hooks.fs, beforeCommit });
      done.push(change);
    } catch (error) {
      for (const d of done.reverse()) {
        try {
          if (d.expected) writer.write(d.path, d.expected, { mode: (d as { mode?: number }).mode });
          else writer.remove(d.path);
        } catch {
          // Best effort: the report names the file that failed; git shows what is left.
        }
      }
      for (const folder of made.reverse()) removeEmptyUpTo(folder);
      const e = error as NodeJS.ErrnoException & { reason?: string };
      if (error instanceof ConfinedWriteError) return { path: change.path, code: error.reason, reason: error.reason, exists: false };
      return { path: change.path, code: e.code, reason: String(e.message ?? error), exists: e.code === 'EEXIST' };
    }
  }
  return undefined;
}

/** The first folder on the way to `relDir` that does not exist yet (absolute), or undefined. */
export function firstMissingFolder(root: string, relDir: string): string | undefined {
  if (relDir === '.' || relDir === '') return undefined;
  let dir = root;
  for (const part of relDir.split('/')) {
    dir = join(dir, part);
    if (!existsSync(dir)) return dir;
  }
  return undefined;
}

/** Removes a folder a failed change made, if it is empty again (deeper ones were made later and go first). */
function removeEmptyUpTo(folder: string): void {
  try {
    rmdirSync(folder);
  } catch {
    // Not empty or already gone: leave it.
  }
}
