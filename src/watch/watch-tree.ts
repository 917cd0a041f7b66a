import { lstatSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { watch } from 'chokidar';
import type { FSWatcher } from 'chokidar';

/** How long after a batch its files are looked at once more, for a write still under way when it was reported. */
const CONFIRM_MS = 100;
/** At most this many paths of a batch are looked at again: a burst of thousands is re-read anyway. */
const CONFIRM_MAX = 256;
/** How often a polling watch (the fallback when the OS has no watch handles left) looks at the files. */
const POLL_MS = 300;

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
export function watchTree(
  root: string,
  onChange: (paths: string[]) => void,
  options: { batchMs?: number; onPolling?: () => void } = {},
): TreeWatch {
  const batchMs = options.batchMs ?? 10;
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const start = (usePolling: boolean): FSWatcher =>
    watch(root, { ignoreInitial: true, followSymlinks: false, usePolling, interval: POLL_MS, ignored: (p: string) => IGNORED.test(relative(root, p)) });
  let watcher: FSWatcher = start(false);
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
  let polling = false;
  let readyNow: () => void = () => {};
  const ready = new Promise<void>((resolve) => (readyNow = resolve));
  const listen = (w: FSWatcher) => {
    // Either watch's first scan makes the tree ready: a watch that failed during its scan is replaced before it was ever ready.
    w.once('ready', () => readyNow());
    for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) w.on(event, note);
    // A watch that fails must not end the process with a stack trace. When the system has no
    // watch handles left (inotify's instances or watches, shared by every process of the user),
    // the OS watch would silently miss changes: poll instead, and say so once.
    w.on('error', (error: unknown) => {
      const code = (error as { code?: unknown } | undefined)?.code;
      if (polling || closed || (code !== 'ENOSPC' && code !== 'EMFILE')) return;
      polling = true;
      const failed = w;
      watcher = start(true);
      listen(watcher);
      void failed.close().catch(() => {});
      options.onPolling?.();
    });
  };
  listen(watcher);
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
