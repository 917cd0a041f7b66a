import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { join } from 'node:path';
import type { FileKind } from '../model/kinds.js';
import { collectReferences } from '../validate/references.js';
import type { Reference } from '../validate/references.js';
import { referencePatterns } from '../validate/schemas.js';
import { writeFileAtomic } from '../util/write-atomic.js';
import { VERSION } from '../version.js';
import { lazySource } from './source-file.js';
import type { SourceFile } from './source-file.js';

/** The project's cache folder: safe to delete at any time; sup check then reads every file again. */
export const CACHE_DIR = '.sup-cache';
const CACHE_FILE = 'check-v2.json';

/**
 * What is kept of a file that loaded and validated without a finding, as a tuple to keep the cache
 * file small (its size is most of a cached run's time). References are found again from the data.
 */
type Entry = [size: number, mtimeMs: number, ino: number, kind: FileKind, data: unknown];

interface CacheFile {
  key: string;
  files: Record<string, Entry>;
}

/**
 * A cache of clean files keyed by the tool version and the schemas' hash; an entry is used only
 * while the file's size, modification time and inode are unchanged. Files with findings are never
 * cached, so their diagnostics are always fresh.
 */
export class CheckCache {
  #files: Record<string, Entry> = {};
  #next: Record<string, Entry> = {};
  #dirty = false;

  private constructor(
    private readonly root: string,
    private readonly key: string,
  ) {}

  /** Opens the cache of a project root; a missing, unreadable or stale cache is simply empty. */
  static open(root: string, schemaHash: string): CheckCache {
    const cache = new CheckCache(root, `${VERSION}:${schemaHash}`);
    try {
      const parsed = JSON.parse(readFileSync(join(root, CACHE_DIR, CACHE_FILE), 'utf8')) as CacheFile;
      if (parsed.key === cache.key && typeof parsed.files === 'object' && parsed.files !== null) cache.#files = parsed.files;
    } catch {
      // No cache yet, or one from another version: start empty.
    }
    return cache;
  }

  /** The file's stat, or undefined when it cannot be stat'ed (the loader will report why). */
  static stat(absPath: string): Stats | undefined {
    try {
      return statSync(absPath);
    } catch {
      return undefined;
    }
  }

  /** A cached clean file that has not changed on disk, with its kind and references. */
  lookup(path: string, absPath: string, stat: Stats | undefined): { file: SourceFile; kind: FileKind; references: Reference[] } | undefined {
    const e = this.#files[path];
    if (!Array.isArray(e) || !stat || e[0] !== stat.size || e[1] !== stat.mtimeMs || e[2] !== stat.ino) return undefined;
    const patterns = Object.hasOwn(referencePatterns(), e[3]) ? referencePatterns()[e[3]] : undefined;
    if (!Array.isArray(patterns) || typeof e[4] !== 'object' || e[4] === null) return undefined;
    this.#next[path] = e;
    return { file: lazySource(path, absPath, e[4]), kind: e[3], references: collectReferences(e[4], patterns) };
  }

  /** Remembers a file that loaded and validated cleanly. */
  store(path: string, stat: Stats | undefined, kind: FileKind, data: unknown): void {
    if (!stat) return;
    this.#next[path] = [stat.size, stat.mtimeMs, stat.ino, kind, data];
    this.#dirty = true;
  }

  /** Writes the cache when anything changed; files that are gone drop out. Never fails the run. */
  save(): void {
    const removed = Object.keys(this.#files).some((p) => !(p in this.#next));
    if (!this.#dirty && !removed) return;
    try {
      mkdirSync(join(this.root, CACHE_DIR), { recursive: true });
      writeFileAtomic(join(this.root, CACHE_DIR, CACHE_FILE), JSON.stringify({ key: this.key, files: this.#next } satisfies CacheFile), { durable: false });
    } catch {
      rmSync(join(this.root, CACHE_DIR, CACHE_FILE), { force: true });
    }
  }
}
