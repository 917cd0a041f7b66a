import { closeSync, existsSync, fchmodSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { removeOnInterrupt } from './cleanup.js';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that readers see either the old file or the whole new one, never a half-written
 * file: the content goes to a temporary file beside the target, which is then renamed over it. A
 * replaced file keeps its permission bits. `durable: false` skips the flush to disk, for files that
 * may be lost (the check cache).
 */
export function writeFileAtomic(path: string, content: string | Buffer, options: { durable?: boolean; mode?: number } = {}): void {
  const fs = NODE_FS;
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  let mode = options.mode;
  if (mode === undefined) {
    try {
      mode = statSync(path).mode & 0o7777;
    } catch {
      mode = undefined; // a new file: the usual 0644 less the umask
    }
  }
  const temp = writeTemp(fs, path, bytes, mode, options.durable !== false);
  try {
    fs.renameSync(temp.path, path);
  } catch (error) {
    fs.rmSync(temp.path, { force: true });
    throw error;
  } finally {
    temp.release();
  }
}

/** The file-system calls the guarded writers make; tests pass their own to simulate a full disk. */
export interface AtomicFs {
  openSync: typeof import('node:fs').openSync;
  writeSync: (fd: number, buffer: Buffer, offset: number, length: number) => number;
  fsyncSync: typeof import('node:fs').fsyncSync;
  fchmodSync: typeof import('node:fs').fchmodSync;
  closeSync: typeof import('node:fs').closeSync;
  renameSync: typeof import('node:fs').renameSync;
  linkSync: typeof import('node:fs').linkSync;
  rmSync: typeof import('node:fs').rmSync;
  readFileSync: (path: string) => Buffer;
  existsSync: typeof import('node:fs').existsSync;
}

const NODE_FS: AtomicFs = {
  openSync,
  writeSync: (fd, buffer, offset, length) => writeSync(fd, buffer, offset, length),
  fsyncSync,
  fchmodSync,
  closeSync,
  renameSync,
  linkSync,
  rmSync,
  readFileSync: (path) => readFileSync(path),
  existsSync,
};

/** Thrown by {@link replaceFileAtomic} when the file no longer holds the bytes it was read with. */
export class FileChangedError extends Error {
  constructor(readonly path: string) {
    super(`${path} changed on disk after it was read`);
  }
}

export interface GuardedWriteOptions {
  /** Permission bits for the new file (a replaced file keeps the old file's bits this way). */
  mode?: number;
  /** Replaces some of the file-system calls (tests). */
  fs?: Partial<AtomicFs>;
  /** Runs after the new content is on disk beside the target and before the target is checked and replaced (tests). */
  beforeCommit?: () => void;
}

/**
 * Replaces a file atomically, but only if it still holds `expected`: the new content goes to a
 * temporary file in the same folder, the target is read again and compared byte for byte, and only
 * then is the temporary file renamed over it. On any failure the target is left as it was.
 */
export function replaceFileAtomic(path: string, content: Buffer, expected: Buffer, options: GuardedWriteOptions = {}): void {
  const fs = { ...NODE_FS, ...options.fs };
  const temp = writeTemp(fs, path, content, options.mode);
  try {
    options.beforeCommit?.();
    if (!fs.readFileSync(path).equals(expected)) throw new FileChangedError(path);
    fs.renameSync(temp.path, path);
  } catch (error) {
    fs.rmSync(temp.path, { force: true });
    throw error;
  } finally {
    temp.release();
  }
}

/**
 * Creates a new file atomically and never over an existing one: the content goes to a temporary file
 * in the same folder, which is then hard-linked to the target name (the link fails with EEXIST when
 * the name is taken). Where hard links are not supported, it is renamed after a last existence check.
 */
export function createFileAtomic(path: string, content: Buffer, options: GuardedWriteOptions = {}): void {
  const fs = { ...NODE_FS, ...options.fs };
  const temp = writeTemp(fs, path, content, options.mode);
  try {
    options.beforeCommit?.();
    try {
      fs.linkSync(temp.path, path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
      if (fs.existsSync(path)) throw Object.assign(new Error(`EEXIST: file already exists, '${path}'`), { code: 'EEXIST' });
      fs.renameSync(temp.path, path);
      return;
    }
    fs.rmSync(temp.path, { force: true });
  } catch (error) {
    fs.rmSync(temp.path, { force: true });
    throw error;
  } finally {
    temp.release();
  }
}

/** Writes `content` to a new temporary file beside `path`, removed if the run is interrupted before `release`. */
function writeTemp(fs: AtomicFs, path: string, content: Buffer, mode?: number, durable = true): { path: string; release: () => void } {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}.tmp`);
  const release = removeOnInterrupt(temp);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', mode ?? 0o644);
    // The umask would otherwise take bits off a replaced file's own permissions.
    if (mode !== undefined) fs.fchmodSync(fd, mode);
    for (let done = 0; done < content.length; ) done += fs.writeSync(fd, content, done, content.length - done);
    if (durable) fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    return { path: temp, release };
  } catch (error) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // the write already failed; that error is the one to report
      }
    }
    fs.rmSync(temp, { force: true });
    release();
    throw error;
  }
}
