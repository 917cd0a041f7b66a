// npm run bench: generates seeded corpora (1k, 10k, 50k activity files) in a temporary folder,
// runs the floor and sup side by side, and prints medians, ratios and peak memory against the
// targets in docs/performance.md. Nothing is written to the repository.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(repo, 'bin', 'sup.js');
const rss = join(repo, 'scripts', 'bench', 'rss.cjs');
const floor = join(repo, 'scripts', 'bench', 'floor.mjs');
const ajvCli = join(repo, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const sizes = (process.env.SUP_BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const work = mkdtempSync(join(tmpdir(), 'sup-bench-'));

/**
 * Runs a node script `times` times and returns the median wall time (s) and the largest peak RSS (MB).
 * @param {string[]} args
 * @param {number} times
 * @param {{ expectCode?: number }} [options]
 */
function measure(args, times, { expectCode } = {}) {
  const walls = [];
  let peak = 0;
  /** @type {import('node:child_process').SpawnSyncReturns<string>} */
  let last = /** @type {never} */ (undefined);
  for (let i = 0; i < times; i++) {
    const start = process.hrtime.bigint();
    last = spawnSync(process.execPath, ['--require', rss, ...args], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    walls.push(Number(process.hrtime.bigint() - start) / 1e9);
    const m = /SUP_BENCH_MAXRSS_KB=(\d+)/.exec(last.stderr);
    if (m) peak = Math.max(peak, Number(m[1]) / 1024);
    if (expectCode !== undefined && last.status !== expectCode) {
      throw new Error(`${args.join(' ')} exited ${last.status}, expected ${expectCode}\n${last.stderr.slice(0, 2000)}`);
    }
  }
  walls.sort((a, b) => a - b);
  return { median: walls[Math.floor(walls.length / 2)], peak, out: last };
}

/** Every finding must point at the mistake the corpus put there; returns how many were checked. */
function verifyPositions(dir, json) {
  const report = JSON.parse(json);
  let checked = 0;
  for (const d of report.diagnostics) {
    if (d.severity !== 'error') continue;
    const line = readFileSync(join(dir, d.file), 'utf8').split('\n')[d.start.line - 1] ?? '';
    const at = line.slice(d.start.column - 1);
    const ok = at.startsWith('klar') || at.startsWith('trafikstrateg') || at.startsWith('prioritet');
    if (!ok) throw new Error(`position not exact: ${d.file}:${d.start.line}:${d.start.column} ${d.ruleId} -> "${line}"`);
    checked++;
  }
  return checked;
}

const rows = [];
const row = (what, files, result, floorTime, target) => {
  rows.push({ what, files, median: result.median, ratio: floorTime ? result.median / floorTime : undefined, peak: result.peak, target: target ?? '' });
};

try {
  const nodeBare = measure(['-e', '0'], 9);
  row('node -e 0', 0, nodeBare);
  const help = measure([bin, '--help'], 9, { expectCode: 0 });
  row('sup --help', 0, help, undefined, `≤ 2 × node -e 0 (${(help.median / nodeBare.median).toFixed(2)} ×)`);
  const version = measure([bin, '--version'], 9, { expectCode: 0 });
  row('sup --version', 0, version, undefined, `≤ 2 × node -e 0 (${(version.median / nodeBare.median).toFixed(2)} ×)`);

  for (const n of sizes) {
    const times = n >= 50000 ? 3 : 5;
    const dir = join(work, `valid-${n}`);
    writeCorpus(dir, n);
    const f = measure([floor, dir], times);
    row('floor: read + js-yaml', n, f, f.median);
    const cold = measure([bin, '-C', dir, 'check', '--format', 'json', '--no-cache'], times, { expectCode: 0 });
    row('sup check', n, cold, f.median, n >= 50000 ? '≤ 1.5 × floor, < 400 MB' : n === 10000 ? '≤ 1.5 × floor and < 1 s' : '');

    if (n === 10000 || n === 50000) {
      const bad = join(work, `invalid-${n}`);
      writeCorpus(bad, n, { invalidShare: 0.01 });
      const badFloor = measure([floor, bad], times);
      const invalid = measure([bin, '-C', bad, 'check', '--format', 'json', '--no-cache'], times, { expectCode: 1 });
      const exact = verifyPositions(bad, invalid.out.stdout);
      row(`sup check, 1 % invalid (${exact} positions exact)`, n, invalid, badFloor.median, '≤ 2 × floor');

      const yamlDir = join(work, `yaml-${n}`);
      writeCorpus(yamlDir, n, { format: 'yaml' });
      const schema = (name) => join(repo, 'schemas', name);
      const keywords = join(repo, 'scripts', 'bench', 'ajv-keywords.cjs');
      const ajv = measure(
        [ajvCli, 'validate', '--spec=draft2020', '--strict=false', '-c', 'ajv-formats', '-c', keywords, '-s', schema('aktivitet.schema.json'), '-r', schema('gemensam.schema.json'), '-d', join(yamlDir, 'data/plan/aktiviteter/**/*.yaml')],
        n >= 50000 ? 1 : 3,
        { expectCode: 0 },
      );
      const supYaml = measure([bin, '-C', yamlDir, 'check', '--format', 'json', '--no-cache'], times, { expectCode: 0 });
      row('ajv-cli validate (pure YAML)', n, ajv);
      row('sup check (same pure YAML)', n, supYaml, undefined, `≥ 3 × faster than ajv-cli (${(ajv.median / supYaml.median).toFixed(1)} ×)`);
    }

    if (n === 10000) {
      measure([bin, '-C', dir, 'check', '--format', 'json'], 1, { expectCode: 0 }); // fill the cache
      const one = join(dir, 'data/plan/aktiviteter/005/aktivitet-5000.md');
      let k = 0;
      const edit = () => writeFileSync(one, readFileSync(one, 'utf8').replace(/belopp: \d+/, `belopp: ${1000 + ++k}`));
      const walls = [];
      let peak = 0;
      for (let i = 0; i < 5; i++) {
        edit();
        const r = measure([bin, '-C', dir, 'check', '--format', 'json'], 1, { expectCode: 0 });
        walls.push(r.median);
        peak = Math.max(peak, r.peak);
      }
      walls.sort((a, b) => a - b);
      row('sup check again, one file changed (cache)', n, { median: walls[2], peak }, undefined, '< 0.3 s');
      benchEditsAndDiffs(dir, n);
      if (n === 10000) benchResident(n);
    }

    if (n === 1000) {
      const annual =
        '---\ntyp: årsredovisning\nid: ar-2025\nverksamhetsplan: vp-2025\nbeslutad: "2026-02-09"\naktiviteter: []\n' +
        'måluppfyllelse:\n  - mål: klimatomstallning\n    bedömning: delvis uppfyllt\n    motivering: Bra.\n' +
        '  - mål: tillganglighet\n    bedömning: uppfyllt\n    motivering: Bra.\nbudgetutfall:\n  - post: utredningar\n    utfall: 900000\n---\nÅret.\n';
      writeFileSync(join(dir, 'data/plan/arsredovisning.md'), annual);
      const out = join(work, 'report.md');
      const report = measure([bin, '-C', dir, 'report', '2025', '-o', out, '--no-cache'], 5, { expectCode: 0 });
      row('sup report 2025 (Markdown)', n, report, undefined, '< 3 s');
      const html = measure([bin, '-C', dir, 'report', '2025', '--format', 'html', '-o', `${out}.html`, '--no-cache'], 5, { expectCode: 0 });
      row('sup report 2025 (HTML)', n, html, undefined, '< 3 s');
    }
  }
  benchPeriod();
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** The slutuppföljning 2023–2026 (Markdown) of the repository's own data: four years, seven indicators with figures and totals. */
function benchPeriod() {
  const out = join(work, 'slutuppfoljning.md');
  const period = measure([bin, '-C', repo, 'report', '--period', '2023-2026', '--today', '2026-12-02', '-o', out, '--no-cache'], 5, { expectCode: 0 });
  row('sup report --period 2023-2026 (Markdown, embedded data)', 0, period, undefined, '< 3 s');
}

/** Runs git in `dir` with a fixed identity; throws on failure. */
function gitIn(dir, ...args) {
  const r = spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** The median of `times` runs of `next()`'s arguments (each run may differ, e.g. alternating values). */
function measureEach(times, next, expectCode) {
  const walls = [];
  let peak = 0;
  for (let i = 0; i < times; i++) {
    const r = measure(next(i), 1, { expectCode });
    walls.push(r.median);
    peak = Math.max(peak, r.peak);
  }
  walls.sort((a, b) => a - b);
  return { median: walls[Math.floor(walls.length / 2)], peak };
}

/**
 * Edits (set, link, unlink) against sup check with a warm cache, and diff / --changed-since against
 * sup check --no-cache, side by side in one run on a git repository of the corpus; then the peak
 * memory of diff with a 300 MB blob outside the data in the revision it reads.
 */
function benchEditsAndDiffs(dir, n) {
  gitIn(dir, 'init', '-q', '-b', 'main');
  gitIn(dir, 'add', '-A');
  gitIn(dir, 'commit', '-q', '-m', 'corpus');
  const one = join(dir, 'data/plan/aktiviteter/006/aktivitet-6000.md');
  writeFileSync(one, readFileSync(one, 'utf8').replace(/belopp: \d+/, 'belopp: 4242'));
  gitIn(dir, 'commit', '-q', '-am', 'one change');
  measure([bin, '-C', dir, 'check', '--format', 'json'], 1, { expectCode: 0 }); // warm the cache
  const warm = measure([bin, '-C', dir, 'check', '--format', 'json'], 5, { expectCode: 0 });
  row('sup check (warm cache), for the edits', n, warm);
  const statuses = ['genomförd', 'pågår'];
  const set = measureEach(6, (i) => [bin, '-C', dir, 'set', 'aktivitet-7001', 'status', statuses[i % 2]], 0);
  row('sup set (warm cache)', n, set, undefined, `≤ 1.5 × check warm (${(set.median / warm.median).toFixed(2)} ×)`);
  const link = measureEach(6, (i) => [bin, '-C', dir, i % 2 ? 'unlink' : 'link', 'aktivitet-7001', 'infrastruktur'], 0);
  row('sup link / unlink (warm cache)', n, link, undefined, `≤ 1.5 × check warm (${(link.median / warm.median).toFixed(2)} ×)`);
  gitIn(dir, 'checkout', '-q', '--', '.');

  const cold = measure([bin, '-C', dir, 'check', '--format', 'json', '--no-cache'], 3, { expectCode: 0 });
  row('sup check --no-cache, for the diffs', n, cold);
  const diff = measure([bin, '-C', dir, 'diff', 'HEAD~1'], 3, { expectCode: 0 });
  row('sup diff HEAD~1', n, diff, undefined, `≤ 2.5 × check --no-cache (${(diff.median / cold.median).toFixed(2)} ×)`);
  const since = measure([bin, '-C', dir, 'check', '--format', 'json', '--changed-since', 'HEAD~1'], 3, { expectCode: 0 });
  row('sup check --changed-since HEAD~1', n, since, undefined, `≤ 2.5 × check --no-cache (${(since.median / cold.median).toFixed(2)} ×)`);

  writeFileSync(join(dir, 'stor.bin'), Buffer.alloc(300 * 1024 * 1024, 7));
  gitIn(dir, 'add', 'stor.bin');
  gitIn(dir, 'commit', '-q', '-m', 'a large file that is not data');
  writeFileSync(one, readFileSync(one, 'utf8').replace(/belopp: \d+/, 'belopp: 4343'));
  gitIn(dir, 'commit', '-q', '-am', 'another change');
  const big = measure([bin, '-C', dir, 'diff', 'HEAD~1'], 3, { expectCode: 0 });
  row('sup diff HEAD~1, a 300 MB blob beside the data', n, big, undefined, `peak independent of the blob (${big.peak.toFixed(0)} vs ${diff.peak.toFixed(0)} MB)`);
}

/**
 * The resident engine (sup lsp, sup check --watch) after its first load, on a fresh corpus of n
 * files: keystroke → diagnostics, a change breaking ten references elsewhere → their diagnostics,
 * and a file written on disk → the watch's new output (which includes chokidar's notice).
 */
function benchResident(n) {
  const dir = join(work, `resident-${n}`);
  writeCorpus(dir, n);
  const r = spawnSync(process.execPath, [join(repo, 'scripts', 'bench', 'resident.mjs'), dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`resident.mjs exited ${r.status}\n${r.stderr.slice(0, 2000)}`);
  const ms = JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '');
  const s = (x) => ({ median: x / 1000, peak: 0 });
  row('sup lsp: keystroke → its diagnostics', n, s(ms.keystroke), undefined, `≤ 50 ms (${ms.keystroke.toFixed(0)} ms)`);
  row('sup lsp: change breaking 10 references → their diagnostics', n, s(ms.crossFile), undefined, `≤ 150 ms (${ms.crossFile.toFixed(0)} ms)`);
  row('sup check --watch: re-check inside the engine', n, s(ms.watchRecheck), undefined, `≤ 50 ms (${ms.watchRecheck.toFixed(0)} ms)`);
  row('sup check --watch: file written → output (with the watch notice)', n, s(ms.watch), undefined, '');
  row('resident engine: one re-check after a keystroke, processor time', n, s(ms.cpuKeystroke), undefined, `(${ms.cpuKeystroke.toFixed(1)} ms)`);
  row('resident engine: one re-check breaking 10 references, processor time', n, s(ms.cpuCrossFile), undefined, `(${ms.cpuCrossFile.toFixed(1)} ms)`);
}

const fmt = (x, d = 2) => (x === undefined ? '' : x.toFixed(d));
console.log(`\nsup benchmark — Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| measure | files | median (s) | × floor | peak RSS (MB) | target |');
console.log('| --- | ---: | ---: | ---: | ---: | --- |');
for (const r of rows) console.log(`| ${r.what} | ${r.files || ''} | ${fmt(r.median, 3)} | ${fmt(r.ratio)} | ${fmt(r.peak, 0)} | ${r.target} |`);
