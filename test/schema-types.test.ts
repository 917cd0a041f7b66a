// Types from the schemas (issue 9): the generated files are what the schemas give now, and a
// misspelt field name, key or vocabulary word in the code fails the build's tsc at its line.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURES, REPO, tempDir } from './helpers.js';

const GENERATED = join(REPO, 'src', 'model', 'generated');
const PROBE = join(FIXTURES, 'typed-fields');

/** Runs a Node script or tool the way the npm scripts do. */
function node(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, args, { cwd: REPO, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('src/model/generated/', () => {
  test('is exactly what scripts/build-types.mjs makes from schemas/ now', () => {
    const r = node(['scripts/build-types.mjs', '--check']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('types: 11 files in src/model/generated/ are current\n');
    const schemas = readdirSync(join(REPO, 'schemas')).filter((f) => f.endsWith('.schema.json'));
    expect(readdirSync(GENERATED).sort()).toEqual(schemas.map((f) => f.replace('.schema.json', '.ts')).sort());
  });

  test('a hand edit is found: --check fails and names the file', () => {
    const dir = tempDir('sup-types-');
    cpSync(GENERATED, dir, { recursive: true });
    const file = join(dir, 'aktivitet.ts');
    writeFileSync(file, readFileSync(file, 'utf8').replace("  status: 'ej påbörjad' |", "  status: 'försenad' | 'ej påbörjad' |"));
    const r = node(['scripts/build-types.mjs', '--check', '--out', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('types: aktivitet.ts skiljer sig från schemana; kör npm run build\n');
  });

  test('each file says it is generated and by what; Swedish property names are quoted, shared types imported', () => {
    for (const name of readdirSync(GENERATED)) {
      const text = readFileSync(join(GENERATED, name), 'utf8');
      expect(text.split('\n').slice(0, 2), name).toEqual([
        '// GENERERAD FIL – ändra inte för hand. Skapad av scripts/build-types.mjs (json-schema-to-typescript)',
        `// från schemas/${name.replace('.ts', '.schema.json')}; \`npm run build\` skriver om den, och ett test faller om den skiljer sig.`,
      ]);
    }
    const activity = readFileSync(join(GENERATED, 'aktivitet.ts'), 'utf8');
    expect(activity).toContain("import type { AndringarEfterBeslut, Belopp, Datum, Exempel, Id, Text } from './gemensam.js';");
    expect(activity).toContain("  'mål': [Id, ...Id[]];");
    expect(activity).toContain("    'från': Datum;");
    expect(activity).toContain("  status: 'ej påbörjad' | 'pågår' | 'genomförd' | 'delvis genomförd' | 'senarelagd' | 'avbruten';");
    // A local definition referred to twice is one type, not a numbered copy.
    const organisation = readFileSync(join(GENERATED, 'organisation.ts'), 'utf8');
    expect(organisation).toContain("  'ordförande'?: Uppdrag;");
    expect(organisation).toContain("  'vice_ordförande'?: Uppdrag;");
    expect(organisation).not.toContain('Uppdrag1');
  });

  test('npm run build generates the types before tsc', () => {
    const scripts = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.build).toBe('node scripts/build-types.mjs && tsc -p tsconfig.build.json && node scripts/build-validators.mjs');
  });
});

describe('a misspelt field name fails the build', () => {
  test('the probe is compiled with the options of npm run build', () => {
    const options = (config: string) => {
      const r = node([join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', config, '--showConfig']);
      expect(r.code).toBe(0);
      const { rootDir: _r, outDir: _o, noEmit: _n, ...rest } = (JSON.parse(r.stdout) as { compilerOptions: Record<string, unknown> }).compilerOptions;
      return rest;
    };
    expect(options(join(PROBE, 'tsconfig.json'))).toEqual(options(join(REPO, 'tsconfig.build.json')));
  });

  test('src/ with the probe beside it fails tsc at each misspelling, and nowhere else', () => {
    const r = node([join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(PROBE, 'tsconfig.json'), '--pretty', 'false']);
    expect(r.code).toBe(2);
    const errors = r.stdout
      .split('\n')
      .filter((l) => /^\S.*: error TS/.test(l))
      .map((l) => /^(.*?\(\d+,\d+\): error TS\d+)/.exec(l)![1]);
    expect(errors).toEqual([
      'test/fixtures/typed-fields/probe.ts(10,69): error TS2551',
      'test/fixtures/typed-fields/probe.ts(15,60): error TS2345',
      'test/fixtures/typed-fields/probe.ts(19,14): error TS2322',
    ]);
    expect(r.stdout).toContain("Property 'titl' does not exist on type");
    expect(r.stdout).toContain("Did you mean 'titel'?");
    expect(r.stdout).toContain(`Argument of type '"ägre"' is not assignable to parameter of type`);
    expect(r.stdout).toContain(`Type '"försenad"' is not assignable to type '"ej påbörjad" | "pågår" | "genomförd" | "delvis genomförd" | "senarelagd" | "avbruten"'.`);
  });
});
