import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import picomatch from 'picomatch';
import { isSafeRelPath, SIZE_LIMITS } from './file-source.js';
import type { FileSource, Listing, ListedFile, ListingProblem, ReadKind, ReadProblem, ReadResult, Stamp } from './file-source.js';

const SKIPPED_DIRS = new Set(['node_modules', '.git']);

/** O_NOFOLLOW: a link swapped in after the real path was resolved is refused, not followed. O_NONBLOCK: a FIFO never blocks the open. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * The project's working tree, confined to its root: a path is used only if its real path lies
 * inside the root and it is a regular file, read with a size limit per kind.
 */
export class WorktreeSource implements FileSource {
  readonly root: string;
  readonly #realRoot: string;
  /**
   * Paths the last listing found as plain files (not links) in folders it reached without a link:
   * their real path is known to lie inside the root, so reading one needs no realpath, only an
   * open that refuses a link swapped in since (O_NOFOLLOW).
   */
  #plain = new Set<string>();

  constructor(root: string) {
    this.root = root;
    let real = root;
    try {
      real = realpathSync.native(root);
    } catch {
      // A root that is gone: every read reports the file as missing.
    }
    this.#realRoot = real;
  }

  list(include: readonly string[], exclude: readonly string[]): Listing {
    const listing = listTree(this.root, this.#realRoot, include, exclude);
    this.#plain = listing.plain;
    return { files: listing.files, problems: listing.problems };
  }

  read(path: string, kind: ReadKind): ReadResult {
    if (this.#plain.has(path)) return readBounded(join(this.root, path), SIZE_LIMITS[kind]);
    const real = this.#real(path);
    if (!real.ok) return real;
    return readBounded(real.abs, SIZE_LIMITS[kind]);
  }

  stamp(path: string): Stamp | undefined {
    if (!isSafeRelPath(path)) return undefined;
    try {
      const s = statSync(join(this.root, path));
      return s.isFile() ? { size: s.size, mtimeMs: s.mtimeMs, ino: s.ino } : undefined;
    } catch {
      return undefined;
    }
  }

  resolve(path: string): { ok: true; path: string } | { ok: false; problem: ReadProblem } {
    const real = this.#real(path);
    if (!real.ok) return real;
    const rel = real.abs === this.#realRoot ? '' : real.abs.slice(this.#realRoot.length + 1);
    return { ok: true, path: rel.split(sep).join('/') };
  }

  /** The real absolute path of a project-relative path, if it lies inside the root. */
  #real(path: string): { ok: true; abs: string } | { ok: false; problem: ReadProblem; code?: string } {
    if (!isSafeRelPath(path)) return { ok: false, problem: 'bad-name' };
    let abs: string;
    try {
      abs = realpathSync.native(join(this.root, path));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return isDanglingLink(join(this.root, path)) ? { ok: false, problem: 'broken-link' } : { ok: false, problem: 'missing' };
      if (code === 'ELOOP') return { ok: false, problem: 'broken-link' };
      return { ok: false, problem: 'unreadable', ...(code ? { code } : {}) };
    }
    if (!isInside(this.#realRoot, abs) || inGitFolder(this.#realRoot, abs)) return { ok: false, problem: 'outside' };
    return { ok: true, abs };
  }
}

/**
 * True when a real path inside the root lies in a `.git` folder: git's own files (config with
 * credentials, hooks) are not the project's, even where the project is the top of its repository.
 */
function inGitFolder(root: string, abs: string): boolean {
  return abs.slice(root.length).split(sep).includes('.git');
}

/** True when `abs` is `root` or lies below it (both real paths). */
export function isInside(root: string, abs: string): boolean {
  return abs === root || abs.startsWith(root.endsWith(sep) ? root : root + sep);
}

function isDanglingLink(abs: string): boolean {
  try {
    return lstatSync(abs).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Reads a regular file through one descriptor: opened without following a last link and without
 * blocking, checked to be a regular file, and read to at most `limit` bytes (a file that grows, or
 * that reports no size, is cut off there and refused).
 */
export function readBounded(abs: string, limit: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(abs, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, problem: 'missing' };
    if (code === 'ELOOP') return { ok: false, problem: 'outside' };
    if (code === 'EISDIR') return { ok: false, problem: 'folder' };
    return { ok: false, problem: 'unreadable', ...(code ? { code } : {}), detail: String((error as Error).message) };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, problem: 'folder' };
    if (!st.isFile()) return { ok: false, problem: 'special' };
    if (st.size > limit) return { ok: false, problem: 'too-large', size: st.size, limit };
    const chunks: Buffer[] = [];
    let total = 0;
    // One byte more than the limit tells a file that grew past it from one that fits exactly.
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(st.size - total, 0) + 1, limit + 1 - total, 1 << 20) || 1);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > limit) return { ok: false, problem: 'too-large', size: total, limit };
    }
    return { ok: true, bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') return { ok: false, problem: 'folder' };
    if (code === 'EAGAIN') return { ok: false, problem: 'special' };
    return { ok: false, problem: 'unreadable', ...(code ? { code } : {}), detail: String((error as Error).message) };
  } finally {
    closeSync(fd);
  }
}

