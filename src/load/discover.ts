import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import picomatch from 'picomatch';
import type { Catalogue } from '../messages/catalogue.js';
import type { Diagnostic } from '../model/diagnostic.js';

export interface DiscoveredFile {
  absPath: string;
  /** Relative to the project root, POSIX separators. */
  path: string;
}

export interface Discovery {
  files: DiscoveredFile[];
  diagnostics: Diagnostic[];
}

const SKIPPED_DIRS = new Set(['node_modules', '.git']);

/**
 * Lists the data files under `root` that match `include` and not `exclude`, sorted by path.
 * Links are followed only to files inside the project; linked folders are never entered.
 */
export function discover(root: string, include: readonly string[], exclude: readonly string[], msg: Catalogue): Discovery {
  const isIncluded = picomatch(include as string[], { dot: false });
  const isExcluded = exclude.length > 0 ? picomatch(exclude as string[], { dot: true }) : () => false;
  const files: DiscoveredFile[] = [];
  const diagnostics: Diagnostic[] = [];
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    realRoot = root;
  }
  const warn = (ruleId: string, path: string, message: string) =>
    diagnostics.push({ ruleId, severity: 'warning', message, file: path, start: { line: 1, column: 1 } });

  // Every path below root starts with root and a separator; slicing is cheaper than path.relative.
  const prefix = join(root, 'x').length - 1;
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue; // an unreadable folder holds nothing we can check; its files are not claimed as data
    }
    for (const entry of entries) {
      const abs = join(dir, entry.name);
      const rel = toPosix(abs.slice(prefix));
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.')) stack.push(abs);
        continue;
      }
      const wanted = isIncluded(rel) && !isExcluded(rel);
      if (entry.isSymbolicLink()) {
        if (!wanted) continue;
        let target: string;
        try {
          target = realpathSync(abs);
        } catch {
          warn('file/link', rel, msg['file/link-broken']());
          continue;
        }
        if (target !== realRoot && !target.startsWith(realRoot + sep)) {
          warn('file/link', rel, msg['file/link-outside']());
          continue;
        }
        let isDir = false;
        try {
          isDir = statSync(target).isDirectory();
        } catch {
          warn('file/link', rel, msg['file/link-broken']());
          continue;
        }
        if (isDir) {
          warn('file/link', rel, msg['file/link-dir']());
          continue;
        }
        files.push({ absPath: abs, path: rel });
        continue;
      }
      if (wanted && entry.isFile()) files.push({ absPath: abs, path: rel });
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, diagnostics };
}

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}
