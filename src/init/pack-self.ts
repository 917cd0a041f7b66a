import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
 * Packs this installation with `npm pack` — the files npm would publish, without the scripts and
 * devDependencies — so a data repository can carry its own sup and CI needs only the npm registry
 * (for sup's dependencies). dist/ must already be built, and is checked for. Packed once per process.
 */
export function packSelf(): PackedTool {
  if (packed) return packed;
  const work = mkdtempSync(join(tmpdir(), 'sup-pack-'));
  try {
    // What npm would publish, copied to a folder of its own so package.json can lose its scripts:
    // `prepare` (npm run build) names sources the tarball does not carry, and npm lists it as an
    // install script to approve on every npm install in the data repository.
    const files = npmPack(['--dry-run', PACKAGE_ROOT], work).files.map((f) => f.path);
    for (const needed of ['bin/sup.js', 'dist/index.js', 'dist/cli/main.js']) if (!files.includes(needed)) throw new PackError('not-built', needed);
    const stage = join(work, 'package');
    for (const rel of files) {
      mkdirSync(dirname(join(stage, rel)), { recursive: true });
      copyFileSync(join(PACKAGE_ROOT, rel), join(stage, rel));
    }
    const manifest = JSON.parse(readFileSync(join(stage, 'package.json'), 'utf8')) as Record<string, unknown>;
    delete manifest.scripts;
    delete manifest.devDependencies;
    writeFileSync(join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
    const info = npmPack(['--pack-destination', work, stage], work);
    const name = `sup-${info.version}.tgz`;
    packed = { path: `${TOOL_FOLDER}/${name}`, spec: `file:${TOOL_FOLDER}/${name}`, version: info.version, content: readFileSync(join(work, info.filename)) };
    return packed;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Runs `npm pack --json` with scripts skipped and returns what it says it packed. */
function npmPack(args: string[], cwd: string): { filename: string; version: string; files: { path: string }[] } {
  const r = spawnSync('npm', ['pack', '--ignore-scripts', '--json', ...args], {
    cwd,
    encoding: 'utf8',
    // npm's own notices would otherwise go to the terminal of whoever runs sup init.
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.error || r.status !== 0) throw new PackError('npm-failed', (r.error?.message ?? r.stderr.trim().split('\n').slice(-3).join(' ')) || `exit ${r.status}`);
  const [info] = JSON.parse(r.stdout) as { filename: string; version: string; files: { path: string }[] }[];
  if (!info) throw new PackError('npm-failed', 'npm pack listed no tarball');
  return info;
}
