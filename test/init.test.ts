import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { SCHEMA_FILES } from '../src/model/kinds.js';
import type { FileKind } from '../src/model/kinds.js';
import { packageNameFor, planInit, TEMPLATE_TARGETS } from '../src/init/plan-init.js';
import { git, REPO, run, tempDir, TODAY } from './helpers.js';
import type { GitLabCi } from './helpers.js';

/** Every file below a folder, as sorted POSIX paths relative to it. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

const SCHEMAS = readdirSync(join(REPO, 'schemas')).filter((n) => n.endsWith('.schema.json')).sort();
const COMMON = [
  '.github/workflows/sup.yml',
  '.gitignore',
  '.gitlab-ci.yml',
  '.vscode/extensions.json',
  '.vscode/settings.json',
  'README.md',
  'package.json',
  ...SCHEMAS.map((n) => `schemas/${n}`),
  'sup.yaml',
];

const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
const INSTALL = 'if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi';

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; if?: string; env?: Record<string, string> };
type Job = { 'runs-on': string; steps: Step[]; needs?: string; if?: string; permissions?: Record<string, string> };

describe('sup init', () => {
  test('an empty skeleton that sup check passes', async () => {
    const dir = join(tempDir(), 'nytt-förråd');
    const r = await run(['init', dir, '--sup-spec', '^0.1.0']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        `Skapade ett dataförråd för sup i ${dir} (${COMMON.length + 2} filer).`,
        'Nästa steg:',
        `  cd '${dir}'`,
        '  git init',
        '  npm install      # installerar sup (^0.1.0)',
        '  npx sup check',
        '  git add -A && git commit -m "Nytt dataförråd"      # med package-lock.json och verktyg/',
        '',
      ].join('\n'),
    );
    expect(listFiles(dir)).toEqual([...COMMON, 'data/README.md', 'data/kommuner.yaml'].sort());
    expect(readFileSync(join(dir, 'data/kommuner.yaml'), 'utf8')).toBe(readFileSync(join(REPO, 'data/kommuner.yaml'), 'utf8'));
    const check = await run(['-C', dir, 'check', '--today', TODAY]);
    expect(check).toMatchObject({ code: 0, stdout: '✔ Inga fel i 1 fil.\n' });
  });

  test('--from-example copies the SUP 2040 data, and sup check passes', async () => {
    const dir = tempDir();
    const r = await run(['init', '--from-example'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('med SUP 2040-datan som exempel');
    expect(r.stdout).not.toContain('  cd ');
    const data = listFiles(join(REPO, 'data'));
    expect(listFiles(dir)).toEqual([...COMMON, ...data.map((p) => `data/${p}`), `verktyg/sup-${VERSION}.tgz`].sort());
    for (const p of data) expect(readFileSync(join(dir, 'data', p))).toEqual(readFileSync(join(REPO, 'data', p)));
    for (const n of SCHEMAS) expect(readFileSync(join(dir, 'schemas', n))).toEqual(readFileSync(join(REPO, 'schemas', n)));
    const check = await run(['-C', dir, 'check', '--today', TODAY]);
    expect(check.code).toBe(0);
    // SUP 2040 is in force on TODAY, and the data does not record the kommunstyrelser's decisions.
    expect(check.stdout).toMatch(/^✔ Inga fel i \d+ filer\.\n$/);
  });

  test('--from-example says how to remove the example, in its output and in the README, and the way it gives works', async () => {
    const dir = tempDir();
    const r = await run(['init', '--from-example'], { cwd: dir });
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(
      'Exempelåret i data/exempel/2025 är påhittat (exempel: true) och hör inte hemma i riktiga dokument. Ta bort det innan det första riktiga året: git rm -r data/exempel (se README.md).',
    );
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(readme).toContain('## Exempelåret ska bort\n');
    expect(readme).toContain('```sh\ngit rm -r data/exempel\nnpx sup check      # programmet klarar sig utan exemplet\n');
    // What the README says: the programme passes the check without the example.
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'init');
    git(dir, 'rm', '-r', '-q', 'data/exempel');
    expect(existsSync(join(dir, 'data/exempel'))).toBe(false);
    expect(await run(['-C', dir, 'check', '--today', TODAY])).toMatchObject({ code: 0, stdout: '✔ Inga fel i 15 filer.\n' });
    // A skeleton has no example and says nothing about one.
    const plain = tempDir();
    const p = await run(['init'], { cwd: plain });
    expect(p.stdout).not.toContain('exempel');
    expect(readFileSync(join(plain, 'README.md'), 'utf8')).not.toContain('Exempelåret');
  });

  test('the GitHub workflow: valid YAML that checks, comments the diff and uploads the report on pull requests', async () => {
    const dir = tempDir();
    await run(['init', dir]);
    const wf = parse(readFileSync(join(dir, '.github/workflows/sup.yml'), 'utf8')) as { name: string; on: Record<string, unknown>; jobs: Record<string, Job> };
    expect(Object.keys(wf.on)).toContain('pull_request');
    expect(Object.keys(wf.jobs)).toEqual(['check', 'diff', 'report']);
    for (const job of Object.values(wf.jobs)) {
      expect(job['runs-on']).toBe('ubuntu-latest');
      expect(Array.isArray(job.steps)).toBe(true);
      expect(job.steps[0]!.uses).toBe('actions/checkout@v5');
      expect(job.steps.some((s) => s.uses === 'actions/setup-node@v5' && s.with?.['node-version'] === 24)).toBe(true);
      expect(job.steps.some((s) => s.run === INSTALL)).toBe(true);
    }
    const runs = (job: Job) => job.steps.map((s) => s.run ?? '').join('\n');
    expect(runs(wf.jobs.check!)).toContain('npx --no-install sup check --format github');
    expect(wf.jobs.diff!.steps[0]!.with?.['fetch-depth']).toBe(0);
    expect(wf.jobs.diff!.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(runs(wf.jobs.diff!)).toContain('base=$(git merge-base "origin/$BASE_REF" HEAD)');
    expect(runs(wf.jobs.diff!)).toContain('npx --no-install sup diff "$base"');
    expect(runs(wf.jobs.diff!)).toContain('gh pr comment "$PR"');
    expect(wf.jobs.diff!.steps.find((s) => s.run?.includes('gh pr comment'))!.env).toEqual({ GH_TOKEN: '${{ github.token }}', PR: '${{ github.event.pull_request.number }}' });
    expect(runs(wf.jobs.report!)).toContain('apt-get install -y -qq chromium');
    expect(runs(wf.jobs.report!)).toContain('npx --no-install sup report "$report_year" --format pdf -o "arsredovisning-$report_year.pdf"');
    expect(runs(wf.jobs.report!)).toContain('npx --no-install sup plan "$plan_year" --format pdf -o "verksamhetsplan-$plan_year.pdf"');
    expect(wf.jobs.report!.needs).toBe('check');
    expect(wf.jobs.report!.steps.at(-1)).toMatchObject({ uses: 'actions/upload-artifact@v5', with: { path: 'arsredovisning-*.pdf\nverksamhetsplan-*.pdf\n' } });
  });

  test('the GitLab pipeline: valid YAML with a JUnit report, the diff in merge requests and the report as an artifact', async () => {
    const dir = tempDir();
    await run(['init', dir]);
    const ci = parse(readFileSync(join(dir, '.gitlab-ci.yml'), 'utf8')) as GitLabCi;
    expect(ci.stages).toEqual(['check', 'diff', 'report']);
    expect(ci.default.before_script).toEqual([INSTALL]);
    expect(ci['sup-check'].script).toContain('npx --no-install sup check --format junit > sup-check.xml || true');
    expect(ci['sup-check'].artifacts).toEqual({ when: 'always', reports: { junit: 'sup-check.xml' } });
    expect(ci['sup-diff'].rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    expect(ci['sup-diff'].script[0]).toBe('npx --no-install sup diff "$CI_MERGE_REQUEST_DIFF_BASE_SHA" | tee sup-diff.md');
    expect(ci['sup-diff'].script[1]).toContain('merge_requests/${env.CI_MERGE_REQUEST_IID}/notes');
    expect(ci['sup-check'].script.join('\n')).toContain('npx --no-install sup codeowners --forge gitlab --check');
    expect(ci['sup-report'].script.join('\n')).toContain('npx --no-install sup report "$report_year" --format pdf');
    expect(ci['sup-report'].script.join('\n')).toContain('npx --no-install sup plan "$plan_year" --format pdf');
    expect(ci['sup-report'].artifacts?.paths).toEqual(['arsredovisning-*.pdf', 'verksamhetsplan-*.pdf']);
  });

  test('the report job finds the year of the latest årsredovisning from sup export', async () => {
    const dir = tempDir();
    await run(['init', dir, '--from-example']);
    const wf = readFileSync(join(dir, '.github/workflows/sup.yml'), 'utf8');
    const script = /node -e '\n([\s\S]*?)\n\s*'\)"/.exec(wf)![1]!;
    const exported = await run(['-C', dir, 'export', '--format', 'json']);
    const r = spawnSync(process.execPath, ['-e', script], { input: exported.stdout, encoding: 'utf8' });
    expect(r.stdout).toBe('2025 2026\n');
    const none = spawnSync(process.execPath, ['-e', script], { input: '[]', encoding: 'utf8' });
    expect(none).toMatchObject({ status: 0, stdout: '- -\n' });
  });

  test('VS Code: the schema associations cover every example file with the schema of its kind, offline', async () => {
    const dir = tempDir();
    await run(['init', dir, '--from-example']);
    const settings = JSON.parse(readFileSync(join(dir, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string | string[]> };
    const associations = Object.entries(settings['yaml.schemas']).map(([schema, globs]) => ({ schema, match: picomatch(globs) }));
    // gemensam.schema.json is only referenced from the others, so it is copied but not associated.
    expect(associations.map((a) => a.schema.replace('./schemas/', '')).sort()).toEqual(SCHEMAS.filter((n) => n !== 'gemensam.schema.json'));
    for (const { schema } of associations) expect(statSync(join(dir, schema)).isFile()).toBe(true);
    // Only the data files: the saved Kolada responses (data/kolada/*.json) are not data and have no YAML schema.
    const files = ['sup.yaml', ...listFiles(join(dir, 'data')).filter((p) => !p.endsWith('README.md') && /\.(md|yaml)$/.test(p)).map((p) => `data/${p}`)];
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      const typ = file === 'sup.yaml' ? undefined : (parse(file.endsWith('.md') ? text.split(/^---$/m)[1]! : text) as { typ: FileKind }).typ;
      const expected = typ === undefined ? './schemas/sup.schema.json' : `./schemas/${SCHEMA_FILES[typ]}`;
      expect([file, associations.filter((a) => a.match(file)).map((a) => a.schema)]).toEqual([file, [expected]]);
    }
    expect(JSON.parse(readFileSync(join(dir, '.vscode/extensions.json'), 'utf8'))).toEqual({ recommendations: ['sodertornssamverkan.sup', 'redhat.vscode-yaml'] });
  });

  test('package.json installs sup from --sup-spec; no placeholder is left in any file', async () => {
    const dir = join(tempDir(), 'SUP Data 2040');
    await run(['init', dir, '--sup-spec', 'git+https://git.example.org/sup.git#v0.1.0']);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    expect(pkg).toMatchObject({ name: 'sup-data-2040', private: true, devDependencies: { sup: 'git+https://git.example.org/sup.git#v0.1.0' }, scripts: { check: 'sup check' } });
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('(`git+https://git.example.org/sup.git#v0.1.0`)');
    for (const f of listFiles(dir)) expect(readFileSync(join(dir, f), 'utf8')).not.toMatch(/__[A-Z][A-Z_]*__/);
    expect(listFiles(dir).filter((f) => f.startsWith('verktyg/'))).toEqual([]);
    expect(packageNameFor('Södertörn')).toBe('sodertorn');
    expect(packageNameFor('...')).toBe('sup-data');
  });

  test('a folder that is not empty is refused; --force adds only what is missing and lists the rest', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'README.md'), 'Vår egen README.\n');
    const refused = await run(['init', dir]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      `sup init: mappen ${dir} är inte tom. Välj en tom mapp, eller använd --force för att lägga till de filer som saknas (befintliga filer skrivs aldrig över).\n`,
    );
    expect(listFiles(dir)).toEqual(['README.md']);

    mkdirSync(join(dir, '.vscode'));
    writeFileSync(join(dir, '.vscode/settings.json'), '{}\n');
    const forced = await run(['init', dir, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('Fanns redan och lämnades orörda (2):\n  .vscode/settings.json\n  README.md\n');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('Vår egen README.\n');
    expect(readFileSync(join(dir, '.vscode/settings.json'), 'utf8')).toBe('{}\n');
    expect(listFiles(dir)).toHaveLength(COMMON.length + 3);
  });

  test('a folder with only .git counts as empty; a file is not a folder; --lang en', async () => {
    const dir = tempDir();
    spawnSync('git', ['init', '-q'], { cwd: dir });
    const r = await run(['--lang', 'en', 'init', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Created a sup data repository in ${dir}`);
    expect(r.stdout).not.toContain('git init');
    const file = join(tempDir(), 'fil');
    writeFileSync(file, 'x');
    const bad = await run(['init', file]);
    expect(bad).toMatchObject({ code: 2, stderr: `sup init: ${file} finns redan och är ingen mapp.\n` });
  });

  test('every template is used, and the plan is sorted and free of duplicates', () => {
    const templates = listFiles(join(REPO, 'templates', 'init'));
    expect(TEMPLATE_TARGETS.map((t) => t.template).sort()).toEqual(templates);
    const plan = planInit({ fromExample: true, supSpec: 'x', packageName: 'p' }).map((f) => f.path);
    expect(plan).toEqual([...new Set(plan)].sort());
  });

  test('without --sup-spec, sup itself is packed into verktyg/ and package.json installs it from there', async () => {
    const dir = tempDir();
    const r = await run(['init', dir]);
    expect(r.code).toBe(0);
    const tgz = `verktyg/sup-${VERSION}.tgz`;
    expect(r.stdout).toContain(`  npm install      # installerar sup (file:${tgz})\n`);
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).devDependencies).toEqual({ sup: `file:${tgz}` });
    const listed = spawnSync('tar', ['-tzf', join(dir, tgz)], { encoding: 'utf8' });
    expect(listed.status).toBe(0);
    const entries = listed.stdout.split('\n');
    for (const f of ['package/package.json', 'package/bin/sup.js', 'package/dist/index.js', 'package/dist/cli/main.js', 'package/schemas/gemensam.schema.json', 'package/templates/init/gitlab-ci.yml']) expect(entries).toContain(f);
    // Neither sources nor tests: what npm would publish.
    expect(entries.filter((e) => e.startsWith('package/src/') || e.startsWith('package/test/'))).toEqual([]);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain(`(\`file:${tgz}\`)`);
  });

  test('--uppdatera replaces an older tarball with the running sup and changes only that value in package.json', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'verktyg'));
    writeFileSync(join(dir, 'verktyg/sup-0.0.9.tgz'), 'gammal');
    const before = '{\n    "name": "vårt-förråd",\n    "devDependencies": { "sup":   "file:verktyg/sup-0.0.9.tgz", "x": "1" }\n}\n';
    writeFileSync(join(dir, 'package.json'), before);
    const r = await run(['-C', dir, 'init', '--uppdatera']);
    expect(r).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        `Uppdaterade sup i ${dir}: file:verktyg/sup-0.0.9.tgz → file:verktyg/sup-${VERSION}.tgz.`,
        '  tog bort verktyg/sup-0.0.9.tgz',
        'Nästa steg: npm install (uppdaterar package-lock.json), kontrollera med npx sup check och lägg till ändringarna i git.',
        '',
      ].join('\n'),
    });
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe(before.replace('"file:verktyg/sup-0.0.9.tgz"', `"file:verktyg/sup-${VERSION}.tgz"`));
    expect(listFiles(dir)).toEqual(['package.json', `verktyg/sup-${VERSION}.tgz`]);
    const fresh = tempDir();
    await run(['init', fresh]);
    expect(readFileSync(join(dir, `verktyg/sup-${VERSION}.tgz`))).toEqual(readFileSync(join(fresh, `verktyg/sup-${VERSION}.tgz`)));

    // With --sup-spec the tarball goes and package.json names the spec.
    const spec = await run(['-C', dir, '--lang', 'en', 'init', '--uppdatera', '--sup-spec', '^0.2.0']);
    expect(spec.stdout).toBe(`Updated sup in ${dir}: file:verktyg/sup-${VERSION}.tgz → ^0.2.0.\n  removed verktyg/sup-${VERSION}.tgz\nNext: npm install (updates package-lock.json), check with npx sup check and add the changes to git.\n`);
    expect(listFiles(dir)).toEqual(['package.json']);
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).devDependencies).toEqual({ sup: '^0.2.0', x: '1' });
  });

  test('--uppdatera: a package.json without sup gets it; broken ones are refused with file, line and column, and nothing is written', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'package.json'), '{\n\t"name": "d"\n}\n');
    expect((await run(['-C', dir, 'init', '--uppdatera', '--sup-spec', '^1.0.0'])).code).toBe(0);
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe('{\n\t"name": "d",\n\t"devDependencies": {\n\t\t"sup": "^1.0.0"\n\t}\n}\n');

    const cases: [string, string][] = [
      ['{\n  "name": "å",\n  "devDependencies": { "sup": }\n}\n', 'package.json:3:31: package.json är ingen giltig JSON: ett värde väntades här. Rätta filen och försök igen.\n'],
      ['{ "devDependencies": { "sup": 5 } }', 'package.json:1:31: sup i package.json ska ha en sträng som värde.'],
      ['[1]', 'package.json:1:1: package.json ska vara ett JSON-objekt.'],
      ['name: x\n', 'package.json:1:1: package.json är ingen giltig JSON: '],
    ];
    for (const [text, message] of cases) {
      writeFileSync(join(dir, 'package.json'), text);
      const r = await run(['-C', dir, 'init', '--uppdatera']);
      expect([text, r.code, r.stderr.startsWith(message)]).toEqual([text, 2, true]);
      expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe(text);
      expect(listFiles(dir)).toEqual(['package.json']);
    }
    const empty = tempDir();
    expect(await run(['-C', empty, 'init', '--uppdatera'])).toMatchObject({ code: 2, stderr: 'sup init: package.json finns inte. Kör sup init utan --uppdatera för att skapa förrådet.\n' });
    expect(await run(['-C', empty, 'init', '--uppdatera', '--force'])).toMatchObject({ code: 2, stderr: 'sup init: --uppdatera går inte ihop med --from-example eller --force.\n' });
  });
});
