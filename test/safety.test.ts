import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseYaml, parseYamlFast } from '../src/load/parse-yaml.js';
import { composeFixture, copyRealData, REPO, run, TODAY } from './helpers.js';

/** Findings from a review of the whole tool, each kept fixed by a test. */
describe('the two YAML parsers agree', () => {
  test('number forms where js-yaml and YAML 1.2 differ take the full parse', () => {
    for (const v of ['0b101', '+0x1F', '-0o17', '1_000', '1_000.5', '+.5', '-.5e3']) {
      const text = `v: ${v}\n`;
      const fast = parseYamlFast(text);
      const full = parseYaml(text).data;
      if (fast) expect(fast.data, v).toEqual(full);
    }
    expect(parseYaml('år: 0b11111101001\n').data).toEqual({ år: '0b11111101001' });
  });

  test('for any plain scalar, the fast path gives the data the full parse gives', () => {
    const scalar = fc.oneof(
      fc.stringMatching(/^[-+]?(0[box])?[0-9a-fA-F_.eE]{1,8}$/),
      fc.constantFrom('yes', 'no', 'on', 'off', 'true', 'True', 'FALSE', '~', 'null', 'Null', '.inf', '-.Inf', '.NaN', '2025-01-01', '017', '0o17', '1e3', '1.', '.5', '1e400', '-9e999', '1.5E308'),
      fc.double().map(String),
    );
    fc.assert(
      fc.property(scalar, (v) => {
        const text = `v: ${v}\nw: [${v}]\n${/^[\w.~-]+$/.test(v) ? `${v}: k\n` : ''}`;
        const full = parseYaml(text);
        if (full.problems.some((p) => p.severity === 'error')) return;
        const fast = parseYamlFast(text);
        if (fast) expect(fast.data).toEqual(full.data);
      }),
      { numRuns: 1000, seed: 2040 },
    );
  });
});

