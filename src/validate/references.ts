import type { EntityKind } from '../model/kinds.js';
import type { Reference } from '../model/reference.js';
import { refTargets } from './resolve-ref.js';
import type { Located, Schema, SchemaSet } from './resolve-ref.js';

export type { Reference } from '../model/reference.js';

/** Where a schema declares references: a path with '*' for "every item of the list". */
export interface RefPattern {
  path: readonly (string | '*')[];
  kinds: readonly EntityKind[];
}

/**
 * Finds every `x-sup-ref` in a schema, following `properties`, `items`, local and cross-file
 * `$ref`s (through resolve-ref.ts, each from the document it is written in) and `allOf`. The
 * schemas are trees of modest size, so this runs once per kind; the depth bound stops a schema
 * that refers to itself through its properties.
 */
export function refPatterns(schema: Schema, set: SchemaSet): RefPattern[] {
  const out: RefPattern[] = [];
  const walk = (at: Located, path: (string | '*')[], depth: number) => {
    if (depth > 20) return;
    // The node and every target of its `$ref` chain describe the same value. Their annotations
    // first, then their fields from the last target back (the order the patterns always had).
    const chain = [at, ...refTargets(at, set)];
    for (const { node } of chain) if (Array.isArray(node['x-sup-ref'])) out.push({ path, kinds: node['x-sup-ref'] as EntityKind[] });
    for (const { node, doc } of chain.reverse()) {
      const props = node.properties as Record<string, Schema> | undefined;
      if (props) for (const [key, sub] of Object.entries(props)) walk({ node: sub, doc }, [...path, key], depth + 1);
      if (node.items && typeof node.items === 'object') walk({ node: node.items as Schema, doc }, [...path, '*'], depth + 1);
      for (const sub of (node.allOf as Schema[] | undefined) ?? []) walk({ node: sub, doc }, path, depth + 1);
    }
  };
  walk({ node: schema, doc: schema }, [], 0);
  return out;
}

/** The references in one file's data, found by walking the kind's patterns. */
export function collectReferences(data: unknown, patterns: readonly RefPattern[]): Reference[] {
  const out: Reference[] = [];
  for (const pattern of patterns) {
    const p = pattern.path;
    // Most references are a top-level field or a list in one: walk those without recursion.
    if (p.length === 1) {
      const v = field(data, p[0]!);
      if (v !== undefined) out.push({ path: [p[0]!], value: v, kinds: pattern.kinds });
    } else if (p.length === 2 && p[1] === '*') {
      const list = field(data, p[0]!);
      if (Array.isArray(list)) for (let j = 0; j < list.length; j++) out.push({ path: [p[0]!, j], value: list[j], kinds: pattern.kinds });
    } else {
      walk(data, pattern, 0, [], out);
    }
  }
  return out;
}

function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

function walk(value: unknown, pattern: RefPattern, i: number, path: (string | number)[], out: Reference[]): void {
  if (i === pattern.path.length) {
    if (value !== undefined) out.push({ path, value, kinds: pattern.kinds });
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const step = pattern.path[i]!;
  if (step === '*') {
    if (!Array.isArray(value)) return;
    for (let j = 0; j < value.length; j++) walk(value[j], pattern, i + 1, path.concat(j), out);
  } else if (!Array.isArray(value) && Object.prototype.hasOwnProperty.call(value, step)) {
    walk((value as Record<string, unknown>)[step], pattern, i + 1, path.concat(step), out);
  }
}
