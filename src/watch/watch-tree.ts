import { lstatSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { watch } from 'chokidar';
import type { FSWatcher } from 'chokidar';

/** How long after a batch its files are looked at once more, for a write still under way when it was reported. */
const CONFIRM_MS = 100;
/** At most this many paths of a batch are looked at again: a burst of thousands is re-read anyway. */
const CONFIRM_MAX = 256;

/** Folders that never hold project data and can be huge. */
const IGNORED = /(^|[/\\])(node_modules|\.git|\.sup-cache)([/\\]|$)/;

/** A running watch of a project's tree; `close` ends it and releases every handle. */
export interface TreeWatch {
  close(): Promise<void>;
  /** Resolves when the initial scan is done and changes are being reported. */
  ready: Promise<void>;
}

/**
 * Calls `onChange` with the project-relative POSIX paths of files created, changed or removed
 * under `root`, in batches (an editor's save is often a write and a rename). Links are not
 * followed: a link's target is read, if at all, only through the project's FileSource.
 */
export function watchTree(root: string, onChange: (paths: string[]) => void, options: { batchMs?: number } = {}): TreeWatch {
  const batchMs = options.batchMs ?? 10;
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const watcher: FSWatcher = watch(root, { ignoreInitial: true, followSymlinks: false, ignored: (p: string) => IGNORED.test(relative(root, p)) });
  const toConfirm = new Map<string, string>();
  let confirming: NodeJS.Timeout | undefined;
  let closed = false;
  const flush = () => {
    timer = undefined;
    const paths = [...pending];
    pending.clear();
    if (paths.length === 0) return;
    // chokidar drops a second event for a file within 5 ms and one whose mtime looks unchanged:
    // a save that was still being written when its first event came would then never be seen.
    for (const p of paths) if (toConfirm.size < CONFIRM_MAX || toConfirm.has(p)) toConfirm.set(p, stampOf(join(root, p)));
    onChange(paths);
    if (closed) return;
    confirming ??= setTimeout(() => {
      confirming = undefined;
      const again = [...toConfirm];
      toConfirm.clear();
      for (const [p, stamp] of again) if (stampOf(join(root, p)) !== stamp) note(join(root, p));
    }, CONFIRM_MS);
  };
  const note = (abs: string) => {
    const rel = relative(root, abs);
    if (rel === '' || rel.startsWith('..')) return;
    pending.add(rel.split(sep).join('/'));
    timer ??= setTimeout(flush, batchMs);
  };
  for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) watcher.on(event, note);
  // A watch that fails (too many watches, a folder removed) must not end the process with a stack trace.
  watcher.on('error', () => {});
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    close: async () => {
      closed = true;
      if (timer) clearTimeout(timer);
      if (confirming) clearTimeout(confirming);
      await watcher.close();
    },
  };
}

/** Size, modification time and inode of a path, not following a link; '' when it is gone. */
function stampOf(abs: string): string {
  try {
    const s = lstatSync(abs, { bigint: true });
    return `${s.size}:${s.mtimeNs}:${s.ino}:${s.mode}`;
  } catch {
    return '';
  }
}