describe('edits, exports and documents cannot be turned against their readers', () => {
  test('unlink removes the named goal even when the list holds other values', async () => {
    const dir = composeFixture('base');
    const path = join(dir, 'data/2025/aktivitet-a.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('mål: [delmal-ladd]', 'mål: [2025, delmal-ladd, klimat]'));
    const r = await run(['-C', dir, 'unlink', 'aktivitet-a', 'klimat']);
    expect(readFileSync(path, 'utf8')).toContain('mål: [2025, delmal-ladd]');
    expect(r.stdout + r.stderr).not.toMatch(/internt fel/);
    // The last real goal stays, whatever else the list holds.
    const last = await run(['-C', dir, 'unlink', 'aktivitet-a', 'delmal-ladd']);
    expect(last.code).toBe(1);
    expect(readFileSync(path, 'utf8')).toContain('mål: [2025, delmal-ladd]');
  });

  test('a network name with line breaks cannot add lines to CODEOWNERS', async () => {
    const dir = composeFixture('base');
    const path = join(dir, 'data/natverk/rufs.md');
    writeFileSync(
      path,
      readFileSync(path, 'utf8')
        .replace('namn: Nätverk rufs', 'namn: "RUFS\\n* @angripare\\n#"')
        .replace('    roll: strateg\n', '    roll: strateg\n    användarnamn: "ok-user\\n* @angripare2"\n'),
    );
    const r = await run(['-C', dir, 'codeowners', '-o', '-']);
    expect(r.stdout).not.toMatch(/^\*/m);
    expect(r.stdout).not.toMatch(/^[^#\n].*@angripare/m);
  });

  test("a project's stil.css cannot end the style element, import or fetch anything", async () => {
    const dir = copyRealData();
    mkdirSync(join(dir, 'templates'));
    const css = readFileSync(join(REPO, 'templates/stil.css'), 'utf8');
    for (const bad of [
      '</style><script>alert(1)</script><style>',
      '@import "https://example.org/x.css";',
      'body { background: url(https://example.org/x.png) }',
      'body { background: u\\72l(https://example.org/x.png) }',
      'body { background: image-set("https://example.org/x.png" 1x) }',
    ]) {
      writeFileSync(join(dir, 'templates/stil.css'), css + bad + '\n');
      const r = await run(['-C', dir, 'plan', '2025', '--format', 'html', '--today', TODAY]);
      expect(r.code, bad).toBe(2);
      expect(r.stdout, bad).toBe('');
      expect(r.stderr).toMatch(/templates\/stil\.css:\d+:\d+: stilmallen får inte innehålla/);
    }
    writeFileSync(join(dir, 'templates/stil.css'), css + 'h1 { background: url( "data:image/png;base64,AAAA") }\n');
    const ok = await run(['-C', dir, 'plan', '2025', '--format', 'html', '--today', TODAY]);
    expect(ok.code).toBe(0);
    // And whatever a sheet says, the page itself forbids loading anything.
    expect(ok.stdout).toContain('<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;; style-src &#x27;unsafe-inline&#x27;; img-src data:; font-src data:">');
  });

  test('a template cannot fetch a picture, and a block followed by text on its line is an error', async () => {
    const dir = copyRealData();
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates', 'verksamhetsplan.md'), '# Plan {{år}}\n\n![Logga](https://example.org/logga.png)\n\n## Budget\n\n<!-- sup:budget -->\n');
    const html = await run(['-C', dir, 'plan', '2025', '--format', 'html', '--today', TODAY]);
    expect(html.code).toBe(0);
    expect(html.stdout).not.toMatch(/<img|example\.org/);
    writeFileSync(join(dir, 'templates', 'verksamhetsplan.md'), '# Plan {{år}}\n\n<!-- sup:budget --> och mer text\n');
    const r = await run(['-C', dir, 'plan', '2025', '--today', TODAY]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/verksamhetsplan\.md:3:1: ett block/);
    for (const misspelt of ['<!-- sup:Budget -->', '<!--sup: budget-x -->', '<!-- sup:aktiviteter-per-mål -->']) {
      writeFileSync(join(dir, 'templates', 'verksamhetsplan.md'), `# Plan {{år}}\n\n${misspelt}\n`);
      const m = await run(['-C', dir, 'plan', '2025', '--today', TODAY]);
      expect(m.code, misspelt).toBe(2);
      expect(m.stderr, misspelt).toMatch(/verksamhetsplan\.md:3:1: okänt block sup:/);
    }
  });

  test('a draft renders a date that is not a date as it stands', async () => {
    const dir = copyRealData();
    const path = join(dir, 'data/exempel/2025/verksamhetsplan.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('beslutad: "2024-12-06"', 'beslutad: "snart"'));
    const r = await run(['-C', dir, 'plan', '2025', '--draft', '--today', TODAY]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/internt fel/);
    writeFileSync(path, readFileSync(path, 'utf8').replace('beslutad: "snart"', 'beslutad: "2024-02-30"'));
    const r2 = await run(['-C', dir, 'plan', '2025', '--draft', '--today', TODAY]);
    expect(r2.code).toBe(0);
    expect(r2.stdout).not.toContain('1 mars 2024');
  });

  test('a javascript: link definition does not reach the Markdown or the HTML', async () => {
    const dir = copyRealData();
    const path = join(dir, 'data/exempel/2025/arsredovisning.md');
    writeFileSync(path, readFileSync(path, 'utf8') + '\nSe [länken][r] och [den här][ok].\n\n[r]: javascript:alert(5)\n[ok]: https://example.org\n');
    const md = (await run(['-C', dir, 'report', '2025', '--today', TODAY])).stdout;
    expect(md).not.toMatch(/javascript/i);
    expect(md).toContain('Se länken och [den här][ok].');
    const html = (await run(['-C', dir, 'report', '2025', '--format', 'html', '--today', TODAY])).stdout;
    expect(html).not.toMatch(/javascript/i);
  });

  test('CSV cells that look like formulas are exported as text', async () => {
    const dir = composeFixture('base');
    const path = join(dir, 'data/2025/aktivitet-a.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('titel: Kartlägga laddplatser', 'titel: "=HYPERLINK(\\"https://example.org\\")"'));
    const r = await run(['-C', dir, 'export', '--format', 'csv', '--kind', 'aktivitet']);
    expect(r.stdout).toContain(`"'=HYPERLINK(""https://example.org"")"`);
    expect(r.stdout).not.toMatch(/(^|,)[=+@]/m);
  });

  test('data patterns may not leave the project; patterns that find nothing are a warning', async () => {
    const dir = composeFixture('base');
    writeFileSync(join(dir, 'sup.yaml'), 'version: 1\ndata:\n  - ../ut/**/*.md\n');
    const r = await run(['-C', dir, 'check', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).diagnostics[0]).toMatchObject({ file: 'sup.yaml', ruleId: 'schema/pattern', start: { line: 3, column: 5 } });
    writeFileSync(join(dir, 'sup.yaml'), 'version: 1\ndata:\n  - dat/**/*.md\n');
    const r2 = await run(['-C', dir, 'check', '--format', 'json']);
    expect(r2.code).toBe(0);
    expect(JSON.parse(r2.stdout).diagnostics).toEqual([
      {
        ruleId: 'config/no-files',
        severity: 'warning',
        message: 'Inga datafiler matchar dat/**/*.md.',
        file: 'sup.yaml',
        start: { line: 3, column: 3 },
        end: { line: 4, column: 1 },
      },
    ]);
  });
});
