import picomatch from 'picomatch';
import { isSafeRelPath, SIZE_LIMITS } from './file-source.js';
import type { FileSource, Listing, ReadKind, ReadProblem, ReadResult, Stamp } from './file-source.js';

/**
 * Another source with some files changed in memory: a new content, or null for a file removed.
 * An edit checks the whole project this way before it writes anything, with no temporary copy.
 */
export class OverlaySource implements FileSource {
  readonly root: string;
  readonly #base: FileSource;
  readonly #changes: ReadonlyMap<string, Buffer | null>;
  readonly #baseListing: { include: readonly string[]; exclude: readonly string[]; listing: Listing } | undefined;

  /**
   * `baseListing`: what `base` listed a moment ago for these patterns (a check of the same project),
   * so that listing the overlay does not walk the tree again; any other patterns are listed afresh.
   */
  constructor(base: FileSource, changes: ReadonlyMap<string, Buffer | null>, baseListing?: { include: readonly string[]; exclude: readonly string[]; listing: Listing }) {
    this.root = base.root;
    this.#base = base;
    this.#changes = changes;
    this.#baseListing = baseListing;
  }

  /** The paths this overlay changes (new content or removed). */
  get changed(): ReadonlySet<string> {
    return new Set(this.#changes.keys());
  }

  list(include: readonly string[], exclude: readonly string[]): Listing {
    const known = this.#baseListing;
    const same = known !== undefined && sameList(known.include, include) && sameList(known.exclude, exclude);
    const listing = same ? known.listing : this.#base.list(include, exclude);
    const isIncluded = picomatch(include as string[], { dot: false });
    const isExcluded = exclude.length > 0 ? picomatch(exclude as string[], { dot: true }) : () => false;
    const files = listing.files.filter((f) => !this.#changes.has(f.path) || this.#changes.get(f.path) !== null);
    const listed = new Set(files.map((f) => f.path));
    for (const [path, content] of this.#changes) {
      if (content !== null && !listed.has(path) && isSafeRelPath(path) && isIncluded(path) && !isExcluded(path)) files.push({ path });
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, problems: listing.problems.filter((p) => !this.#changes.has(p.path)) };
  }

  read(path: string, kind: ReadKind): ReadResult {
    if (!this.#changes.has(path)) return this.#base.read(path, kind);
    const content = this.#changes.get(path);
    if (content === null || content === undefined) return { ok: false, problem: 'missing' };
    if (content.length > SIZE_LIMITS[kind]) return { ok: false, problem: 'too-large', size: content.length, limit: SIZE_LIMITS[kind] };
    return { ok: true, bytes: content };
  }

  stamp(path: string): Stamp | undefined {
    return this.#changes.has(path) ? undefined : this.#base.stamp(path);
  }

  resolve(path: string): { ok: true; path: string } | { ok: false; problem: ReadProblem } {
    if (!this.#changes.has(path)) return this.#base.resolve(path);
    return this.#changes.get(path) === null ? { ok: false, problem: 'missing' } : { ok: true, path };
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
