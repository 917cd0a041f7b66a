import type { DataPath } from '../load/source-file.js';
import type { FileKind } from '../model/kinds.js';
import { SCHEMA_FILES } from '../model/kinds.js';
import { packageSchemaSet, readSchemas } from './schemas.js';
import { refTargets } from './resolve-ref.js';
import type { Located, Schema, SchemaSet } from './resolve-ref.js';

/**
 * The schema nodes that describe the value at `path` in a file of `kind`, following `properties`,
 * `items`, `$ref` and `allOf` (several when `allOf`/`oneOf`/`anyOf` combine them). Bounded: the
 * schemas are the package's own, but a path from the data may be long.
 */
export function schemaAt(kind: FileKind, path: DataPath): Schema[] {
  const root = readSchemas().schemas[SCHEMA_FILES[kind]];
  return root ? schemaNodesIn(root, packageSchemaSet(), path) : [];
}

/** schemaAt in any set of schemas: the nodes for `path` below the schema document `root`. */
export function schemaNodesIn(root: Schema, set: SchemaSet, path: DataPath): Schema[] {
  if (path.length > 64) return [];
  // Each node is kept with the schema document it lies in, the base of its `$ref`s.
  let nodes: Located[] = expand({ node: root, doc: root }, set, 0);
  for (const segment of path) {
    const next: Located[] = [];
    for (const { node, doc } of nodes) {
      const props = node.properties as Record<string, Schema> | undefined;
      if (typeof segment === 'string' && props && Object.prototype.hasOwnProperty.call(props, segment)) next.push(...expand({ node: props[segment]!, doc }, set, 0));
      if (typeof segment === 'number' && node.items && typeof node.items === 'object') next.push(...expand({ node: node.items as Schema, doc }, set, 0));
    }
    nodes = next;
    if (nodes.length === 0) return [];
  }
  return nodes.map((n) => n.node);
}

/** A node with the targets of its `$ref` chain and the parts of `allOf`, `oneOf` and `anyOf`. */
function expand(at: Located, set: SchemaSet, depth: number): Located[] {
  if (depth > 16) return [];
  const out: Located[] = [];
  for (const n of [at, ...refTargets(at, set)]) {
    out.push(n);
    for (const key of ['allOf', 'oneOf', 'anyOf']) {
      const list = n.node[key];
      if (Array.isArray(list)) for (const sub of list) if (sub && typeof sub === 'object') out.push(...expand({ node: sub as Schema, doc: n.doc }, set, depth + 1));
    }
  }
  return out;
}

/** The allowed values of the value at `path` (its `enum`s and `const`s), in schema order. */
export function enumValuesAt(kind: FileKind, path: DataPath): { value: string; description?: string }[] {
  const out: { value: string; description?: string }[] = [];
  const seen = new Set<string>();
  for (const node of schemaAt(kind, path)) {
    const values = Array.isArray(node.enum) ? node.enum : node.const !== undefined ? [node.const] : [];
    for (const v of values) {
      if (typeof v !== 'string' || seen.has(v)) continue;
      seen.add(v);
      out.push({ value: v, ...(typeof node.description === 'string' ? { description: node.description } : {}) });
    }
  }
  return out;
}
