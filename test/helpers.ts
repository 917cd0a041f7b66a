import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { main } from '../src/cli/main.js';
import type { Diagnostic } from '../src/model/diagnostic.js';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(REPO, 'test', 'fixtures');
export const BIN = join(REPO, 'bin', 'sup.js');
/** The date fixture runs treat as today, so date rules give the same answer every day. */
export const TODAY = '2026-01-15';

const made: string[] = [];
// Removing the clones of a pipeline simulation (each with its node_modules) takes long on a loaded machine.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}, 180_000);

/** A fresh temporary folder, removed after the test file. */
export function tempDir(prefix = 'sup-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Writes a tree of files (path -> content) into `dir`. */
export function writeTree(dir: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}

/** Copies fixture folders on top of each other into a new temporary project. */
export function composeFixture(...layers: string[]): string {
  const dir = tempDir();
  for (const layer of layers) {
    const src = join(FIXTURES, layer);
    if (!existsSync(src)) throw new Error(`no fixture ${layer}`);
    cpSync(src, dir, { recursive: true });
  }
  return dir;
}

/**
 * A copy of the repository's own project (sup.yaml and data/). With `planUndecided`, the example
 * plan 2025 is as it was in the autumn before its decision (no `beslutad`), so activities can be
 * added without --efter-beslut. With `until`, the example years after it are left out: a test of
 * "the kansli makes next year's plan" starts from the repository as it stood at the end of that year.
 */
export function copyRealData(options: { planUndecided?: boolean; until?: number } = {}): string {
  const dir = tempDir();
  cpSync(join(REPO, 'sup.yaml'), join(dir, 'sup.yaml'));
  cpSync(join(REPO, 'data'), join(dir, 'data'), { recursive: true });
  if (options.until !== undefined) {
    for (const year of readdirSync(join(dir, 'data/exempel'))) {
      if (/^\d{4}$/.test(year) && Number(year) > options.until) rmSync(join(dir, 'data/exempel', year), { recursive: true });
    }
  }
  if (options.planUndecided) {
    const plan = join(dir, 'data/exempel/2025/verksamhetsplan.md');
    const text = readFileSync(plan, 'utf8');
    const undecided = text.replace('beslutad: "2024-12-06"\nbeslutad_av: samarbetskommitten\n', '');
    if (undecided === text) throw new Error('the example plan 2025 has changed: its decision lines are not where copyRealData expects them');
    writeFileSync(plan, undecided);
  }
  return dir;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output. */
export async function run(args: string[], options: { cwd?: string; env?: Record<string, string | undefined>; isTTY?: boolean } = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    cwd: options.cwd ?? REPO,
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
  });
  return { code, stdout, stderr };
}

/** Runs the built `bin/sup.js` as a child process. */
export function runBin(args: string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}): RunResult {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
  for (const [k, v] of Object.entries(options.env ?? {})) if (v !== undefined) env[k] = v;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? REPO, env, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** `file:line:column ruleId` for each diagnostic, the form fixture tests compare. */
export function locations(diagnostics: readonly Pick<Diagnostic, 'file' | 'start' | 'ruleId'>[]): string[] {
  return diagnostics.map((d) => `${d.file}:${d.start.line}:${d.start.column} ${d.ruleId}`);
}

/** The names of the sub-folders of a folder. */
export function subfolders(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** Runs git in `dir` with a fixed author and no signing or line-end conversion, as test repositories have no configuration of their own. */
export function git(dir: string, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false', ...args], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** The parts of a `.gitlab-ci.yml` the tests read (parsed YAML, so only as sure as the file). */
export interface GitLabJob {
  stage?: string;
  script: string[];
  before_script?: string[];
  rules?: { if?: string; when?: string }[];
  variables?: Record<string, string>;
  artifacts?: { when?: string; paths?: string[]; reports?: Record<string, string> };
}

/** A `.gitlab-ci.yml`: its jobs by name beside the pipeline-wide keys. */
export type GitLabCi = Record<string, GitLabJob> & {
  stages: string[];
  default: { before_script: string[] };
  workflow: { rules: { if?: string; when?: string }[] };
  variables?: Record<string, string>;
};
