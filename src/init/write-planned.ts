import { readdirSync, statSync } from 'node:fs';
import { ConfinedWriter } from '../source/confined-writer.js';
import type { PlannedFile } from './plan-init.js';

export interface WriteResult {
  created: string[];
  /** Files that were there already and were left as they were. */
  skipped: string[];
}

/**
 * Writes the planned files under `target`, creating folders; an existing file is never overwritten,
 * and nothing is written through a link (a `.github` that points elsewhere is refused with
 * ConfinedWriteError before anything of it is written).
 */
export function writePlanned(target: string, files: readonly PlannedFile[]): WriteResult {
  const created: string[] = [];
  const skipped: string[] = [];
  const writer = new ConfinedWriter(target);
  for (const f of files) {
    try {
      // Created by a hard link from a temporary file, which fails when the name is taken: nothing is overwritten.
      writer.create(f.path, f.content);
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
