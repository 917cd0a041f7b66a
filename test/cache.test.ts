import { existsSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkProject } from '../src/check/check-project.js';
import { copyRealData, locations, TODAY } from './helpers.js';

const CACHE = join('.sup-cache', 'check-v2.json');

describe('the check cache', () => {
  test('a cached run gives exactly what a fresh run gives, also after a file changed', () => {
    const dir = copyRealData();
    const fresh = checkProject({ root: dir, today: TODAY });
    const first = checkProject({ root: dir, today: TODAY, cache: true });
    expect(existsSync(join(dir, CACHE))).toBe(true);
    const cached = checkProject({ root: dir, today: TODAY, cache: true });
    expect(cached.diagnostics).toEqual(fresh.diagnostics);
    expect(first.diagnostics).toEqual(fresh.diagnostics);
    expect(cached.project.entities.map((e) => [e.kind, e.id, e.file.path])).toEqual(fresh.project.entities.map((e) => [e.kind, e.id, e.file.path]));

    // An edited file is read again (its size and modification time changed); the others come from the cache.
    const path = join(dir, 'data/mal/klimatomstallning.md');
    const before = readFileSync(path, 'utf8');
    writeFileSync(path, before.replace('ägare: klimatstrateger', 'ägare: klimatstrateg'));
    const after = checkProject({ root: dir, today: TODAY, cache: true });
    expect(locations(after.diagnostics).filter((l) => l.includes('ref/unknown'))).toEqual(['data/mal/klimatomstallning.md:9:8 ref/unknown']);
    // Code frames of a cached file are read from disk when a finding needs them.
    expect(after.project.files.find((f) => f.file.path === 'data/mal/klimatomstallning.md')!.file.text).toContain('ägare: klimatstrateg\n');
    writeFileSync(path, before);
    expect(checkProject({ root: dir, today: TODAY, cache: true }).diagnostics).toEqual(fresh.diagnostics);
  });

  test('a changed modification time alone re-reads the file; a corrupt or deleted cache is harmless', () => {
    const dir = copyRealData();
    const fresh = checkProject({ root: dir, today: TODAY });
    checkProject({ root: dir, today: TODAY, cache: true });
    utimesSync(join(dir, 'data/kommuner.yaml'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(checkProject({ root: dir, today: TODAY, cache: true }).diagnostics).toEqual(fresh.diagnostics);
    writeFileSync(join(dir, CACHE), '{"key": 1, "files": ');
    expect(checkProject({ root: dir, today: TODAY, cache: true }).diagnostics).toEqual(fresh.diagnostics);
    writeFileSync(join(dir, CACHE), JSON.stringify({ key: 'x', files: { 'data/kommuner.yaml': [1, 2, 3, 'kommuner', {}] } }));
    expect(checkProject({ root: dir, today: TODAY, cache: true }).diagnostics).toEqual(fresh.diagnostics);
    rmSync(join(dir, '.sup-cache'), { recursive: true });
    expect(checkProject({ root: dir, today: TODAY, cache: true }).diagnostics).toEqual(fresh.diagnostics);
  });

  test("a cached file's references are checked against the project as it is now", () => {
    const dir = copyRealData();
    checkProject({ root: dir, today: TODAY, cache: true });
    rmSync(join(dir, 'data/natverk/klimatstrateger.md'));
    const after = checkProject({ root: dir, today: TODAY, cache: true });
    // klimatomstallning.md comes from the cache; its ägare now names a network that is gone.
    expect(locations(after.diagnostics)).toContain('data/mal/klimatomstallning.md:9:8 ref/unknown');
  });

  test('files with findings are never cached, so their findings stay fresh', () => {
    const dir = copyRealData();
    writeFileSync(join(dir, 'data/trasig.yaml'), 'typ: kommuner\nkommuner: [\n');
    checkProject({ root: dir, today: TODAY, cache: true });
    const cache = JSON.parse(readFileSync(join(dir, CACHE), 'utf8')) as { files: Record<string, unknown> };
    expect(Object.keys(cache.files)).not.toContain('data/trasig.yaml');
    expect(Object.keys(cache.files)).toContain('data/kommuner.yaml');
  });
});
