import { rmSync } from 'node:fs';

/**
 * Temporary files and folders that must not outlive the process, and closers (a browser) to run
 * first, when SIGINT or SIGTERM ends a run in the middle: an interrupted edit, diff or PDF render
 * leaves nothing behind in the project or in TMPDIR.
 */
const paths = new Set<string>();
const closers = new Set<() => unknown>();
/** Commands that end themselves cleanly on a signal (sup check --watch): while one is set, a signal is theirs. */
const owners = new Set<() => void>();
let installed = false;
let exiting: Promise<void> | undefined;

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

/**
 * Hands SIGINT/SIGTERM/SIGHUP to `stop` instead of ending the run: for a command that ends itself
 * cleanly (a watch loop returns its last exit code). Call the returned function when it is done.
 */
export function takeInterrupts(stop: () => void): () => void {
  install();
  owners.add(stop);
  return () => {
    owners.delete(stop);
  };
}

/** Removes everything registered now; for the signal handler and for tests. Never throws. */
export function removeRegistered(): void {
  for (const path of paths) removeQuietly(path);
  paths.clear();
}

/**
 * Removes a file or folder, retrying while a dying process (a browser that got the same signal)
 * still writes into it; a failure is not worth an error at the end of an interrupted run.
 */
export function removeQuietly(path: string): boolean {
  try {
    rmSync(path, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
    return true;
  } catch {
    return false; // still registered, if it was: the exit of an interrupted run tries again
  }
}

/** While an interrupted run is being cleaned up: the promise that ends the process; otherwise undefined. */
export function whenInterrupted(): Promise<void> | undefined {
  return exiting;
}

/**
 * Installs the SIGINT/SIGTERM/SIGHUP handler now. The CLI does so before any command runs: without
 * a handler, a signal that arrives between creating a temporary folder and registering it would end
 * the process at once (the operating system's default) and leave the folder behind.
 */
export function handleInterrupts(): void {
  install();
}

function install(): void {
  if (installed) return;
  installed = true;
  for (const [name, number] of Object.entries(SIGNALS)) {
    process.on(name, () => {
      if (owners.size > 0 && !exiting) {
        for (const owner of owners) owner();
        return;
      }
      exiting ??= interrupt(128 + number);
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
  const left = [...paths];
  try {
    removeRegistered();
  } finally {
    // A browser killed by the same signal may still be writing when the folder is removed; Playwright
    // removes its profile in its own exit handler, registered before this one. Removing once more
    // last of all takes the folder that is then empty.
    process.on('exit', () => {
      for (const path of left) {
        try {
          rmSync(path, { recursive: true, force: true });
        } catch {
          // nothing more to do at exit
        }
      }
    });
    process.exit(code);
  }
}
