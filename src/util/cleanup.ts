import { rmSync } from 'node:fs';

/**
 * Temporary files and folders that must not outlive the process, and closers (a browser) to run
 * first, when SIGINT or SIGTERM ends a run in the middle: an interrupted edit, diff or PDF render
 * leaves nothing behind in the project or in TMPDIR.
 */
const paths = new Set<string>();
const closers = new Set<() => unknown>();
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

/** Runs `close` (awaited, at most two seconds) if the run is interrupted; call the returned function when it is closed. */
export function closeOnInterrupt(close: () => unknown): () => void {
  install();
  closers.add(close);
  return () => {
    closers.delete(close);
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
export function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  } catch {
    // best effort
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
  await Promise.race([Promise.all(pending), new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
  try {
    removeRegistered();
  } finally {
    process.exit(code);
  }
}
