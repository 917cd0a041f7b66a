/**
 * The one `$ref` resolver of sup's own code (ajv resolves for validation itself): the schema-field
 * lookups of the editor, the schema nodes of the language server and the reference patterns all
 * follow `$ref` through it, so a ref by `$id`, a relative file ref and a cycle mean the same to each.
 */

/** A JSON Schema node, as parsed. */
export type Schema = Record<string, unknown>;

/** A schema node with the schema document it lies in: the base its own `$ref`s resolve against. */
export interface Located {
  node: Schema;
  doc: Schema;
}

/** The schemas a `$ref` may name, by their absolute `$id`. */
export interface SchemaSet {
  byId: ReadonlyMap<string, Schema>;
}

/** How many `$ref`s one chain may follow: more than any real schema needs, few enough to stop at once. */
export const MAX_REF_CHAIN = 16;

/** The set of schema documents, keyed by `$id` (documents without one can only be referred to from inside). */
export function schemaSet(docs: Iterable<Schema>): SchemaSet {
  const byId = new Map<string, Schema>();
  for (const doc of docs) if (typeof doc.$id === 'string') byId.set(absolute(doc.$id) ?? doc.$id, doc);
  return { byId };
}

/**
 * The node one `$ref` names, read from the document `from` lies in: `#/$defs/x` in that document,
 * `gemensam.schema.json#/$defs/x` relative to its `$id`, or an absolute `$id`. Undefined when the
 * document is not in the set, the pointer leads nowhere or to something that is not a schema object.
 */
export function resolveRef(ref: string, from: Schema, set: SchemaSet): Located | undefined {
  const hash = ref.indexOf('#');
  const file = hash === -1 ? ref : ref.slice(0, hash);
  const pointer = hash === -1 ? '' : ref.slice(hash + 1);
  let doc: Schema | undefined = from;
  if (file !== '') {
    const base = typeof from.$id === 'string' ? from.$id : undefined;
    const url = absolute(file, base);
    doc = url === undefined ? undefined : set.byId.get(url);
  }
  if (!doc) return undefined;
  const parts = pointerParts(pointer);
  if (!parts) return undefined;
  let node: unknown = doc;
  for (const part of parts) {
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'object' && node !== null && !Array.isArray(node) ? { node: node as Schema, doc } : undefined;
}

/**
 * Follows a chain of `$ref`s from `at` to a node without one, each referring node's own keywords
 * (a description beside the `$ref`) kept over its target's. A ref that cannot be resolved, or one
 * met a second time in the chain (a cycle `a` → `b` → `a`), ends it: the node keeps the keywords
 * gathered so far, without `$ref`. Never more than MAX_REF_CHAIN steps.
 */
export function followRefs(at: Located, set: SchemaSet): Located {
  let current = at;
  const seen = new Set<Schema>();
  for (let i = 0; typeof current.node.$ref === 'string'; i++) {
    const { $ref: ref, ...own } = current.node;
    seen.add(current.node);
    const target = i < MAX_REF_CHAIN ? resolveRef(ref as string, current.doc, set) : undefined;
    if (!target || seen.has(target.node)) return { node: own, doc: current.doc };
    current = { node: { ...target.node, ...own }, doc: target.doc };
    // The merged node is new; the chain is recognised by the target nodes themselves.
    seen.add(target.node);
  }
  return current;
}

/**
 * The targets a node's `$ref` chain passes through, first to last, each with its document (for
 * callers that combine schema nodes instead of merging them). Empty without `$ref`; bounded and
 * cycle-safe as followRefs.
 */
export function refTargets(at: Located, set: SchemaSet): Located[] {
  const out: Located[] = [];
  const seen = new Set<Schema>([at.node]);
  let current = at;
  while (typeof current.node.$ref === 'string' && out.length < MAX_REF_CHAIN) {
    const target = resolveRef(current.node.$ref, current.doc, set);
    if (!target || seen.has(target.node)) break;
    seen.add(target.node);
    out.push(target);
    current = target;
  }
  return out;
}

/** A JSON Pointer from a URI fragment as its unescaped parts, or undefined when it is not one. */
function pointerParts(pointer: string): string[] | undefined {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  try {
    return pointer
      .slice(1)
      .split('/')
      .map((p) => decodeURIComponent(p).replace(/~1/g, '/').replace(/~0/g, '~'));
  } catch {
    return undefined;
  }
}

/** `ref` made absolute against `base`, without its fragment; undefined when it cannot be. */
function absolute(ref: string, base?: string): string | undefined {
  try {
    const url = new URL(ref, base);
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}