/**
 * The folders to walk: the fixed part before the first glob character of each include pattern,
 * so a pattern `data/**` never walks an unrelated folder beside data/.
 */
function walkBases(include: readonly string[]): string[] {
  const bases = new Set<string>();
  for (const pattern of include) {
    const base = picomatch.scan(pattern).base;
    if (base === '' || !isSafeRelPath(base)) return [''];
    // The walk never enters .git, node_modules or a dot folder, also when a pattern starts in one
    // (`.git/*` in a hostile sup.yaml would otherwise list git's config with its credentials).
    if (base.split('/').some((part) => part.startsWith('.') || SKIPPED_DIRS.has(part))) continue;
    bases.add(base);
  }
  // A base below another base is walked with it.
  return [...bases].filter((b) => ![...bases].some((o) => o !== b && b.startsWith(o + '/')));
}

/**
 * Lists the data files under `root` that match `include` and not `exclude`, sorted by path.
 * Links are followed only to files inside the project; linked folders are never entered; FIFOs,
 * sockets, devices and names that could escape a folder are listed as problems.
 */
export function listTree(root: string, realRoot: string, include: readonly string[], exclude: readonly string[]): Listing & { plain: Set<string> } {
  const isIncluded = picomatch(include as string[], { dot: false });
  const isExcluded = exclude.length > 0 ? picomatch(exclude as string[], { dot: true }) : () => false;
  const files: ListedFile[] = [];
  const problems: ListingProblem[] = [];
  const plain = new Set<string>();
  const prefix = join(root, 'x').length - 1;
  const stack: string[] = [];
  for (const base of walkBases(include)) {
    // A base folder reached through a link would take the walk out of the project: it is not walked.
    const linked = linkOnTheWay(root, base);
    if (linked === undefined) stack.push(base === '' ? root : join(root, ...base.split('/')));
    else problems.push({ path: linked, problem: 'link-folder' });
  }
  const seen = new Set<string>();
  while (stack.length > 0) {
    const dir = stack.pop()!;
    if (seen.has(dir)) continue;
    seen.add(dir);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue; // a missing or unreadable folder holds nothing we can check
    }
    for (const entry of entries) {
      const abs = join(dir, entry.name);
      const rel = toPosix(abs.slice(prefix));
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.') && isSafeRelPath(rel)) stack.push(abs);
        continue;
      }
      const wanted = isIncluded(rel) && !isExcluded(rel);
      if (!wanted) continue;
      if (!isSafeRelPath(rel)) {
        problems.push({ path: safeShownPath(rel), problem: 'bad-name' });
        continue;
      }
      if (entry.isSymbolicLink()) {
        const p = linkProblem(abs, realRoot);
        if (p) problems.push({ path: rel, problem: p });
        else files.push({ path: rel });
        continue;
      }
      if (entry.isFile()) {
        files.push({ path: rel });
        plain.add(rel);
      } else problems.push({ path: rel, problem: 'special' });
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, problems, plain };
}

/** The first part of `base` (from the root) that is a link, or undefined when every part is a real folder or missing. */
function linkOnTheWay(root: string, base: string): string | undefined {
  if (base === '') return undefined;
  let dir = root;
  const parts = base.split('/');
  for (let i = 0; i < parts.length; i++) {
    dir = join(dir, parts[i]!);
    const st = lstatSync(dir, { throwIfNoEntry: false });
    if (st === undefined) return undefined;
    if (st.isSymbolicLink()) return parts.slice(0, i + 1).join('/');
  }
  return undefined;
}

function linkProblem(abs: string, realRoot: string): ListingProblem['problem'] | undefined {
  let target: string;
  try {
    target = realpathSync.native(abs);
  } catch {
    return 'broken-link';
  }
  if (!isInside(realRoot, target) || inGitFolder(realRoot, target)) return 'outside';
  try {
    const s = statSync(target);
    if (s.isDirectory()) return 'link-folder';
    if (!s.isFile()) return 'special';
  } catch {
    return 'broken-link';
  }
  return undefined;
}

/** A name with control characters shown with them made visible, so the finding itself is safe to print. */
function safeShownPath(rel: string): string {
  // eslint-disable-next-line no-control-regex
  return rel.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}
