import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BIN, tempDir } from './helpers.js';
import type { GitLabCi, GitLabJob } from './helpers.js';

/*
 * The generated pipelines, run as a forge would run them: every `run:` step of the GitHub workflow
 * and every `before_script:`/`script:` line of the GitLab pipeline, in order, each job in a fresh
 * `git clone` of a repository made by `sup init --from-example` and committed with its
 * package-lock.json. sup comes from the repository's own verktyg/sup-<version>.tgz; the only network
 * the steps use is the npm registry (for sup's dependencies) and, for the GitLab comment, a local
 * stand-in of GitLab's notes API on 127.0.0.1.
 *
 * Skipped, because they are the runner's own machinery and not steps of ours:
 *   actions/checkout       – the fresh clone (full history, like fetch-depth: 0) is the checkout;
 *   actions/setup-node     – the Node that runs these tests is on PATH;
 *   actions/upload-artifact – instead, its `path:` globs are matched against the files the job left.
 * And one `run:` step is not run because its `if:` is false for the event simulated here, a pull
 * request from a fork: the PR comment through `gh`, which talks to api.github.com (a fork's token
 * may not comment; the GitLab job's comment is exercised against the local API instead).
 */

const PR = { number: '7', branch: 'ny-titel', repository: 'sodertornssamverkan/sup-data' };

interface Ran {
  code: number;
  out: string;
}

/** Runs a program without blocking the event loop (the local GitLab API answers meanwhile). */
function exec(cmd: string, args: string[], cwd: string, env: Record<string, string>): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, out }));
  });
}

/** The environment every step gets: the machine's PATH, HOME (npm's cache and registry settings) and CA certificates, nothing else of ours. */
function baseEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', CI: 'true', LANG: 'C.UTF-8' };
  if (process.env.NODE_EXTRA_CA_CERTS) env.NODE_EXTRA_CA_CERTS = process.env.NODE_EXTRA_CA_CERTS;
  return { ...env, ...extra };
}

