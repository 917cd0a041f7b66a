/**
 * The trust boundary, tried as a hostile pull request would: links out of the project, into .git,
 * to /proc/self/environ and /dev/zero; FIFOs; git trees with `..` and control characters in names;
 * interrupted runs. Each case runs the built binary and asserts the exit code, what it says, that
 * nothing outside the project was written or read into the output, and that TMPDIR is left clean.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BIN, composeFixture, git, REPO, tempDir, TODAY, writeTree } from '../helpers.js';
import type { RunResult } from '../helpers.js';

const CANARY = 'hemlig-token-4711';
const STACK = /\n\s+at .+:\d+:\d+|TypeError|RangeError|ReferenceError|internt fel/;

const RSS = join(REPO, 'scripts', 'bench', 'rss.cjs');

/**
 * Runs the binary with a secret in its environment and its own TMPDIR; asserts no stack trace, no
 * secret in the output, an end within seconds and a peak memory under 500 MB.
 */
function sup(args: string[], options: { cwd?: string; tmp?: string } = {}): RunResult & { tmp: string } {
  const tmp = options.tmp ?? tempDir('sup-tmp-');
  const started = Date.now();
  const child = spawnSync(process.execPath, ['--require', RSS, BIN, ...args], {
    cwd: options.cwd ?? REPO,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', SUP_CANARY: CANARY, TMPDIR: tmp },
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  expect(Date.now() - started).toBeLessThan(30_000);
  const peak = /\nSUP_BENCH_MAXRSS_KB=(\d+)\n$/.exec(child.stderr);
  expect(Number(peak?.[1]) / 1024).toBeLessThan(500);
  const r = { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr.slice(0, peak?.index ?? child.stderr.length) };
  expect(r.stdout + r.stderr).not.toMatch(STACK);
  expect(r.stdout + r.stderr).not.toContain(CANARY);
  expect(r.stdout + r.stderr).not.toContain('hemligt-lösenord');
  return { ...r, tmp };
}

function repo(dir: string): string {
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'första');
  return dir;
}

function blob(dir: string, content: string): string {
  return spawnSync('git', ['hash-object', '-w', '--stdin'], { cwd: dir, input: content }).stdout.toString().trim();
}

function mktree(dir: string, lines: string[]): string {
  return spawnSync('git', ['mktree', '-z', '--missing'], { cwd: dir, input: lines.join('\0') + '\0' }).stdout.toString().trim();
}

const ACTIVITY = 'data/2025/aktivitet-a.md';

describe('writes never leave the project', () => {
  test('a revision with tree entries named .. is read in memory: sup diff and --changed-since write nothing outside', () => {
    const parent = tempDir();
    const dir = join(parent, 'proj');
    mkdirSync(dir);
    writeTree(dir, readTreeOf(composeFixture('base')));
    repo(dir);
    // A commit whose data/ holds ../../../evil.md: a checkout would refuse it, mktree does not.
    const evil = blob(dir, '---\ntyp: mål\nid: ute\n---\n');
    const head = git(dir, 'rev-parse', 'HEAD^{tree}').trim();
    const lines = git(dir, 'ls-tree', '-z', head).split('\0').filter(Boolean);
    const dataLine = lines.find((l) => l.endsWith('\tdata'))!;
    const dataTree = dataLine.split(/\s+/)[2]!;
    const dataLines = git(dir, 'ls-tree', '-z', dataTree).split('\0').filter(Boolean);
    let up = mktree(dir, [`100644 blob ${evil}\tevil.md`]);
    for (let i = 0; i < 3; i++) up = mktree(dir, [`040000 tree ${up}\t..`]);
    const newData = mktree(dir, [...dataLines, `040000 tree ${up.length ? mktree(dir, [`040000 tree ${up}\t..`]) : up}\tx`]);
    const root = mktree(dir, [...lines.filter((l) => !l.endsWith('\tdata')), `040000 tree ${newData}\tdata`]);
    const commit = spawnSync('git', ['commit-tree', root, '-p', 'HEAD', '-m', 'fientlig'], { cwd: dir, env: { ...process.env, GIT_AUTHOR_NAME: 'x', GIT_AUTHOR_EMAIL: 'x@x', GIT_COMMITTER_NAME: 'x', GIT_COMMITTER_EMAIL: 'x@x' } }).stdout.toString().trim();
    expect(commit).toMatch(/^[0-9a-f]{40}$/);
    const outsideBefore = readdirSync(parent).sort();

    const diff = sup(['-C', dir, 'diff', `${commit}..`]);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toContain('data/x/../../../../evil.md');
    const since = sup(['-C', dir, 'check', '--changed-since', commit, '--format', 'json', '--today', TODAY]);
    expect(since.code).toBe(0);
    expect(readdirSync(parent).sort()).toEqual(outsideBefore);
    expect(existsSync(join(parent, 'evil.md'))).toBe(false);
    expect(readdirSync(diff.tmp)).toEqual([]);
    expect(readdirSync(since.tmp)).toEqual([]);
    expect(git(dir, 'status', '--porcelain', '--untracked-files=no')).toBe('');
  });

  test('a .sup-cache that is a link is neither read nor written through', () => {
    const dir = composeFixture('base');
    const elsewhere = tempDir();
    symlinkSync(elsewhere, join(dir, '.sup-cache'));
    const r = sup(['-C', dir, 'check', '--today', TODAY]);
    expect(r.code).toBe(0);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  test('a .github that is a link: sup codeowners and sup init --force refuse and write nothing through it', () => {
    const dir = repo(composeFixture('base'));
    const elsewhere = tempDir();
    symlinkSync(elsewhere, join(dir, '.github'));
    const r = sup(['-C', dir, 'codeowners']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.github är en länk, och sup skriver aldrig genom en länk');
    expect(readdirSync(elsewhere)).toEqual([]);

    const target = tempDir();
    symlinkSync(elsewhere, join(target, '.github'));
    const init = sup(['init', target, '--force'], { cwd: target });
    expect(init.code).toBe(2);
    expect(init.stderr).toContain('skrev ingenting genom .github');
    expect(readdirSync(elsewhere)).toEqual([]);
  });
});

describe('nothing outside the project reaches an output', () => {
  const environ = '/proc/self/environ';

  test.each([
    ['templates/arsredovisning.md', ['report', '2025', '--draft']],
    ['templates/etiketter.yaml', ['report', '2025', '--draft']],
    ['templates/stil.css', ['report', '2025', '--draft', '--format', 'html']],
  ])('%s linked to /proc/self/environ: the report refuses with the template named', (file, args) => {
    const dir = composeFixture('base');
    mkdirSync(join(dir, 'templates'), { recursive: true });
    symlinkSync(environ, join(dir, file));
    const r = sup(['-C', dir, ...args, '--today', TODAY]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:1:1`);
    expect(r.stderr).toContain('mallen är en länk som pekar utanför projektet och läses inte');
    expect(r.stdout).toBe('');
  });

  test('templates/stil.css linked to /proc/self/environ: the CLI hands no style sheet to a Markdown report, and HTML refuses', () => {
    const dir = composeFixture('base');
    mkdirSync(join(dir, 'templates'), { recursive: true });
    symlinkSync(environ, join(dir, 'templates/stil.css'));
    const md = sup(['-C', dir, 'report', '2025', '--draft', '--format', 'md', '--today', TODAY]);
    expect(md.stderr).toBe('');
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('# Årsredovisning');
    expect(md.stdout).not.toContain('PATH=');
    const html = sup(['-C', dir, 'report', '2025', '--draft', '--format', 'html', '--today', TODAY]);
    expect(html.code).toBe(2);
    expect(html.stderr).toContain('templates/stil.css:1:1: mallen är en länk som pekar utanför projektet och läses inte');
    expect(html.stdout).toBe('');
  });

  test('templates/ny/aktivitet.md linked to /proc/self/environ: sup new creates nothing', () => {
    const dir = composeFixture('base');
    mkdirSync(join(dir, 'templates/ny'), { recursive: true });
    symlinkSync(environ, join(dir, 'templates/ny/aktivitet.md'));
    const r = sup(['-C', dir, 'new', 'aktivitet', '--titel', 'Ny sak', '--verksamhetsplan', 'vp-2025', '--mål', 'klimat', '--ansvarig', 'klimatstrateger', '--från', '2025-03-01', '--till', '2025-04-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('templates/ny/aktivitet.md');
    expect(readdirSync(join(dir, 'data'), { recursive: true, encoding: 'utf8' }).filter((n) => n.includes('ny-sak'))).toEqual([]);
  });

  test('a data folder that is a link out of the project is not walked', () => {
    const dir = composeFixture('base');
    const elsewhere = tempDir();
    writeTree(elsewhere, { 'ute.yaml': `typ: nätverk\nid: ute\nnamn: ${CANARY}\n` });
    rmSync(join(dir, 'data'), { recursive: true });
    symlinkSync(elsewhere, join(dir, 'data'));
    const r = sup(['-C', dir, 'check', '--today', TODAY]);
    expect(r.stdout).toContain('data:1:1  varning  Länkade mappar följs inte. Flytta in mappen i projektet i stället.  file/link');
    expect(r.stdout).not.toContain('ute.yaml');
  });

  test('sup.yaml linked to /proc/self/environ is a finding, not read', () => {
    const dir = composeFixture('base');
    rmSync(join(dir, 'sup.yaml'));
    symlinkSync(environ, join(dir, 'sup.yaml'));
    const r = sup(['-C', dir, 'check', '--format', 'json', '--today', TODAY]);
    expect(r.code).toBe(0);
    const found = (JSON.parse(r.stdout) as { diagnostics: { file: string; ruleId: string }[] }).diagnostics.filter((d) => d.file === 'sup.yaml');
    expect(found.map((d) => d.ruleId)).toEqual(['file/link']);
  });

  test('a data file linked into .git (credentials in its config) is not read, and no code frame shows it', () => {
    const dir = repo(composeFixture('base'));
    writeFileSync(join(dir, '.git/config'), readFileSync(join(dir, '.git/config'), 'utf8') + '[http]\n\textraheader = AUTHORIZATION: basic hemligt-lösenord\n');
    symlinkSync('../.git/config', join(dir, 'data/git.yaml'));
    const r = sup(['-C', dir, 'check', '--today', TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('data/git.yaml:1:1  varning  Länken pekar utanför projektet och följs inte.  file/link');
  });
});

describe('no input hangs or grows without bound', () => {
  test.each([
    ['.sup-cache/check-v2.json', ['check', '--today', TODAY], 0],
    ['templates/etiketter.yaml', ['report', '2025', '--draft', '--today', TODAY], 2],
    ['.github/CODEOWNERS', ['codeowners', '--check'], 1],
  ])('%s linked to /dev/zero', (file, args, code) => {
    const dir = repo(composeFixture('base'));
    mkdirSync(join(dir, file, '..'), { recursive: true });
    symlinkSync('/dev/zero', join(dir, file));
    const started = Date.now();
    const r = sup(['-C', dir, ...(args as string[])]);
    expect(r.code).toBe(code);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  test('sup.yaml and a template that are FIFOs are findings, not a hang', () => {
    const dir = composeFixture('base');
    rmSync(join(dir, 'sup.yaml'));
    spawnSync('mkfifo', [join(dir, 'sup.yaml')]);
    const r = sup(['-C', dir, 'check', '--format', 'json', '--today', TODAY]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('"ruleId":"file/special"');

    const other = composeFixture('base');
    mkdirSync(join(other, 'templates'));
    spawnSync('mkfifo', [join(other, 'templates/verksamhetsplan.md')]);
    const plan = sup(['-C', other, 'plan', '2025', '--today', TODAY]);
    expect(plan.code).toBe(2);
    expect(plan.stderr).toContain('templates/verksamhetsplan.md:1:1');
    expect(plan.stderr).toContain('mallen är ingen vanlig fil');
  });

  test('sup diff reads only the data blobs: a 150 MB blob elsewhere in the revision costs no memory', () => {
    const measure = (dir: string) => {
      const script = `import('${join(REPO, 'dist/diff/snapshot.js')}').then((m) => { m.loadRevision(${JSON.stringify(dir)}, 'HEAD'); console.log(process.resourceUsage().maxRSS); })`;
      const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
      return Number(r.stdout.trim()) / 1024;
    };
    const small = repo(composeFixture('base'));
    const big = composeFixture('base');
    writeFileSync(join(big, 'stor.bin'), Buffer.alloc(150 * 1024 * 1024, 7));
    repo(big);
    const extra = measure(big) - measure(small);
    expect(extra).toBeLessThan(40);
  });
});

describe('names and interruptions', () => {
  test('a data file with a TAB in its name is a finding, and a clean tree has no false addition in sup diff HEAD', () => {
    const dir = composeFixture('base');
    writeFileSync(join(dir, 'data/a\tb.yaml'), 'typ: nätverk\nid: tabb\nnamn: Tabb\n');
    repo(dir);
    const check = sup(['-C', dir, 'check', '--today', TODAY]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('data/a\\u0009b.yaml:1:1  fel  Filnamnet innehåller ett styrtecken');
    const diff = sup(['-C', dir, 'diff', 'HEAD']);
    expect(diff.code).toBe(0);
    expect(diff.stdout.startsWith('**Inga ändringar i datan** från `HEAD` till arbetskopian.\n')).toBe(true);
  });

  test('sup new never chooses a name Windows reserves for a device', () => {
    const dir = composeFixture('base');
    const r = sup(['-C', dir, 'new', 'nätverk', '--namn', 'CON', '--roll', 'trafikstrateg']);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'data/natverk/con.md'))).toBe(false);
    expect(existsSync(join(dir, 'data/natverk/con-2.md'))).toBe(true);
  });

  test('a working folder that was removed: a clear message, exit 2', () => {
    const base = tempDir();
    const r = spawnSync('sh', ['-c', `mkdir gone && cd gone && rmdir ../gone && exec "${process.execPath}" "${BIN}" check`], { cwd: base, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('sup: arbetsmappen finns inte längre (den kan ha tagits bort). Byt till en mapp som finns och försök igen.\n');
  });

  test('SIGTERM in the middle of sup set leaves no temporary file, in the project or in TMPDIR', async () => {
    const dir = composeFixture('base');
    for (let i = 0; i < 600; i++) writeFileSync(join(dir, `data/2025/extra-${i}.md`), readFileSync(join(dir, ACTIVITY), 'utf8').replace(/^id: .*$/m, `id: extra-${i}`));
    const tmp = tempDir('sup-tmp-');
    for (const delay of [50, 150, 300, 500]) {
      await interrupted([BIN, '-C', dir, 'set', 'extra-1', 'status', delay % 2 ? 'pågår' : 'genomförd'], tmp, delay, 'SIGTERM');
    }
    expect(readdirSync(tmp)).toEqual([]);
    expect(leftovers(join(dir, 'data'))).toEqual([]);
  });

  test('SIGTERM while Chromium prints the PDF: the browser and its profile folder are gone', async () => {
    const dir = composeFixture('base');
    const tmp = tempDir('sup-tmp-');
    const code = await interrupted([BIN, '-C', dir, 'report', '2025', '--draft', '--format', 'pdf', '-o', join(dir, 'a.pdf')], tmp, () => readdirSync(tmp).length > 0, 'SIGTERM');
    expect(code).toBe(143);
    expect(readdirSync(tmp)).toEqual([]);
    expect(existsSync(join(dir, 'a.pdf'))).toBe(false);
  }, 60_000);
});

describe('found by a hostile review', () => {
  test('a data pattern into .git lists nothing there: no credential reaches an output', () => {
    const dir = repo(composeFixture('base'));
    writeFileSync(join(dir, '.git/config'), readFileSync(join(dir, '.git/config'), 'utf8') + '[http]\n\textraheader = AUTHORIZATION: basic hemligt-lösenord\n');
    writeFileSync(join(dir, 'sup.yaml'), 'version: 1\ndata:\n  - ".git/c*"\n  - ".git/**"\n  - "data/**/*.md"\n  - "data/**/*.yaml"\n');
    for (const format of ['pretty', 'github', 'json']) {
      const r = sup(['-C', dir, 'check', '--format', format, '--today', TODAY]);
      expect(r.stdout).not.toContain('extraheader');
    }
  });

  test('no line of any output starts with :: from data: file names, bodies, reports', () => {
    const dir = composeFixture('base');
    writeFileSync(join(dir, 'sup.yaml'), 'version: 1\ndata:\n  - "**/*.md"\n  - "data/**/*.yaml"\nundanta:\n  - "**/README.md"\n');
    writeFileSync(join(dir, '::error::pwned.md'), '---\ntyp: aktivitet\nid: x\n---\n');
    const annual = join(dir, 'data/2025/arsredovisning.md');
    writeFileSync(annual, readFileSync(annual, 'utf8') + '\n::warning::i en stycke\n\n```\n::error file=x,line=1::i kod\n```\n');
    const outputs = [
      sup(['-C', dir, 'check', '--today', TODAY]),
      sup(['-C', dir, 'check', '--format', 'junit', '--today', TODAY]),
      sup(['-C', dir, 'report', '2025', '--draft', '--today', TODAY]),
      sup(['-C', dir, 'report', '2025', '--draft', '--format', 'html', '--today', TODAY]),
    ];
    for (const r of outputs) for (const line of (r.stdout + r.stderr).split('\n')) expect(line.trimStart().startsWith('::'), line).toBe(false);
    // The github format writes real annotations; the data in them is escaped.
    const gh = sup(['-C', dir, 'check', '--format', 'github', '--today', TODAY]);
    for (const line of gh.stdout.split('\n').filter((l) => l.startsWith('::'))) expect(line).toMatch(/^::(error|warning|notice) file=[^:]*::|^::stop-commands::sup-[0-9a-f]{16}$|^::sup-[0-9a-f]{16}::$/);
  });

  test('a mermaid block in a body is shown as code, never drawn (no %%{init}%% directive)', () => {
    const dir = composeFixture('base');
    const annual = join(dir, 'data/2025/arsredovisning.md');
    writeFileSync(annual, readFileSync(annual, 'utf8') + '\n```mermaid\n%%{init: {"securityLevel":"loose"}}%%\ngraph TD\n A-->B\n```\n');
    const r = sup(['-C', dir, 'report', '2025', '--draft', '--today', TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('%%{init: {"securityLevel":"loose"}}%%');
    expect(r.stdout).not.toMatch(/```mermaid\n%%/);
  });

  test.each([
    ['a million [', '['.repeat(1_000_000)],
    ['250 000 nested flow mappings', 'a: ' + '{a: '.repeat(250_000)],
    ['a million nested block sequences on one line', '- '.repeat(1_000_000) + 'x'],
    ['100 000 [ (an error at every bracket)', '['.repeat(100_000)],
  ])('%s: one finding, small output, in seconds', (_name, text) => {
    const dir = composeFixture('base');
    writeFileSync(join(dir, 'data/d.yaml'), text);
    const r = sup(['-C', dir, 'check', '--today', TODAY]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^data\/d\.yaml:1:\d+ {2}fel {2}.*yaml\/too-(large|deep)/m);
    expect(r.stdout.length).toBeLessThan(20_000);
  });

  test('a chain of 8 000 goals is checked in seconds, not minutes', () => {
    const dir = composeFixture('base');
    const files: Record<string, string> = {};
    for (let i = 0; i < 8000; i++) files[`data/kedja/g${i}.md`] = `---\ntyp: mål\nid: g${i}\nnivå: delmål\ntitel: M\nförälder: ${i === 0 ? 'klimat' : `g${i - 1}`}\nverksamhetsplan: vp-2025\n---\nx\n`;
    writeTree(dir, files);
    const started = Date.now();
    const r = sup(['-C', dir, 'check', '--no-cache', '--format', 'json', '--today', TODAY]);
    expect(r.stdout).toContain('"files":');
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  test('5 000 links in a revision cost a few git processes, not one each', () => {
    const dir = repo(composeFixture('base'));
    const target = blob(dir, 'finns-inte.md');
    const links = mktree(dir, Array.from({ length: 5000 }, (_, i) => `120000 blob ${target}\tl${i}.md`));
    const head = git(dir, 'rev-parse', 'HEAD^{tree}').trim();
    const top = git(dir, 'ls-tree', '-z', head).split('\0').filter(Boolean);
    const dataTree = top.find((l) => l.endsWith('\tdata'))!.split(/\s+/)[2]!;
    const data = mktree(dir, [...git(dir, 'ls-tree', '-z', dataTree).split('\0').filter(Boolean), `040000 tree ${links}\tmany`]);
    const root = mktree(dir, [...top.filter((l) => !l.endsWith('\tdata')), `040000 tree ${data}\tdata`]);
    const commit = spawnSync('git', ['commit-tree', root, '-p', 'HEAD', '-m', 'länkar'], { cwd: dir, env: { ...process.env, GIT_AUTHOR_NAME: 'x', GIT_AUTHOR_EMAIL: 'x@x', GIT_COMMITTER_NAME: 'x', GIT_COMMITTER_EMAIL: 'x@x' } }).stdout.toString().trim();
    const started = Date.now();
    const r = sup(['-C', dir, 'diff', `HEAD..${commit}`]);
    expect(r.code).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test('field names that look like list markers or a rule stay text in the sup diff comment', () => {
    const dir = repo(composeFixture('base'));
    const file = join(dir, 'data/2025/aktivitet-a.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('---\n', '---\n"1. ond": x\n"- - +": y\n"---": z\n'));
    const r = sup(['-C', dir, 'diff', 'HEAD']);
    expect(r.stdout).toContain('  - 1\\. ond: – → `x`');
    expect(r.stdout).toContain('  - \\- - +: – → `y`');
    expect(r.stdout).toContain('  - \\---: – → `z`');
  });

  test('a budget sum past 2^53 is shown exactly', () => {
    const dir = composeFixture('base');
    const activity = readFileSync(join(dir, 'data/2025/aktivitet-a.md'), 'utf8');
    const big = String(Number.MAX_SAFE_INTEGER);
    const files: Record<string, string> = {};
    for (let i = 0; i < 3; i++) files[`data/2025/stor-${i}.md`] = activity.replace(/^id: .*$/m, `id: stor-${i}`).replace(/belopp: \d+/, `belopp: ${big}`);
    writeTree(dir, files);
    const r = sup(['-C', dir, 'check', '--format', 'json', '--today', TODAY]);
    // 3 × (2^53 − 1) = 27 021 597 764 272 973, not the …972 a sum of doubles gives.
    expect(r.stdout).toMatch(/27\D021\D597\D764\D272\D973 kr/);
  });
});

/** Runs node with `args`, sends `signal` after `delay` ms (or once `when` is true), and resolves with the exit code. */
function interrupted(args: string[], tmp: string, when: number | (() => boolean), signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolve) => {
    // A HOME of its own: without one Chromium puts its .config in TMPDIR, which is Chromium's settings, not a temporary file of sup's.
    const child = spawn(process.execPath, args, { env: { PATH: process.env.PATH ?? '', TMPDIR: tmp, HOME: tempDir('sup-home-') }, stdio: 'ignore' });
    let timer: NodeJS.Timeout;
    if (typeof when === 'number') timer = setTimeout(() => child.kill(signal), when);
    else {
      const started = Date.now();
      timer = setInterval(() => {
        if (when() || Date.now() - started > 30_000) {
          clearInterval(timer);
          child.kill(signal);
        }
      }, 10);
    }
    child.on('exit', (code, sig) => {
      clearTimeout(timer);
      clearInterval(timer);
      resolve(code ?? (sig ? 128 : null));
    });
  });
}

function leftovers(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.tmp'));
}

function readTreeOf(dir: string): Record<string, Buffer> {
  const out: Record<string, Buffer> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const full = join(dir, name);
    try {
      out[name] = readFileSync(full);
    } catch {
      // a folder
    }
  }
  return out;
}
