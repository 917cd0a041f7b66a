// The gates of .ci/run before the tests: each one is run for real on a probe that breaks it and
// must fail with the exact rule, so a gate that silently stopped checking fails here.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURES, REPO, tempDir, writeTree } from './helpers.js';

const GATES = join(FIXTURES, 'ci-gates');

/** Runs a Node tool of node_modules the way the npm scripts do. */
function tool(bin: string, args: string[], cwd = REPO): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(REPO, 'node_modules', ...bin.split('/')), ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('.ci/run', () => {
  test('type-checks, lints and checks the layer order before the tests', () => {
    const lines = readFileSync(join(REPO, '.ci', 'run'), 'utf8').split('\n');
    const at = (line: string) => lines.indexOf(line);
    expect(at('npm run typecheck')).toBeGreaterThan(at('npm ci --no-audit --no-fund'));
    expect(at('npm run lint')).toBeGreaterThan(at('npm run typecheck'));
    expect(at('npm run deps')).toBeGreaterThan(at('npm run lint'));
    expect(at('npm test')).toBeGreaterThan(at('npm run deps'));
    const scripts = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.typecheck).toBe('tsc -p tsconfig.json --noEmit && tsc -p scripts/bench/tsconfig.json --noEmit');
    expect(scripts.lint).toBe('eslint --max-warnings 0 .');
    expect(scripts.deps).toBe('depcruise src --config .dependency-cruiser.cjs --output-type err');
  });
});

describe('npm run typecheck', () => {
  test('covers the sources, the tests and the scripts', () => {
    const r = tool('typescript/bin/tsc', ['-p', 'tsconfig.json', '--listFilesOnly']);
    expect(r.code).toBe(0);
    const files = new Set(r.stdout.split('\n').map((f) => f.trim().replace(`${REPO}/`, '')));
    for (const f of ['src/cli/main.ts', 'test/helpers.ts', 'test/ci-gates.test.ts', 'test/hostile/cases.ts', 'scripts/build-validators.mjs', 'scripts/test-summary.mjs', 'vitest.config.ts']) {
      expect(files, f).toContain(f);
    }
    const bench = tool('typescript/bin/tsc', ['-p', 'scripts/bench/tsconfig.json', '--listFilesOnly']);
    expect(bench.code).toBe(0);
    expect(bench.stdout).toContain(`${REPO}/scripts/bench/run.mjs`);
  });

  test('fails on a type error in a test file, with its place and code', () => {
    const r = tool('typescript/bin/tsc', ['-p', join(GATES, 'tsconfig.json'), '--noEmit', '--pretty', 'false']);
    expect(r.code).toBe(2);
    expect(r.stdout.replace(`${REPO}/`, '')).toBe("test/fixtures/ci-gates/failing-types.ts(10,9): error TS2322: Type 'number' is not assignable to type 'string'.\n");
  });
});

describe('npm run lint', () => {
  test('fails on lint errors with the exact rules, and the type-error probe is lint-clean', () => {
    const r = tool('eslint/bin/eslint.js', ['--no-ignore', '--format', 'json', join(GATES, 'lint-error.ts'), join(GATES, 'failing-types.ts')]);
    expect(r.code).toBe(1);
    const results = JSON.parse(r.stdout) as { filePath: string; messages: { line: number; column: number; ruleId: string }[] }[];
    const found = results.flatMap((f) => f.messages.map((m) => `${f.filePath.replace(`${GATES}/`, '')}:${m.line}:${m.column} ${m.ruleId}`));
    expect(found).toEqual(['lint-error.ts:6:9 @typescript-eslint/no-unused-vars', 'lint-error.ts:7:3 @typescript-eslint/no-floating-promises']);
  });
});

describe('npm run deps', () => {
  test('fails on an import up the layer order and on a cycle, naming the rules', () => {
    const dir = tempDir('sup-deps-');
    writeTree(dir, {
      'tsconfig.build.json': '{ "compilerOptions": { "module": "NodeNext", "moduleResolution": "NodeNext" }, "include": ["src"] }\n',
      // model/ is the bottom layer: it may not reach up into check/.
      'src/model/rank.ts': "import { score } from '../check/score.js';\nexport const rank = (x: number): number => score(x) + 1;\n",
      'src/check/score.ts': 'export const score = (x: number): number => x * 2;\n',
      // Two render files that import each other.
      'src/render/a.ts': "import { b } from './b.js';\nexport const a = (): string => b();\n",
      'src/render/b.ts': "import { a } from './a.js';\nexport const b = (): string => typeof a;\n",
      // A folder that is in no layer.
      'src/extras/tool.ts': "import { score } from '../check/score.js';\nexport const tool = score;\n",
    });
    const r = tool('dependency-cruiser/bin/dependency-cruise.mjs', ['src', '--config', join(REPO, '.dependency-cruiser.cjs'), '--output-type', 'err'], dir);
    // depcruise exits with the number of errors, as `npm run deps` in .ci/run does.
    expect(r.code).toBe(3);
    expect(r.stdout).toBe(
      [
        '',
        '  error no-circular: src/render/a.ts → ',
        '      src/render/b.ts →',
        '      src/render/a.ts',
        '  error layer/unknown-folder: src/extras/tool.ts → src/check/score.ts',
        '  error layer/model: src/model/rank.ts → src/check/score.ts',
        '',
        'x 3 dependency violations (3 errors, 0 warnings). 5 modules, 4 dependencies cruised.',
        '',
        '',
      ].join('\n'),
    );
  });

  test('passes on the same layers imported downwards', () => {
    const dir = tempDir('sup-deps-');
    writeTree(dir, {
      'tsconfig.build.json': '{ "compilerOptions": { "module": "NodeNext", "moduleResolution": "NodeNext" }, "include": ["src"] }\n',
      'src/model/rank.ts': 'export const rank = (x: number): number => x + 1;\n',
      'src/check/score.ts': "import { rank } from '../model/rank.js';\nexport const score = (x: number): number => rank(x) * 2;\n",
    });
    const r = tool('dependency-cruiser/bin/dependency-cruise.mjs', ['src', '--config', join(REPO, '.dependency-cruiser.cjs'), '--output-type', 'err'], dir);
    expect(r.stdout).toContain('no dependency violations found');
    expect(r.code).toBe(0);
  });
});
