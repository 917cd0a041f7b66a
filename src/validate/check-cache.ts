import { ConfinedWriter } from '../source/confined-writer.js';
import type { FileSource, Stamp } from '../source/file-source.js';
import type { FileKind } from '../model/kinds.js';
import { collectReferences } from './references.js';
import type { Reference } from './references.js';
import { referencePatterns } from './schemas.js';
import { VERSION } from '../version.js';
import { lazySource } from '../load/source-file.js';
import type { SourceFile } from '../load/source-file.js';

/** The project's cache folder: safe to delete at any time; sup check then reads every file again. */
export const CACHE_DIR = '.sup-cache';
const CACHE_PATH = `${CACHE_DIR}/check-v2.json`;

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
    private readonly source: FileSource,
    private readonly key: string,
  ) {}

  /**
   * Opens the cache of a project; a missing, unreadable or stale cache is simply empty. It is read
   * through the project's source like any file, so a cache that is a link, a FIFO or too large is
   * never followed.
   */
  static open(source: FileSource, schemaHash: string): CheckCache {
    const cache = new CheckCache(source, `${VERSION}:${schemaHash}`);
    const read = source.read(CACHE_PATH, 'cache');
    if (!read.ok) return cache;
    try {
      const parsed = JSON.parse(read.bytes.toString('utf8')) as CacheFile;
      if (parsed.key === cache.key && typeof parsed.files === 'object' && parsed.files !== null && !Array.isArray(parsed.files)) cache.#files = parsed.files;
    } catch {
      // A broken cache, or one from another version: start empty.
    }
    return cache;
  }

  /** A cached clean file that has not changed on disk, with its kind and references. */
  lookup(path: string, stamp: Stamp | undefined): { file: SourceFile; kind: FileKind; references: Reference[] } | undefined {
    const e = Object.hasOwn(this.#files, path) ? this.#files[path] : undefined;
    if (!Array.isArray(e) || !stamp || e[0] !== stamp.size || e[1] !== stamp.mtimeMs || e[2] !== stamp.ino) return undefined;
    const patterns = typeof e[3] === 'string' && Object.hasOwn(referencePatterns(), e[3]) ? referencePatterns()[e[3]] : undefined;
    if (!Array.isArray(patterns) || typeof e[4] !== 'object' || e[4] === null) return undefined;
    this.#next[path] = e;
    return { file: lazySource(path, this.source, e[4]), kind: e[3], references: collectReferences(e[4], patterns) };
  }

  /** Remembers a file that loaded and validated cleanly. */
  store(path: string, stat: Stamp | undefined, kind: FileKind, data: unknown): void {
    if (!stat) return;
    this.#next[path] = [stat.size, stat.mtimeMs, stat.ino, kind, data];
    this.#dirty = true;
  }

  /**
   * Writes the cache when anything changed; files that are gone drop out. Never fails the run: a
   * cache folder that is a link or a file, or a full disk, only means the next run reads every file.
   */
  save(): void {
    const removed = Object.keys(this.#files).some((p) => !Object.hasOwn(this.#next, p));
    if (!this.#dirty && !removed) return;
    const writer = new ConfinedWriter(this.source.root);
    try {
      writer.write(CACHE_PATH, JSON.stringify({ key: this.key, files: this.#next } satisfies CacheFile), { durable: false });
    } catch {
      try {
        writer.remove(CACHE_PATH); // a stale cache would be read again next time
      } catch {
        // refused (a link on the way) or impossible: nothing of ours is there to remove
      }
    }
  }
}
