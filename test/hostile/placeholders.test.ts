/**
 * Placeholders in a project's own templates/ny/ as a hostile pull request would write them: names
 * of Object's own properties (constructor, __proto__, toString) in both spellings, and a template
 * near the size limit made only of openings that never close. They stay text: nothing is looked up
 * on a prototype, the fill is linear, and sup new ends with a diagnostic or a file, no stack trace.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fillNewPlaceholders } from '../../src/edit/fill-new-placeholders.js';
import { composeFixture, run, writeTree } from '../helpers.js';

const STACK = /\n\s+at .+:\d+:\d+|TypeError|RangeError|internt fel/;

describe('placeholders of a hostile templates/ny/', () => {
  test('names of Object\'s properties are no placeholders, in either spelling', async () => {
    const dir = composeFixture('base');
    const names = '{{constructor}} {{__proto__}} {{ toString }} __CONSTRUCTOR__ __PROTO__ __HAS_OWN_PROPERTY__';
    writeTree(dir, { 'templates/ny/natverk.md': `---\ntyp: nätverk\nid:\nnamn:\nform: stående\nmedlemmar:\n---\n${names}\n` });
    const r = await run(['-C', dir, 'new', 'nätverk', '--namn', 'Nätverk för test', '--roll', 'strateg']);
    expect(r.stdout + r.stderr).not.toMatch(STACK);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'data/natverk/natverk-for-test.md'), 'utf8').endsWith(`---\n${names}\n`)).toBe(true);
  });

  test('a template of unclosed openings near the size limit is filled in linear time and left as it is', () => {
    const size = 1000 * 1000;
    for (const unit of ['{{a', '{{ ', '__A_', '__AB', '{{schema}']) {
      const text = unit.repeat(Math.floor(size / unit.length));
      expect(fillNewPlaceholders(text, { schema: 'x' }, true)).toBe(text);
    }
    const many = '{{schema}}__SCHEMA__'.repeat(50_000);
    expect(fillNewPlaceholders(many, { schema: 'x' }, true)).toBe('xx'.repeat(50_000));
    // A built-in template never gets the old spelling filled.
    expect(fillNewPlaceholders('__SCHEMA__', { schema: 'x' }, false)).toBe('__SCHEMA__');
  });

  test('a template over the size limit is refused before any placeholder is read', async () => {
    const dir = composeFixture('base');
    writeTree(dir, { 'templates/ny/natverk.md': `---\ntyp: nätverk\n---\n${'{{a'.repeat(400_000)}\n` });
    const r = await run(['-C', dir, 'new', 'nätverk', '--namn', 'Nätverk för test', '--roll', 'strateg']);
    expect(r.stdout + r.stderr).not.toMatch(STACK);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^sup new: .*templates\/ny\/natverk\.md/);
    expect(existsSync(join(dir, 'data/natverk/natverk-for-test.md'))).toBe(false);
  });
});