async function must(cmd: string, args: string[], cwd: string, env: Record<string, string> = baseEnv({})): Promise<string> {
  const r = await exec(cmd, args, cwd, env);
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} (exit ${r.code}):\n${r.out}`);
  return r.out;
}

const git = (cwd: string, ...args: string[]) => must('git', ['-c', 'user.name=Kansliet', '-c', 'user.email=kansliet@example.org', ...args], cwd);

/** Files in a folder (not below it) matching any of the globs, sorted. */
function matching(dir: string, globs: string[]): string[] {
  const match = picomatch(globs);
  return readdirSync(dir).filter((f) => match(f)).sort();
}

let origin = '';
let base = '';
const work = tempDir('sup-pipeline-');

// The GitLab notes API of one merge request, as the comment script uses it.
const notes: { id: number; body: string }[] = [];
const requests: string[] = [];
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (d: Buffer) => (body += d.toString('utf8')));
  req.on('end', () => {
    requests.push(`${req.method} ${req.url}`);
    if (req.headers['private-token'] !== 'glpat-prov') {
      res.writeHead(401).end('{"message":"401 Unauthorized"}');
      return;
    }
    const path = (req.url ?? '').split('?')[0];
    const list = '/api/v4/projects/42/merge_requests/7/notes';
    res.setHeader('content-type', 'application/json');
    if (req.method === 'GET' && path === list) return void res.end(JSON.stringify([...notes].reverse()));
    if (req.method === 'POST' && path === list) {
      const note = { id: notes.length + 1, body: (JSON.parse(body) as { body: string }).body };
      notes.push(note);
      return void res.writeHead(201).end(JSON.stringify(note));
    }
    const put = /^\/api\/v4\/projects\/42\/merge_requests\/7\/notes\/(\d+)$/.exec(path ?? '');
    const old = put && notes.find((n) => n.id === Number(put[1]));
    if (req.method === 'PUT' && old) {
      old.body = (JSON.parse(body) as { body: string }).body;
      return void res.end(JSON.stringify(old));
    }
    res.writeHead(404).end('{"message":"404 Not found"}');
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = join(work, 'sup-data');
  await must(process.execPath, [BIN, 'init', origin, '--from-example'], work);
  // What the README tells the kansli to do: install once (which writes package-lock.json),
  // name the fallback reviewers, write CODEOWNERS for both forges, and commit it all.
  await git(origin, 'init', '-q', '-b', 'main');
  await must('npm', ['install', '--no-audit', '--no-fund'], origin);
  writeFileSync(join(origin, 'sup.yaml'), readFileSync(join(origin, 'sup.yaml'), 'utf8') + 'granskare:\n  reserv: [kansliet-strateg]\n');
  await must('npx', ['--no-install', 'sup', 'codeowners'], origin);
  await must('npx', ['--no-install', 'sup', 'codeowners', '--forge', 'gitlab'], origin);
  await git(origin, 'add', '-A');
  await git(origin, 'commit', '-q', '-m', 'Nytt dataförråd');
  // The pull request: one change of a goal's title on a branch.
  await git(origin, 'checkout', '-q', '-b', PR.branch);
  const goal = join(origin, 'data', 'mal', readdirSync(join(origin, 'data', 'mal')).filter((f) => f.endsWith('.md')).sort()[0]!);
  const text = readFileSync(goal, 'utf8');
  expect(text).toMatch(/^titel: .+$/m);
  writeFileSync(goal, text.replace(/^titel: (.+)$/m, 'titel: $1 (reviderad)'));
  await git(origin, 'commit', '-q', '-am', 'Ny titel på ett mål');
  base = (await git(origin, 'merge-base', 'main', PR.branch)).trim();
  await git(origin, 'checkout', '-q', 'main');
}, 300_000);

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A fresh clone of the repository at the pull request's head, as a runner checks it out. */
async function checkout(name: string): Promise<string> {
  const dir = join(work, name);
  await must('git', ['clone', '-q', origin, dir], work);
  await git(dir, 'checkout', '-q', PR.branch);
  // Nothing from the machine that made the repository: the clone has what git has.
  expect(existsSync(join(dir, 'node_modules'))).toBe(false);
  expect(existsSync(join(dir, 'verktyg'))).toBe(true);
  return dir;
}

type Step = { name?: string; uses?: string; run?: string; if?: string; env?: Record<string, string>; with?: Record<string, unknown> };
type GhJob = { needs?: string | string[]; if?: string; steps: Step[] };

/** The values of the `${{ }}` expressions and `if:` conditions in the workflow, for a pull request from a fork. Any other is a failure, so nothing is skipped unnoticed. */
const GH_EXPRESSIONS: Record<string, string | boolean> = {
  'github.event_name == \'pull_request\'': true,
  'github.event.pull_request.head.repo.full_name == github.repository': false,
  'github.base_ref': 'main',
  'github.token': 'ghs_prov',
  'github.event.pull_request.number': PR.number,
  'github.event.pull_request.number || github.ref': PR.number,
};

function ghValue(expression: string): string | boolean {
  const key = expression.replace(/^\$\{\{\s*|\s*\}\}$/g, '').trim();
  if (!(key in GH_EXPRESSIONS)) throw new Error(`the simulation does not know the expression ${key}`);
  return GH_EXPRESSIONS[key]!;
}

describe('the generated pipelines, run step by step in fresh clones', () => {
  test('GitHub Actions: check, diff and report pass; PDFs of årsredovisning and verksamhetsplan', async () => {
    const workflow = parse(readFileSync(join(origin, '.github/workflows/sup.yml'), 'utf8')) as { jobs: Record<string, GhJob> };
    // Jobs in the order of their needs: a job runs only after the ones it needs have passed.
    const order: string[] = [];
    const visit = (id: string) => {
      if (order.includes(id)) return;
      const needs = workflow.jobs[id]!.needs;
      for (const n of needs === undefined ? [] : Array.isArray(needs) ? needs : [needs]) visit(n);
      order.push(id);
    };
    Object.keys(workflow.jobs).forEach(visit);
    expect(order).toEqual(['check', 'diff', 'report']);

    const skipped: string[] = [];
    const outputs: Record<string, string> = {};
    for (const id of order) {
      const job = workflow.jobs[id]!;
      if (job.if !== undefined) expect([id, ghValue(job.if)]).toEqual([id, true]);
      const dir = await checkout(`github-${id}`);
      const summary = join(work, `github-${id}-summary.md`);
      writeFileSync(summary, '');
      const runnerTemp = join(work, `github-${id}-tmp`);
      mkdirSync(runnerTemp);
      let log = '';
      for (const [i, step] of job.steps.entries()) {
        const label = `${id} #${i + 1} ${step.name ?? step.uses ?? ''}`;
        if (step.uses !== undefined) {
          skipped.push(`${id}: ${step.uses}`);
          if (step.uses.startsWith('actions/upload-artifact@')) {
            const globs = String(step.with?.path).split('\n').map((l) => l.trim()).filter(Boolean);
            outputs[`${id}-artifacts`] = matching(dir, globs).join(' ');
          }
          continue;
        }
        if (step.if !== undefined && ghValue(step.if) !== true) {
          skipped.push(`${id}: if ${step.if}`);
          continue;
        }
        const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, String(v).replace(/\$\{\{[^}]*\}\}/g, (e) => String(ghValue(e)))]));
        const script = join(runnerTemp, `step-${i + 1}.sh`);
        writeFileSync(script, step.run!);
        const r = await exec(
          'bash',
          ['--noprofile', '--norc', '-eo', 'pipefail', script],
          dir,
          baseEnv({
            GITHUB_ACTIONS: 'true',
            GITHUB_EVENT_NAME: 'pull_request',
            GITHUB_BASE_REF: 'main',
            GITHUB_HEAD_REF: PR.branch,
            GITHUB_REF: `refs/pull/${PR.number}/merge`,
            GITHUB_REPOSITORY: PR.repository,
            GITHUB_WORKSPACE: dir,
            GITHUB_STEP_SUMMARY: summary,
            GITHUB_OUTPUT: join(runnerTemp, 'output'),
            GITHUB_ENV: join(runnerTemp, 'env'),
            RUNNER_TEMP: runnerTemp,
            RUNNER_OS: 'Linux',
            ...stepEnv,
          }),
        );
        expect([label, r.code, r.out]).toEqual([label, 0, r.out]);
        log += r.out;
      }
      outputs[id] = log;
      outputs[`${id}-summary`] = readFileSync(summary, 'utf8');
      outputs[`${id}-dir`] = dir;
    }

    expect(skipped).toEqual([
      'check: actions/checkout@v5',
      'check: actions/setup-node@v5',
      'diff: actions/checkout@v5',
      'diff: actions/setup-node@v5',
      'diff: if github.event.pull_request.head.repo.full_name == github.repository',
      'report: actions/checkout@v5',
      'report: actions/setup-node@v5',
      'report: actions/upload-artifact@v5',
    ]);
    // check: clean data gives no annotations, and CODEOWNERS matches the data.
    expect(outputs.check).not.toMatch(/^::(error|warning)/m);
    expect(outputs.check).toContain('✔ .github/CODEOWNERS stämmer med datan.');
    expect(outputs['check-summary']).toContain('Inga fel');
    // diff: against the merge base, the one changed goal, in the summary and in the file the comment is made from.
    const diff = readFileSync(join(outputs['diff-dir']!, 'sup-diff.md'), 'utf8');
    expect(diff.startsWith('<!-- sup diff -->\n')).toBe(true);
    expect(diff).toContain('(reviderad)');
    expect(outputs['diff-summary']).toBe(diff);
    // report: both PDFs, and they are what upload-artifact's globs pick up.
    expect(outputs['report-artifacts']).toBe('arsredovisning-2025.pdf verksamhetsplan-2026.pdf');
    for (const pdf of ['arsredovisning-2025.pdf', 'verksamhetsplan-2026.pdf']) expect(readFileSync(join(outputs['report-dir']!, pdf)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 600_000);

  test('GitLab CI: sup-check (JUnit report, CODEOWNERS), sup-diff (comment through the API) and sup-report pass', async () => {
    const pipeline = parse(readFileSync(join(origin, '.gitlab-ci.yml'), 'utf8')) as GitLabCi;
    const stages = pipeline.stages as string[];
    const jobs = Object.entries(pipeline).filter(([name, v]) => typeof v === 'object' && v !== null && 'script' in v && !name.startsWith('.')) as [string, GitLabJob][];
    // The only rule condition the pipeline uses; any other fails here rather than being guessed.
    const condition = (rule: { if?: string; when?: string }) => {
      if (rule.if === '$CI_PIPELINE_SOURCE == "merge_request_event"') return true;
      if (rule.if === '$CI_COMMIT_BRANCH && $CI_OPEN_MERGE_REQUESTS') return false;
      if (rule.if === '$CI_COMMIT_BRANCH') return false;
      throw new Error(`the simulation does not know the rule ${rule.if}`);
    };
    const runs = (rules: { if?: string; when?: string }[] | undefined) => {
      if (rules === undefined) return true;
      const hit = rules.find(condition);
      return hit !== undefined && hit.when !== 'never';
    };
    expect(runs(pipeline.workflow.rules)).toBe(true);
    const ordered = stages.flatMap((stage) => jobs.filter(([, j]) => j.stage === stage));
    expect(ordered.map(([n]) => n)).toEqual(['sup-check', 'sup-diff', 'sup-report']);

    const outputs: Record<string, { dir: string; log: string }> = {};
    let cache: string | undefined;
    for (const [name, job] of ordered) {
      if (!runs(job.rules)) continue;
      const dir = await checkout(`gitlab-${name}`);
      // cache: paths .npm/ – the runner restores it from the job before.
      if (cache && existsSync(cache)) cpSync(cache, join(dir, '.npm'), { recursive: true });
      const variables = { ...(pipeline.variables ?? {}), ...(job.variables ?? {}) } as Record<string, string>;
      const lines = [...(job.before_script ?? pipeline.default.before_script ?? []), ...job.script] as string[];
      // As the runner's bash does: one shell, stop at the first failing line; variables expanded by the shell.
      const script = ['set -eo pipefail', ...Object.entries(variables).map(([k, v]) => `export ${k}="${v}"`), ...lines].join('\n');
      const r = await exec(
        'bash',
        ['--noprofile', '--norc', '-c', script],
        dir,
        baseEnv({
          GITLAB_CI: 'true',
          CI_PIPELINE_SOURCE: 'merge_request_event',
          CI_PROJECT_DIR: dir,
          CI_PROJECT_ID: '42',
          CI_API_V4_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v4`,
          CI_MERGE_REQUEST_IID: PR.number,
          CI_MERGE_REQUEST_DIFF_BASE_SHA: base,
          CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
          CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: PR.branch,
          CI_COMMIT_REF_NAME: PR.branch,
          SUP_GITLAB_TOKEN: 'glpat-prov',
        }),
      );
      expect([name, r.code, r.out]).toEqual([name, 0, r.out]);
      outputs[name] = { dir, log: r.out };
      cache = join(dir, '.npm');
      for (const path of job.artifacts?.paths ?? []) expect([name, path, matching(dir, [path]).length > 0]).toEqual([name, path, true]);
    }
    expect(Object.keys(outputs)).toEqual(['sup-check', 'sup-diff', 'sup-report']);

    const check = outputs['sup-check']!;
    expect(check.log).toContain('✔ .gitlab/CODEOWNERS stämmer med datan.');
    const junit = readFileSync(join(check.dir, 'sup-check.xml'), 'utf8');
    expect(junit).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites /);
    expect(junit).not.toContain('<failure');

    const diff = readFileSync(join(outputs['sup-diff']!.dir, 'sup-diff.md'), 'utf8');
    expect(diff).toContain('(reviderad)');
    expect(requests.map((r) => r.replace(/\?.*/, ''))).toEqual(['GET /api/v4/projects/42/merge_requests/7/notes', 'POST /api/v4/projects/42/merge_requests/7/notes']);
    expect(notes).toEqual([{ id: 1, body: `<!-- sup diff -->\n${diff}` }]);

    const report = outputs['sup-report']!.dir;
    expect(matching(report, pipeline['sup-report'].artifacts?.paths ?? [])).toEqual(['arsredovisning-2025.pdf', 'verksamhetsplan-2026.pdf']);
  }, 600_000);
});
