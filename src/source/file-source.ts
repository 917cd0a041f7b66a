/**
 * The trust boundary. Every file sup reads from a project — data, sup.yaml, templates, labels, CSS,
 * new-file templates, the check cache, CODEOWNERS — is read through a FileSource. A source hands
 * out bytes only for regular files that lie inside the project, never more than the limit for
 * their kind, and says why when it will not: a link out of the project, a FIFO or a device, a
 * folder where a file was expected, a file too large, a name that could escape a folder.
 *
 * Implementations: the working tree (./worktree-source.ts), an overlay of changed files in memory
 * over another source (./overlay-source.ts), and a git revision read in memory
 * (./revision-source.ts). Nothing is ever materialised on disk from a revision.
 */

/** What a file is read as; each kind has its own size limit. */
export type ReadKind = 'data' | 'config' | 'template' | 'cache' | 'codeowners';

/** The most bytes read for each kind of file. No real file of its kind comes near these. */
export const SIZE_LIMITS: Readonly<Record<ReadKind, number>> = {
  data: 4 * 1024 * 1024,
  config: 256 * 1024,
  template: 1024 * 1024,
  cache: 64 * 1024 * 1024,
  codeowners: 1024 * 1024,
};

/** Why a source will not hand out a file. */
export type ReadProblem =
  /** Nothing at that path. */
  | 'missing'
  /** A link (or a path through one) that leads out of the project. */
  | 'outside'
  /** A link that cannot be followed (missing target, a loop). */
  | 'broken-link'
  /** A folder where a file was expected. */
  | 'folder'
  /** A FIFO, socket or device: reading it could hang or never end. */
  | 'special'
  /** Larger than the limit for its kind. */
  | 'too-large'
  /** A name with `..`, a control character or a leading `/`. */
  | 'bad-name'
  /** The operating system or git refused (permissions, I/O error). */
  | 'unreadable';

export type ReadResult =
  | { ok: true; bytes: Buffer }
  | { ok: false; problem: ReadProblem; size?: number; limit?: number; code?: string; detail?: string };

/** What a file's size, modification time and inode were, for the check cache; undefined: do not cache. */
export interface Stamp {
  size: number;
  mtimeMs: number;
  ino: number;
}

/** A file the listing found, by its project-relative POSIX path. */
export interface ListedFile {
  path: string;
}

/** A path the listing matched but will not hand out, with the reason. */
export interface ListingProblem {
  path: string;
  problem: ReadProblem | 'link-folder';
}

export interface Listing {
  files: ListedFile[];
  problems: ListingProblem[];
}

/** A confined, bounded view of one project's files. Never throws for anything in the files. */
export interface FileSource {
  /** The project root on disk (for a revision: the working tree's, for messages only). */
  readonly root: string;
  /** The files matching `include` and not `exclude` (picomatch globs), sorted by path. */
  list(include: readonly string[], exclude: readonly string[]): Listing;
  /** The bytes of a regular file inside the project, at most the limit of `kind`. */
  read(path: string, kind: ReadKind): ReadResult;
  /** The file's stamp for the check cache, or undefined when its results must not be cached. */
  stamp(path: string): Stamp | undefined;
  /** The project-relative path of the regular file a path leads to (itself, or a link's target inside the project). */
  resolve(path: string): { ok: true; path: string } | { ok: false; problem: ReadProblem };
}

/**
 * True for a project-relative path that names a file without escaping a folder: POSIX
 * separators, no empty, `.` or `..` part, no leading `/`, no backslash and no control character
 * (a TAB or newline in a name breaks every line-based format that lists files).
 */
export function isSafeRelPath(path: string): boolean {
  if (path === '' || path.startsWith('/') || path.length > 4096) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f\\\u2028\u2029]/.test(path)) return false;
  for (const part of path.split('/')) if (part === '' || part === '.' || part === '..') return false;
  return true;
}

/** Windows cannot check out a file whose name (before the first dot) is one of these. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** True for a file or folder name that Windows cannot have: reserved device names, a trailing dot or space, `<>:"|?*`. */
export function isWindowsUnsafeName(name: string): boolean {
  return WINDOWS_RESERVED.test(name) || /[<>:"|?*]/.test(name) || /[. ]$/.test(name);
}
