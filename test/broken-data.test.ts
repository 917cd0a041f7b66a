import { readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { copyRealData, runBin } from './helpers.js';

interface JsonOut {
  diagnostics: { ruleId: string; severity: string; message: string; file: string; start: { line: number; column: number } }[];
  summary: { errors: number; warnings: number; files: number };
}

/** Runs the built binary on a broken copy of data/ and returns the parsed JSON report. */
function checkJson(dir: string): { code: number; out: JsonOut; stderr: string } {
  const r = runBin(['-C', dir, 'check', '--format', 'json']);
  return { code: r.code, out: JSON.parse(r.stdout) as JsonOut, stderr: r.stderr };
}

function edit(dir: string, path: string, change: (text: string) => string): void {
  const full = join(dir, path);
  const before = readFileSync(full, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(full, after);
}

const errorsAt = (out: JsonOut) => out.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.start.line}:${d.start.column} ${d.ruleId}`);

describe('sup check on broken copies of the embedded data', () => {
  test('the embedded data itself passes', () => {
    const { code, out, stderr } = checkJson(copyRealData());
    expect(stderr).toBe('');
    expect(out.summary.errors).toBe(0);
    expect(code).toBe(0);
  });

  test('a reference to a goal that does not exist', () => {
    const dir = copyRealData();
    edit(dir, 'data/exempel/2025/delmal/delmal-2025-cykelpendling.md', (t) => t.replace('förälder: klimatomstallning', 'förälder: klimatomställning'));
    const { code, out } = checkJson(dir);
    expect(code).toBe(1);
    const d = out.diagnostics.find((x) => x.ruleId === 'ref/unknown')!;
    expect(d.file).toBe('data/exempel/2025/delmal/delmal-2025-cykelpendling.md');
    const line = readFileSync(join(dir, d.file), 'utf8').split('\n')[d.start.line - 1]!;
    expect(line.slice(d.start.column - 1)).toBe('klimatomställning');
    expect(d.message).toContain('Menade du "klimatomstallning"?');
  });

  test('a långsiktigt mål whose owning network is removed', () => {
    const dir = copyRealData();
    rmSync(join(dir, 'data/natverk/klimatstrateger.md'));
    const { code, out } = checkJson(dir);
    expect(code).toBe(1);
    expect(errorsAt(out)).toContain('data/mal/klimatomstallning.md:9:8 ref/unknown');
    expect(readFileSync(join(dir, 'data/mal/klimatomstallning.md'), 'utf8').split('\n')[8]).toBe('ägare: klimatstrateger');
  });

  test('two entities with one id', () => {
    const dir = copyRealData();
    edit(dir, 'data/natverk/trafikstrateger.md', (t) => t.replace('id: trafikstrateger', 'id: klimatstrateger'));
    const { code, out } = checkJson(dir);
    expect(code).toBe(1);
    const dup = out.diagnostics.filter((d) => d.ruleId === 'id/duplicate');
    expect(dup.map((d) => `${d.file}:${d.start.line}`)).toEqual(['data/natverk/trafikstrateger.md:3']);
  });

  test('a number where text belongs', () => {
    const dir = copyRealData();
    edit(dir, 'data/kommuner.yaml', (t) => t.replace('namn: Salem', 'namn: 128'));
    const { code, out } = checkJson(dir);
    expect(code).toBe(1);
    const d = out.diagnostics.find((x) => x.ruleId === 'schema/type')!;
    const lines = readFileSync(join(dir, 'data/kommuner.yaml'), 'utf8').split('\n');
    expect(d.file).toBe('data/kommuner.yaml');
    expect(lines[d.start.line - 1]!.slice(d.start.column - 1)).toBe('128');
  });

  test('an unknown field', () => {
    const dir = copyRealData();
    edit(dir, 'data/mal/tillganglighet.md', (t) => t.replace('nivå: långsiktigt', 'nivå: långsiktigt\nprioritet: hög'));
    const { code, out } = checkJson(dir);
    expect(code).toBe(1);
    const d = out.diagnostics.find((x) => x.ruleId === 'schema/additional')!;
    const lines = readFileSync(join(dir, d.file), 'utf8').split('\n');
    expect(d.file).toBe('data/mal/tillganglighet.md');
    expect(lines[d.start.line - 1]).toBe('prioritet: hög');
    expect(d.start.column).toBe(1);
  });

  test('a YAML syntax error', () => {
    const dir = copyRealData();
    edit(dir, 'data/organisation.yaml', (t) => t.replace('namn: Södertörnssamverkan', 'namn: "Södertörnssamverkan'));
    const { code, out } = checkJson(dir);
    expect(code).toBe(1);
    expect(out.diagnostics.some((d) => d.file === 'data/organisation.yaml' && d.ruleId === 'yaml/syntax')).toBe(true);
  });

  test('frontmatter that is never closed', () => {
    const dir = copyRealData();
    edit(dir, 'data/mal/vision.md', (t) => t.replace(/\n---\n/, '\n\n'));
    const { code, out } = checkJson(dir);
    expect(code).toBe(1);
    expect(errorsAt(out)).toContain('data/mal/vision.md:1:1 frontmatter/unclosed');
  });

  test('an empty file', () => {
    const dir = copyRealData();
    writeFileSync(join(dir, 'data/natverk/tom.md'), '');
    const { code, out } = checkJson(dir);
    expect(code).toBe(1);
    expect(errorsAt(out)).toEqual(['data/natverk/tom.md:1:1 file/empty']);
  });

  test('a file of random bytes', () => {
    const dir = copyRealData();
    // A fixed pseudo-random sequence with invalid UTF-8 in it, so the test is the same every run.
    let x = 12345;
    const bytes = Buffer.alloc(2048, 0).map(() => ((x = (x * 1103515245 + 12345) & 0x7fffffff), x >> 16) & 0xff);
    writeFileSync(join(dir, 'data/slump.yaml'), bytes);
    const { code, out, stderr } = checkJson(dir);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(out.diagnostics.filter((d) => d.file === 'data/slump.yaml').map((d) => d.ruleId)).toEqual(['file/encoding']);
  });

  test('a copy with CRLF line endings and a BOM passes', () => {
    const dir = copyRealData();
    const walk = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
    for (const file of [join(dir, 'sup.yaml'), ...walk(join(dir, 'data'))]) {
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, '\uFEFF' + text.replace(/\r?\n/g, '\r\n'));
    }
    const { code, out } = checkJson(dir);
    expect(out.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
  });

  test('positions stay exact in a CRLF file with a BOM', () => {
    const dir = copyRealData();
    const path = 'data/mal/klimatomstallning.md';
    const text = readFileSync(join(dir, path), 'utf8').replace('ägare: klimatstrateger', 'ägare: klimatstrateg');
    writeFileSync(join(dir, path), '\uFEFF' + text.replace(/\n/g, '\r\n'));
    const { out } = checkJson(dir);
    expect(errorsAt(out)).toEqual(['data/mal/klimatomstallning.md:9:8 ref/unknown']);
  });
});
