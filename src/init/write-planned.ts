import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PlannedFile } from './plan-init.js';

export interface WriteResult {
  created: string[];
  /** Files that were there already and were left as they were. */
  skipped: string[];
}

/** Writes the planned files under `target`, creating folders; an existing file is never overwritten. */
export function writePlanned(target: string, files: readonly PlannedFile[]): WriteResult {
  const created: string[] = [];
  const skipped: string[] = [];
  for (const f of files) {
    const path = join(target, ...f.path.split('/'));
    mkdirSync(dirname(path), { recursive: true });
    try {
      // 'wx' fails when the file exists, so nothing is overwritten even if it appeared a moment ago.
      writeFileSync(path, f.content, { flag: 'wx' });
      created.push(f.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      skipped.push(f.path);
    }
  }
  return { created, skipped };
}

/** True when the folder holds anything besides a `.git` (a fresh `git init` still counts as empty). */
export function hasContent(dir: string): boolean {
  return readdirSync(dir).some((name) => name !== '.git');
}

/** 'missing', 'folder' or 'other' (a file or something else where the folder should be). */
export function folderState(dir: string): 'missing' | 'folder' | 'other' {
  try {
    return statSync(dir).isDirectory() ? 'folder' : 'other';
  } catch {
    return 'missing';
  }
}
