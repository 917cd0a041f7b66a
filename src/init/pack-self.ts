import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from './plan-init.js';

/** The folder of a data repository that holds the packed sup it installs. */
export const TOOL_FOLDER = 'verktyg';

/** This installation of sup as an npm tarball: where it goes in a data repository and its bytes. */
export interface PackedTool {
  /** `verktyg/sup-<version>.tgz` */
  path: string;
  /** What package.json installs it as: `file:verktyg/sup-<version>.tgz`. */
  spec: string;
  version: string;
  content: Buffer;
}

/** `npm pack` failed, or packed something that would not run (no dist/: a checkout that was never built). */
export class PackError extends Error {
  constructor(readonly reason: 'npm-failed' | 'not-built', readonly detail: string) {
    super(`${reason}: ${detail}`);
  }
}

let packed: PackedTool | undefined;

/**
 * Packs this installation with `npm pack`, the same tarball npm would publish, so a data
 * repository can carry its own sup and CI needs only the npm registry (for sup's dependencies).
 * Scripts are skipped: `prepare` would rebuild from sources, which an installed copy does not
 * have; dist/ must already be there, and is checked for. Packed once per process.
 */
export function packSelf(): PackedTool {
  if (packed) return packed;
  const dest = mkdtempSync(join(tmpdir(), 'sup-pack-'));
  try {
    const r = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dest, PACKAGE_ROOT], {
      cwd: dest,
      encoding: 'utf8',
      // npm's own notices would otherwise go to the terminal of whoever runs sup init.
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 120_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    if (r.error || r.status !== 0) throw new PackError('npm-failed', (r.error?.message ?? r.stderr.trim().split('\n').slice(-3).join(' ')) || `exit ${r.status}`);
    const [info] = JSON.parse(r.stdout) as { filename: string; version: string; files: { path: string }[] }[];
    if (!info) throw new PackError('npm-failed', 'npm pack listed no tarball');
    const names = new Set(info.files.map((f) => f.path));
    for (const needed of ['bin/sup.js', 'dist/index.js', 'dist/cli/main.js']) if (!names.has(needed)) throw new PackError('not-built', needed);
    const name = `sup-${info.version}.tgz`;
    packed = { path: `${TOOL_FOLDER}/${name}`, spec: `file:${TOOL_FOLDER}/${name}`, version: info.version, content: readFileSync(join(dest, info.filename)) };
    return packed;
  } finally {
    rmSync(dest, { recursive: true, force: true });
  }
}
