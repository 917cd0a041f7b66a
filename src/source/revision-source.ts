import { realpathSync } from 'node:fs';
import { posix, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { git, gitTopLevel, GitError, resolveRevision } from '../git/git.js';
import { isSafeRelPath, SIZE_LIMITS } from './file-source.js';
import type { FileSource, Listing, ListedFile, ListingProblem, ReadKind, ReadProblem, ReadResult, Stamp } from './file-source.js';

/** A tree entry of the revision, by its path from the repository's top. */
interface TreeEntry {
  mode: string;
  type: string;
  object: string;
  /** Bytes; -1 for what is not a blob. */
  size: number;
}

/** The most bytes of blobs held in memory for one revision: past it, files are refused as too large. */
export const REVISION_BUDGET = 512 * 1024 * 1024;
/** How many links are followed one after another before a chain counts as a loop. */
const MAX_LINK_HOPS = 8;

/**
 * A project as it is at a git revision, read in memory: `git ls-tree -r -z -l` for the names and
 * sizes, `git cat-file --batch` for the contents of the files a listing selects (and nothing
 * else), every size checked before a byte is read. A name with `..`, a control character or a
 * leading `/` is refused, and a link is followed only to a file of the same revision inside the
 * project. Nothing is written anywhere.
 */
export class RevisionSource implements FileSource {
  readonly root: string;
  readonly commit: string;
  readonly #top: string;
  /** The project's folder from the top, '' or 'a/b' (POSIX). */
  readonly #sub: string;
  readonly #entries = new Map<string, TreeEntry>();
  /** Names in the tree that are refused, by their project-relative (escaped) path. */
  readonly #badNames: string[] = [];
  readonly #blobs = new Map<string, Buffer>();
  /** Link targets by the link's object id, read in one batch for all links a listing meets. */
  readonly #linkTargets = new Map<string, string>();
  /** Every folder of the tree (from the entries' paths), to tell a link to a folder from a broken one. */
  #folders: Set<string> | undefined;
  #budget = REVISION_BUDGET;

  private constructor(root: string, top: string, sub: string, commit: string) {
    this.root = root;
    this.#top = top;
    this.#sub = sub;
    this.commit = commit;
  }

  /** Opens the project at `projectRoot` as it was at `rev`; throws GitError when git cannot answer. */
  static open(projectRoot: string, rev: string): RevisionSource {
    const top = realpathSync(gitTopLevel(projectRoot));
    const commit = resolveRevision(top, rev);
    const sub = relative(top, realpathSync(projectRoot)).split(sep).join('/');
    const source = new RevisionSource(projectRoot, top, sub, commit);
    source.#readTree();
    return source;
  }

  #readTree(): void {
    const listing = git(this.#top, ['ls-tree', '-r', '-z', '-l', '--full-tree', this.commit, ...(this.#sub ? ['--', this.#sub] : [])]);
    let at = 0;
    while (at < listing.length) {
      let end = listing.indexOf(0, at);
      if (end === -1) end = listing.length;
      const line = listing.subarray(at, end).toString('utf8');
      at = end + 1;
      // "<mode> <type> <object> <size>\t<path>": the path is everything after the first TAB, TABs in it included.
      const tab = line.indexOf('\t');
      if (tab === -1) continue;
      const [mode = '', type = '', object = '', size = '-'] = line.slice(0, tab).split(/ +/);
      const path = line.slice(tab + 1);
      if (!isSafeRelPath(path)) {
        const rel = this.#sub && path.startsWith(this.#sub + '/') ? path.slice(this.#sub.length + 1) : path;
        this.#badNames.push(escapeName(rel));
        continue;
      }
      this.#entries.set(path, { mode, type, object, size: size === '-' ? -1 : Number(size) });
    }
  }

  list(include: readonly string[], exclude: readonly string[]): Listing {
    const isIncluded = picomatch(include as string[], { dot: false });
    const isExcluded = exclude.length > 0 ? picomatch(exclude as string[], { dot: true }) : () => false;
    const wanted = (rel: string) => isIncluded(rel) && !isExcluded(rel) && !rel.split('/').slice(0, -1).some(skippedDir);
    const files: ListedFile[] = [];
    // A name that climbs out of a folder matches no glob, so it is reported wherever it lies below a pattern's folder.
    const bases = include.map((p) => picomatch.scan(p).base);
    const climbs = (rel: string) => rel.split('/').some((part) => part === '..' || part === '.' || part === '') && bases.some((b) => b === '' || rel.startsWith(b + '/'));
    const problems: ListingProblem[] = this.#badNames.filter((rel) => wanted(rel) || climbs(rel)).map((path) => ({ path, problem: 'bad-name' as const }));
    const selected: string[] = [];
    const candidates: string[] = [];
    for (const full of this.#entries.keys()) {
      const rel = this.#rel(full);
      if (rel !== undefined && wanted(rel)) candidates.push(full);
    }
    this.#readLinks(candidates);
    for (const full of candidates) {
      const rel = this.#rel(full)!;
      const target = this.#follow(full);
      if (typeof target !== 'string') {
        problems.push({ path: rel, problem: target.problem === 'folder' ? 'link-folder' : target.problem });
        continue;
      }
      files.push({ path: rel });
      selected.push(target);
    }
    this.#prefetch(selected);
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, problems };
  }

  read(path: string, kind: ReadKind): ReadResult {
    if (!isSafeRelPath(path)) return { ok: false, problem: 'bad-name' };
    const full = this.#full(path);
    const target = this.#follow(full);
    if (typeof target !== 'string') return { ok: false, problem: target.problem };
    const entry = this.#entries.get(target)!;
    const limit = SIZE_LIMITS[kind];
    if (entry.size > limit) return { ok: false, problem: 'too-large', size: entry.size, limit };
    let bytes = this.#blobs.get(target);
    if (bytes === undefined) {
      if (entry.size > this.#budget) return { ok: false, problem: 'too-large', size: entry.size, limit: this.#budget };
      try {
        bytes = this.#fetch([entry.object], entry.size)[0]!;
      } catch (error) {
        return { ok: false, problem: 'unreadable', detail: String((error as Error).message) };
      }
      this.#keep(target, bytes);
    }
    return { ok: true, bytes };
  }

  stamp(): Stamp | undefined {
    return undefined; // a revision is read once; nothing of it goes into the check cache
  }

  resolve(path: string): { ok: true; path: string } | { ok: false; problem: ReadProblem } {
    if (!isSafeRelPath(path)) return { ok: false, problem: 'bad-name' };
    const target = this.#follow(this.#full(path));
    if (typeof target !== 'string') return { ok: false, problem: target.problem };
    return { ok: true, path: this.#rel(target)! };
  }

  #full(rel: string): string {
    return this.#sub ? `${this.#sub}/${rel}` : rel;
  }

  #rel(full: string): string | undefined {
    if (!this.#sub) return full;
    return full.startsWith(this.#sub + '/') ? full.slice(this.#sub.length + 1) : undefined;
  }

  /** The path of the regular file an entry is or links to, inside the project, or why there is none. */
  #follow(full: string): string | { problem: ReadProblem } {
    let path = full;
    for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
      const entry = this.#entries.get(path);
      if (!entry) return hop === 0 ? (this.#isFolder(path) ? { problem: 'folder' } : { problem: 'missing' }) : this.#isFolder(path) ? { problem: 'folder' } : { problem: 'broken-link' };
      if (entry.type !== 'blob') return { problem: 'special' }; // a submodule
      if (entry.mode !== '120000') return path;
      if (entry.size > 4096) return { problem: 'broken-link' };
      let target = this.#linkTargets.get(entry.object);
      if (target === undefined) {
        try {
          target = this.#fetch([entry.object], entry.size)[0]!.toString('utf8');
        } catch {
          return { problem: 'broken-link' };
        }
        this.#linkTargets.set(entry.object, target);
      }
      if (target.startsWith('/')) return { problem: 'outside' };
      const joined = posix.normalize(posix.join(posix.dirname(path), target));
      if (joined === '..' || joined.startsWith('../') || !isSafeRelPath(joined)) return { problem: 'outside' };
      if (this.#rel(joined) === undefined) return { problem: 'outside' };
      path = joined;
    }
    return { problem: 'broken-link' };
  }

  #isFolder(full: string): boolean {
    if (!this.#folders) {
      this.#folders = new Set();
      for (const key of this.#entries.keys()) {
        for (let i = key.indexOf('/'); i !== -1; i = key.indexOf('/', i + 1)) this.#folders.add(key.slice(0, i));
      }
    }
    return this.#folders.has(full);
  }

  /**
   * Reads the targets of the links among `paths` (and of the links those point to, up to the hop
   * limit) in one `git cat-file --batch` per hop: thousands of links cost a few git processes, not one each.
   */
  #readLinks(paths: string[]): void {
    let wave = paths;
    for (let hop = 0; hop <= MAX_LINK_HOPS && wave.length > 0; hop++) {
      // The links of this wave whose targets are not known yet, by object id, with the paths that hold them.
      const pending = new Map<string, string[]>();
      for (const path of wave) {
        const e = this.#entries.get(path);
        if (!e || e.mode !== '120000' || e.size > 4096 || this.#linkTargets.has(e.object)) continue;
        const list = pending.get(e.object);
        if (list) list.push(path);
        else pending.set(e.object, [path]);
      }
      if (pending.size === 0) return;
      const objects = [...pending.keys()];
      let targets: Buffer[];
      try {
        targets = this.#fetch(objects, objects.length * 4096);
      } catch {
        return; // each link is then read on its own and reports its own failure
      }
      const next: string[] = [];
      objects.forEach((object, i) => {
        const target = targets[i]!.toString('utf8');
        this.#linkTargets.set(object, target);
        for (const path of pending.get(object)!) next.push(posix.normalize(posix.join(posix.dirname(path), target)));
      });
      wave = next;
    }
  }


  /** Reads the selected files' blobs in one `git cat-file --batch`, within the size limit and the budget. */
  #prefetch(paths: string[]): void {
    const wanted: string[] = [];
    const objects: string[] = [];
    let planned = 0;
    for (const path of paths) {
      const entry = this.#entries.get(path)!;
      if (this.#blobs.has(path) || entry.size > SIZE_LIMITS.data || planned + entry.size > this.#budget) continue;
      planned += entry.size;
      wanted.push(path);
      objects.push(entry.object);
    }
    if (objects.length === 0) return;
    let blobs: Buffer[];
    try {
      blobs = this.#fetch(objects, planned);
    } catch {
      return; // each file is then read on its own and reports its own failure
    }
    wanted.forEach((path, i) => this.#keep(path, blobs[i]!));
  }

  #keep(path: string, bytes: Buffer): void {
    this.#blobs.set(path, bytes);
    this.#budget -= bytes.length;
  }

  /** Many blobs through one `git cat-file --batch`; `total` is their size, to bound git's output buffer. */
  #fetch(objects: string[], total: number): Buffer[] {
    const out = git(this.#top, ['cat-file', '--batch'], Buffer.from(objects.join('\n') + '\n'), total + objects.length * 128 + 4096);
    const blobs: Buffer[] = [];
    let at = 0;
    for (let i = 0; i < objects.length; i++) {
      const nl = out.indexOf(0x0a, at);
      if (nl === -1) throw new GitError('bad-answer', 'git cat-file: incomplete answer');
      const header = out.subarray(at, nl).toString('utf8').split(' ');
      if (header[1] === 'missing' || header.length < 3) throw new GitError('bad-answer', `git cat-file: missing object ${objects[i]}`);
      const n = Number(header[2]);
      blobs.push(out.subarray(nl + 1, nl + 1 + n));
      at = nl + 1 + n + 1;
    }
    return blobs;
  }
}

function skippedDir(part: string): boolean {
  return part === 'node_modules' || part === '.git' || part.startsWith('.');
}

/** A refused name with its control characters made visible, so a finding about it is safe to print. */
function escapeName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
