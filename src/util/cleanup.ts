import { rmSync } from 'node:fs';

/**
 * Temporary files and folders that must not outlive the process, and closers (a browser) to run
 * first, when SIGINT or SIGTERM ends a run in the middle: an interrupted edit, diff or PDF render
 * leaves nothing behind in the project or in TMPDIR.
 */
const paths = new Set<string>();
const closers = new Set<() => unknown>();
let installed = false;
let exiting = false;

const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;

/** Removes `path` (file or folder) if the run is interrupted; call the returned function once it is gone or kept. */
export function removeOnInterrupt(path: string): () => void {
  install();
  paths.add(path);
  return () => {
    paths.delete(path);
  };
}

/** Runs `close` (awaited, at most ten seconds) if the run is interrupted; call the returned function when it is closed. */
export function closeOnInterrupt(close: () => unknown): () => void {
  install();
  closers.add(close);
  return () => {
    closers.delete(close);
  };
}

/** Removes everything registered now; for the signal handler and for tests. */
export function removeRegistered(): void {
  for (const path of paths) rmSync(path, { recursive: true, force: true });
  paths.clear();
}

function install(): void {
  if (installed) return;
  installed = true;
  for (const [name, number] of Object.entries(SIGNALS)) {
    process.on(name, () => {
      if (exiting) return;
      exiting = true;
      void interrupt(128 + number);
    });
  }
}

async function interrupt(code: number): Promise<void> {
  const pending = [...closers].map(async (close) => {
    try {
      await close();
    } catch {
      // closing is best effort; the files are removed below either way
    }
  });
  // Ten seconds, not two: on a loaded machine (2 cores, Chromium and npm busy beside it) closing the
  // browser took longer than two, and its profile folder was left in TMPDIR. Still a bounded exit.
  await Promise.race([Promise.all(pending), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
  try {
    removeRegistered();
  } finally {
    process.exit(code);
  }
}
