import { describe, expect, test } from 'vitest';
import { fieldInfo, fieldInfoIn } from '../src/edit/schema-field.js';
import { refPatterns } from '../src/validate/references.js';
import { followRefs, MAX_REF_CHAIN, resolveRef, schemaSet } from '../src/validate/resolve-ref.js';
import type { Schema } from '../src/validate/resolve-ref.js';
import { enumValuesAt, schemaNodesIn } from '../src/validate/schema-at.js';
import { packageSchemaSet, readSchemas, referencePatterns } from '../src/validate/schemas.js';

// Two schema documents: refs by absolute $id, relative file refs (plain, ./ and ../), a ref that
// continues inside the other document, a cycle a → b → a there, and a document that is not in the set.
const SHARED: Schema = {
  $id: 'https://t.example/s/v1/delad.schema.json',
  $defs: {
    ort: { type: 'string', enum: ['a', 'b'], 'x-sup-ref': ['kommun'], description: 'Delad' },
    vidare: { $ref: '#/$defs/ort' },
    a: { $ref: '#/$defs/b' },
    b: { $ref: '#/$defs/a' },
  },
};
const ROOT: Schema = {
  $id: 'https://t.example/s/v1/rot.schema.json',
  type: 'object',
  // The root's own `ort`: a ref inside delad.schema.json resolved against the root would land here.
  $defs: { ort: { type: 'string', enum: ['fel'] }, a: { type: 'string', enum: ['fel'] } },
  properties: {
    byId: { $ref: 'https://t.example/s/v1/delad.schema.json#/$defs/ort', description: 'Egen' },
    relative: { $ref: 'delad.schema.json#/$defs/vidare' },
    dotted: { $ref: './delad.schema.json#/$defs/ort' },
    parent: { $ref: '../v1/delad.schema.json#/$defs/ort' },
    list: { type: 'array', items: { $ref: 'delad.schema.json#/$defs/ort' } },
    cycle: { $ref: 'delad.schema.json#/$defs/a', description: 'Ring' },
    unknown: { $ref: 'finns-inte.schema.json#/$defs/ort', description: 'Borta' },
  },
};
const set = schemaSet([SHARED, ROOT]);
const RESOLVED = ['byId', 'relative', 'dotted', 'parent'] as const;

