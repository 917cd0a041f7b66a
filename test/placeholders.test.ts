import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fillNewPlaceholders } from '../src/edit/fill-new-placeholders.js';
import { fillTemplate, planInit } from '../src/init/plan-init.js';
import { fill, TemplateError } from '../src/render/template.js';
import { PLACEHOLDER } from '../src/util/placeholders.js';
import { composeFixture, REPO, run, writeTree } from './helpers.js';

/** Every file below a folder, as paths relative to it. */
const filesBelow = (dir: string, prefix = ''): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesBelow(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));

describe('one placeholder syntax: {{name}}', () => {
  test('no built-in template uses the old __NAME__ spelling any more', () => {
    const old = filesBelow(join(REPO, 'templates')).filter((f) => /__[A-Z][A-Z_]*[A-Z]__/.test(readFileSync(join(REPO, 'templates', f), 'utf8')));
    expect(old).toEqual([]);
  });

  test('the built-in templates/ny/ are filled byte for byte as before ({{schema}} replaced, nothing else touched)', () => {
    for (const name of readdirSync(join(REPO, 'templates/ny'))) {
      const text = readFileSync(join(REPO, 'templates/ny', name), 'utf8');
      expect(text, name).toContain('{{schema}}');
      expect(fillNewPlaceholders(text, { schema: '../schemas/x.schema.json' }, false), name).toBe(text.replaceAll('{{schema}}', '../schemas/x.schema.json'));
    }
  });

  test('sup init: every {{name}} of templates/init/ is known, JSON-escaped in JSON, and GitHub\'s ${{ … }} is left alone', () => {
    const files = planInit({ fromExample: true, supSpec: 'file:verktyg/sup "0.1".tgz', packageName: 'sup-data' });
    const text = (path: string) => files.find((f) => f.path === path)!.content.toString('utf8');
    expect(JSON.parse(text('package.json'))).toMatchObject({ name: 'sup-data', devDependencies: { sup: 'file:verktyg/sup "0.1".tgz' } });
    expect(text('README.md')).toContain('(`file:verktyg/sup "0.1".tgz`)');
    const workflow = text('.github/workflows/sup.yml');
    expect(workflow).toBe(readFileSync(join(REPO, 'templates/init/github/workflows/sup.yml'), 'utf8'));
    expect(workflow).toContain('${{ github.token }}');
    for (const f of files) expect(f.content.toString('utf8').match(PLACEHOLDER) ?? [], f.path).toEqual([]);
    expect(() => fillTemplate('{{nosuch}}', {}, false, 'x.md')).toThrow('templates/init/x.md: unknown placeholder {{nosuch}}');
    expect(() => fillTemplate('{{constructor}}', {}, false, 'x.md')).toThrow('unknown placeholder {{constructor}}');
  });

  test('the document templates and labels read the same syntax, an unknown name an error at its place', () => {
    expect(fill('Årsredovisning {{ år }} för {{namn}}', { år: '2025', namn: 'Södertörn' })).toBe('Årsredovisning 2025 för Södertörn');
    expect(() => fill('{{toString}}', {}, { file: 'templates/etiketter.yaml', line: 3, column: 5 })).toThrow(TemplateError);
  });

  test('a project\'s own template with the old __SCHEMA__ still works (deprecated), and writes what {{schema}} writes', async () => {
    const body = (placeholder: string) => `---\n# yaml-language-server: $schema=${placeholder}\ntyp: nätverk\nid:\nnamn:\nform: stående\nmedlemmar:\n---\nEget __ANNAT__ och {{annat}}.\n`;
    const results: string[] = [];
    let schema = '';
    for (const placeholder of ['__SCHEMA__', '{{schema}}', '{{ schema }}']) {
      const dir = composeFixture('base');
      writeTree(dir, { 'templates/ny/natverk.md': body(placeholder) });
      const r = await run(['-C', dir, 'new', 'nätverk', '--namn', 'Nätverk för test', '--roll', 'strateg']);
      expect(r.code, r.stderr).toBe(0);
      results.push(readFileSync(join(dir, 'data/natverk/natverk-for-test.md'), 'utf8'));
      // The fixture has no schemas/ of its own: the path goes to sup's.
      schema = relative(join(dir, 'data/natverk'), join(REPO, 'schemas/natverk.schema.json')).split(sep).join('/');
    }
    expect(results[0]).toBe(
      `---\n# yaml-language-server: $schema=${schema}\ntyp: nätverk\nid: natverk-for-test\nnamn: Nätverk för test\nform: stående\nmedlemmar:\n  - kommun: botkyrka\n    roll: strateg\n  - kommun: haninge\n    roll: strateg\n---\nEget __ANNAT__ och {{annat}}.\n`,
    );
    expect(results[1]).toBe(results[0]);
    expect(results[2]).toBe(results[0]);
  });
});
