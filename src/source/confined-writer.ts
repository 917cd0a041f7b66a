import { lstatSync, mkdirSync, realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createFileAtomic, replaceFileAtomic, writeFileAtomic } from '../util/write-atomic.js';
import type { GuardedWriteOptions } from '../util/write-atomic.js';
import { isSafeRelPath } from './file-source.js';

/** Why a write was refused before anything was written. */
export type WriteRefusal = 'bad-name' | 'link' | 'not-folder' | 'not-file';

/** A write the writer refused: a link or a file on the way, or a name that could escape the root. */
export class ConfinedWriteError extends Error {
  constructor(
    readonly reason: WriteRefusal,
    /** The root-relative path of the part that was refused. */
    readonly path: string,
  ) {
    super(`${reason}: ${path}`);
  }
}

/**
 * The one way sup writes into a project (edits, the check cache, CODEOWNERS, init): every part of
 * the way from the root to the file must be a real folder — a link or a file there is refused —
 * missing folders are created one at a time, the target itself may not be a link, and the file is
 * replaced atomically with its temporary file removed if the run is interrupted.
 */
export class ConfinedWriter {
  readonly root: string;

  constructor(root: string) {
    let real = root;
    try {
      real = realpathSync.native(root);
    } catch {
      // created below by the first write that needs it, or refused then
    }
    this.root = real;
  }

  /** Writes (creating or replacing) a file atomically. */
  write(rel: string, content: string | Buffer, options: { durable?: boolean; mode?: number } = {}): void {
    const abs = this.#prepare(rel);
    writeFileAtomic(abs, content, options);
  }

  /** Replaces a file atomically only if it still holds `expected` (FileChangedError otherwise). */
  replace(rel: string, content: Buffer, expected: Buffer, options: GuardedWriteOptions = {}): void {
    const abs = this.#prepare(rel);
    replaceFileAtomic(abs, content, expected, options);
  }

  /** Creates a new file atomically, never over an existing one (EEXIST). */
  create(rel: string, content: Buffer, options: GuardedWriteOptions = {}): void {
    const abs = this.#prepare(rel);
    createFileAtomic(abs, content, options);
  }

  /** Creates the folder `rel` (and the ones above it) inside the root, refusing links and files on the way. */
  mkdir(rel: string): string {
    if (rel === '') return this.root;
    if (!isSafeRelPath(rel)) throw new ConfinedWriteError('bad-name', rel);
    let dir = this.root;
    const parts = rel.split('/');
    parts.forEach((part, i) => {
      dir = join(dir, part);
      const shown = parts.slice(0, i + 1).join('/');
      let st;
      try {
        st = lstatSync(dir);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        mkdirSync(dir);
        return;
      }
      if (st.isSymbolicLink()) throw new ConfinedWriteError('link', shown);
      if (!st.isDirectory()) throw new ConfinedWriteError('not-folder', shown);
    });
    return dir;
  }

  /** Removes a regular file (never through a link); a missing file is no error. */
  remove(rel: string): void {
    const abs = this.#prepare(rel);
    rmSync(abs, { force: true });
  }

  /** The absolute path to write `rel` at, after its folders are checked (and created) and the target is not a link or folder. */
  #prepare(rel: string): string {
    if (!isSafeRelPath(rel)) throw new ConfinedWriteError('bad-name', rel);
    const slash = rel.lastIndexOf('/');
    const dir = this.mkdir(slash === -1 ? '' : rel.slice(0, slash));
    const abs = join(dir, rel.slice(slash + 1));
    let st;
    try {
      st = lstatSync(abs);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return abs;
      throw error;
    }
    if (st.isSymbolicLink()) throw new ConfinedWriteError('link', rel);
    if (!st.isFile()) throw new ConfinedWriteError('not-file', rel);
    return abs;
  }
}