describe('one $ref resolver', () => {
  test('resolveRef: by $id, relative to the referring document, and nothing for an unknown document or pointer', () => {
    const ort = (SHARED.$defs as Record<string, Schema>).ort;
    for (const ref of ['https://t.example/s/v1/delad.schema.json#/$defs/ort', 'delad.schema.json#/$defs/ort', './delad.schema.json#/$defs/ort', '../v1/delad.schema.json#/$defs/ort'])
      expect(resolveRef(ref, ROOT, set)).toEqual({ node: ort, doc: SHARED });
    // A local ref is read from the document it is written in.
    expect(resolveRef('#/$defs/ort', SHARED, set)?.node).toBe(ort);
    expect(resolveRef('#/$defs/ort', ROOT, set)?.node).toEqual({ type: 'string', enum: ['fel'] });
    expect(resolveRef('finns-inte.schema.json#/$defs/ort', ROOT, set)).toBeUndefined();
    expect(resolveRef('#/$defs/saknas', ROOT, set)).toBeUndefined();
    expect(resolveRef('#$defs/ort', ROOT, set)).toBeUndefined();
    expect(resolveRef('#/$defs/ort/enum', ROOT, set)).toBeUndefined();
    expect(resolveRef('#/__proto__', ROOT, set)).toBeUndefined();
    // A document without $id has no base for a file ref (new URL would throw).
    expect(resolveRef('delad.schema.json#/$defs/ort', { $defs: {} }, set)).toBeUndefined();
  });

  test('followRefs: a cycle ends the chain with the keywords gathered, in a bounded number of steps', () => {
    const cycle = followRefs({ node: (ROOT.properties as Record<string, Schema>).cycle!, doc: ROOT }, set);
    expect(cycle.node).toEqual({ description: 'Ring' });
    const self: Schema = { $id: 'https://t.example/s/v1/själv.schema.json', $ref: '#' };
    expect(followRefs({ node: self, doc: self }, schemaSet([self])).node).toEqual({ $id: 'https://t.example/s/v1/själv.schema.json' });
    // A chain longer than the bound (no cycle) stops too.
    const defs: Record<string, Schema> = {};
    for (let i = 0; i < MAX_REF_CHAIN + 5; i++) defs[`d${i}`] = { $ref: `#/$defs/d${i + 1}` };
    defs[`d${MAX_REF_CHAIN + 5}`] = { type: 'string' };
    const long: Schema = { $id: 'https://t.example/s/v1/lång.schema.json', $defs: defs };
    expect(followRefs({ node: defs.d0!, doc: long }, schemaSet([long])).node).toEqual({});
    expect(followRefs({ node: defs[`d${MAX_REF_CHAIN - 1}`]!, doc: long }, schemaSet([long])).node.type).toBe('string');
  });

  test('the editor (fieldInfoIn) sees the same through every kind of ref, and nothing behind a cycle', () => {
    for (const field of RESOLVED) expect(fieldInfoIn(ROOT, set, [field]), field).toEqual({ type: 'string', enum: ['a', 'b'], refKinds: ['kommun'], description: field === 'byId' ? 'Egen' : 'Delad' });
    expect(fieldInfoIn(ROOT, set, ['list'])?.items).toEqual({ type: 'string', enum: ['a', 'b'], refKinds: ['kommun'], description: 'Delad' });
    expect(fieldInfoIn(ROOT, set, ['list', 0])?.enum).toEqual(['a', 'b']);
    expect(fieldInfoIn(ROOT, set, ['cycle'])).toEqual({ type: 'unknown', description: 'Ring' });
    expect(fieldInfoIn(ROOT, set, ['unknown'])).toEqual({ type: 'unknown', description: 'Borta' });
    expect(fieldInfoIn(ROOT, set, ['cycle', 'inne'])).toBeUndefined();
  });

  test('the language server (schemaNodesIn) sees the same', () => {
    const enums = (path: (string | number)[]) => schemaNodesIn(ROOT, set, path).flatMap((n) => (Array.isArray(n.enum) ? n.enum : []));
    for (const field of RESOLVED) expect(enums([field]), field).toEqual(['a', 'b']);
    expect(enums(['list', 0])).toEqual(['a', 'b']);
    expect(enums(['cycle'])).toEqual([]);
    expect(schemaNodesIn(ROOT, set, ['cycle'])).toHaveLength(3);
    expect(enums(['unknown'])).toEqual([]);
  });

  test('the reference patterns (refPatterns) see the same', () => {
    expect(refPatterns(ROOT, set)).toEqual([
      ...RESOLVED.map((field) => ({ path: [field], kinds: ['kommun'] })),
      { path: ['list', '*'], kinds: ['kommun'] },
    ]);
  });

  test("sup's own schemas: editor, language server and reference patterns agree on a field from gemensam.schema.json", () => {
    const { schemas } = readSchemas();
    const aktivitet = schemas['aktivitet.schema.json']!;
    const set = packageSchemaSet();
    expect(refPatterns(aktivitet, set)).toEqual(referencePatterns().aktivitet);
    const status = fieldInfo('aktivitet', ['status']);
    expect(status?.enum?.length).toBeGreaterThan(0);
    expect(enumValuesAt('aktivitet', ['status']).map((e) => e.value).filter((v) => v !== '')).toEqual(status?.enum);
    expect(fieldInfo('aktivitet', ['id'])?.type).toBe('string');
    expect(referencePatterns().aktivitet.length).toBeGreaterThan(0);
  });
});
