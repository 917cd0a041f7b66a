import { relative, sep } from 'node:path';
import { watch } from 'chokidar';
import type { FSWatcher } from 'chokidar';

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
  const flush = () => {
    timer = undefined;
    const paths = [...pending];
    pending.clear();
    if (paths.length > 0) onChange(paths);
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
      if (timer) clearTimeout(timer);
      await watcher.close();
    },
  };
}
