import type { Lang } from '../messages/catalogue.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { CONFIG_FILE } from '../load/find-root.js';
import { OverlaySource } from '../source/overlay-source.js';
import type { FileSource, Listing, ReadKind, ReadProblem, ReadResult, Stamp } from '../source/file-source.js';
import { WorktreeSource } from '../source/worktree-source.js';
import { checkProject } from './check-project.js';
import type { CheckResult } from './check-project.js';

/**
 * A FileSource that remembers the last listing of its base until told the tree changed: a
 * resident engine re-lists only when a file was created or removed, not on every keystroke.
 * Reads still go to the base, so the trust boundary is the base's.
 */
class ListingCache implements FileSource {
  readonly root: string;
  #listing: { key: string; value: Listing; paths: Set<string> } | undefined;
  constructor(readonly base: FileSource) {
    this.root = base.root;
  }
  invalidate(): void {
    this.#listing = undefined;
  }
  has(path: string): boolean {
    return this.#listing?.paths.has(path) ?? false;
  }
  list(include: readonly string[], exclude: readonly string[]): Listing {
    const key = JSON.stringify([include, exclude]);
    if (this.#listing?.key !== key) {
      const value = this.base.list(include, exclude);
      this.#listing = { key, value, paths: new Set(value.files.map((f) => f.path)) };
    }
    return this.#listing.value;
  }
  read(path: string, kind: ReadKind): ReadResult {
    return this.base.read(path, kind);
  }
  stamp(path: string): Stamp | undefined {
    return this.base.stamp(path);
  }
  resolve(path: string): { ok: true; path: string } | { ok: false; problem: ReadProblem } {
    return this.base.resolve(path);
  }
}

export interface ResidentOptions {
  root: string;
  lang?: Lang;
  today?: string;
  /** Where the files are read from; the working tree at `root` when not given. */
  source?: FileSource;
}

/** What one re-check found, and how long it took. */
export interface Recheck {
  result: CheckResult;
  /** How long the re-check took, in milliseconds. */
  ms: number;
}

/**
 * The check engine kept in memory between changes, for `sup lsp` and `sup check --watch`: the
 * first check reads the whole project; after that a change re-reads only the files it names (an
 * editor's unsaved text lies over the working tree through an OverlaySource) and the cross-file
 * rules run again over the model in memory.
 */
export class ResidentEngine {
  readonly root: string;
  readonly #options: ResidentOptions;
  readonly #base: ListingCache;
  /** Unsaved editor texts, by project-relative path. */
  readonly #open = new Map<string, Buffer>();
  readonly #pending = new Set<string>();
  #full = true;
  #result: CheckResult | undefined;

  constructor(options: ResidentOptions) {
    this.root = options.root;
    this.#options = options;
    this.#base = new ListingCache(options.source ?? new WorktreeSource(options.root));
  }

  /** The last check, or undefined before the first. */
  get result(): CheckResult | undefined {
    return this.#result;
  }

  /** Holds an editor's unsaved text for a file (undefined: the editor closed it, the disk counts again). */
  setText(path: string, text: string | undefined): void {
    if (text === undefined) {
      if (!this.#open.delete(path)) return;
    } else {
      if (!this.#base.has(path) && !this.#open.has(path)) this.#base.invalidate();
      this.#open.set(path, Buffer.from(text, 'utf8'));
    }
    this.#mark(path);
  }

  /** Files that changed on disk (created, changed or removed). */
  diskChanged(paths: Iterable<string>): void {
    for (const path of paths) {
      // A created or removed file changes the listing; a changed one does not.
      if (!this.#base.has(path) || this.#base.stamp(path) === undefined) this.#base.invalidate();
      if (!this.#open.has(path)) this.#mark(path);
    }
  }

  /** True when a change is waiting for `recheck`. */
  get dirty(): boolean {
    return this.#full || this.#pending.size > 0;
  }

  /** Checks the project again, re-reading only what changed since the last check. */
  recheck(): Recheck {
    const started = performance.now();
    const source = new OverlaySource(this.#base, new Map(this.#open));
    const before = this.#result;
    const reuse = before && !this.#full ? { before, changed: new Set(this.#pending) } : undefined;
    this.#pending.clear();
    this.#full = false;
    const result = checkProject({ root: this.root, source, lang: this.#options.lang, today: this.#options.today, track: true, ...(reuse ? { reuse } : {}) });
    this.#result = result;
    return { result, ms: performance.now() - started };
  }

  #mark(path: string): void {
    // sup.yaml: its change can change every file's findings (patterns, severities).
    if (path === CONFIG_FILE) {
      // New patterns or severities: every file may be in or out, so start afresh.
      this.#full = true;
      this.#base.invalidate();
    }
    this.#pending.add(path);
  }
}

/** The diagnostics by file, in the order they come. */
export function groupByFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = out.get(d.file);
    if (list) list.push(d);
    else out.set(d.file, [d]);
  }
  return out;
}
