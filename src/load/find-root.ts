import { lstatSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const CONFIG_FILE = 'sup.yaml';

/** The nearest folder at or above `start` that holds a sup.yaml, or undefined. */
export function findRoot(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    // Anything named sup.yaml marks the root, even a link or a FIFO: the check then says what is wrong
    // with it, instead of sup quietly taking a folder further up for the project.
    if (lstatSync(candidate, { throwIfNoEntry: false }) !== undefined) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
