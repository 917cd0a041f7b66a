import type { DataPath } from '../load/source-file.js';
import type { FileKind } from '../model/kinds.js';
import { SCHEMA_FILES } from '../model/kinds.js';
import { readSchemas, resolveRef } from './schemas.js';

type Schema = Record<string, unknown>;

/**
 * The schema nodes that describe the value at `path` in a file of `kind`, following `properties`,
 * `items`, `$ref` and `allOf` (several when `allOf`/`oneOf`/`anyOf` combine them). Bounded: the
 * schemas are the package's own, but a path from the data may be long.
 */
export function schemaAt(kind: FileKind, path: DataPath): Schema[] {
  const { schemas } = readSchemas();
  const byId = new Map(Object.values(schemas).map((s) => [String(s.$id), s]));
  const root = schemas[SCHEMA_FILES[kind]];
  if (!root || path.length > 64) return [];
  // Each node is kept with the schema document it lies in, the base of its local `$ref`s.
  let nodes: { node: Schema; doc: Schema }[] = expand({ node: root, doc: root }, byId, 0);
  for (const segment of path) {
    const next: { node: Schema; doc: Schema }[] = [];
    for (const { node, doc } of nodes) {
      const props = node.properties as Record<string, Schema> | undefined;
      if (typeof segment === 'string' && props && Object.prototype.hasOwnProperty.call(props, segment)) next.push(...expand({ node: props[segment]!, doc }, byId, 0));
      if (typeof segment === 'number' && node.items && typeof node.items === 'object') next.push(...expand({ node: node.items as Schema, doc }, byId, 0));
    }
    nodes = next;
    if (nodes.length === 0) return [];
  }
  return nodes.map((n) => n.node);
}

/** A node with its `$ref` target and the parts of `allOf`, `oneOf` and `anyOf`. */
function expand(at: { node: Schema; doc: Schema }, byId: Map<string, Schema>, depth: number): { node: Schema; doc: Schema }[] {
  if (depth > 16) return [];
  const out = [at];
  const ref = at.node.$ref;
  if (typeof ref === 'string') {
    const [file] = ref.split('#');
    const doc = file ? byId.get(new URL(file, String(at.doc.$id ?? '')).href) : at.doc;
    const target = resolveRef(ref, at.doc, byId);
    if (target && doc) out.push(...expand({ node: target, doc }, byId, depth + 1));
  }
  for (const key of ['allOf', 'oneOf', 'anyOf']) {
    const list = at.node[key];
    if (Array.isArray(list)) for (const sub of list) if (sub && typeof sub === 'object') out.push(...expand({ node: sub as Schema, doc: at.doc }, byId, depth + 1));
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
