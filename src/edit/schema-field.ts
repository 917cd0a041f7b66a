import { isSafeNumber } from '../load/parse-yaml.js';
import type { EntityKind, FileKind } from '../model/kinds.js';
import { getValidators, packageSchemaSet } from '../validate/schemas.js';
import { followRefs } from '../validate/resolve-ref.js';
import type { Located, SchemaSet } from '../validate/resolve-ref.js';
import type { EditPath } from './yaml-edit.js';

type SchemaNode = Record<string, unknown>;

/** What the schema says about one field: enough to parse a value typed on the command line and to explain it. */
export interface FieldInfo {
  /** number and integer take numbers, boolean true/false, array and object cannot be set as one value. */
  type: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'unknown';
  enum?: readonly string[];
  /** The kinds of entity a reference field points at (`x-sup-ref`). */
  refKinds?: readonly EntityKind[];
  /** For a list: what its items are. */
  items?: FieldInfo;
  /** For a date field (format date). */
  date?: boolean;
  description?: string;
}

/** The schema node for `path` in a file of kind `kind` (list indices step into `items`), or undefined for an unknown field. */
export function schemaAt(kind: FileKind, path: EditPath): SchemaNode | undefined {
  return fieldSchemaIn(getValidators().schemaOf(kind), packageSchemaSet(), path)?.node;
}

/**
 * schemaAt in any set of schemas: the node for `path` below the schema document `root`, its
 * `$ref`s followed (validate/resolve-ref.ts) with the referring node's own keywords kept.
 */
export function fieldSchemaIn(root: SchemaNode, set: SchemaSet, path: EditPath): Located | undefined {
  let at: Located = { node: root, doc: root };
  for (const segment of path) {
    const { node, doc } = followRefs(at, set);
    let next: unknown;
    if (typeof segment === 'number') {
      next = node.items;
    } else {
      const properties = node.properties as Record<string, SchemaNode> | undefined;
      if (properties && Object.prototype.hasOwnProperty.call(properties, segment)) next = properties[segment];
      else if (node.additionalProperties && typeof node.additionalProperties === 'object') next = node.additionalProperties;
    }
    if (!next || typeof next !== 'object') return undefined;
    at = { node: next as SchemaNode, doc };
  }
  return followRefs(at, set);
}

/** The field names a mapping at `path` may have, for "menade du …?". */
export function fieldNames(kind: FileKind, path: EditPath): string[] {
  const node = schemaAt(kind, path);
  return Object.keys((node?.properties as object | undefined) ?? {});
}

/** What the schema says about the field at `path`, or undefined when the schema has no such field. */
export function fieldInfo(kind: FileKind, path: EditPath): FieldInfo | undefined {
  return fieldInfoIn(getValidators().schemaOf(kind), packageSchemaSet(), path);
}

/** fieldInfo in any set of schemas, below the schema document `root`. */
export function fieldInfoIn(root: SchemaNode, set: SchemaSet, path: EditPath): FieldInfo | undefined {
  const at = fieldSchemaIn(root, set, path);
  return at ? describe(at, set) : undefined;
}

function describe(at: Located, set: SchemaSet): FieldInfo {
  const { node, doc } = at;
  // A field that may also be "" (not filled in yet) is set as its real type.
  const branches = Array.isArray(node.anyOf) ? (node.anyOf as SchemaNode[]).map((b) => followRefs({ node: b, doc }, set)) : [];
  const real = branches.filter((b) => b.node.const !== '');
  if (branches.length === 2 && real.length === 1) {
    const inner = describe(real[0]!, set);
    return typeof node.description === 'string' ? { ...inner, description: node.description } : inner;
  }
  const info: FieldInfo = { type: 'unknown' };
  if (typeof node.description === 'string') info.description = node.description;
  if (Array.isArray(node['x-sup-ref'])) info.refKinds = node['x-sup-ref'] as EntityKind[];
  if (Array.isArray(node.enum)) {
    info.type = 'string';
    // "" marks a value not filled in yet; it is not one of the words to choose.
    info.enum = (node.enum as unknown[]).map(String).filter((e) => e !== '');
    return info;
  }
  const type = Array.isArray(node.type) ? (node.type as string[])[0] : (node.type as string | undefined);
  if (type === 'string' || type === 'number' || type === 'integer' || type === 'boolean' || type === 'array' || type === 'object') info.type = type;
  else if (node.anyOf || node.oneOf) info.type = 'unknown';
  if (node.format === 'date') info.date = true;
  if (info.type === 'array' && node.items && typeof node.items === 'object') info.items = describe(followRefs({ node: node.items as SchemaNode, doc }, set), set);
  return info;
}

export type ParsedValue = { ok: true; value: string | number | boolean } | { ok: false; expected: 'number' | 'integer' | 'boolean' | 'range' };

/** Reads a value typed on the command line as the schema expects it: a number for a number field, true/false for a boolean, text otherwise. */
export function parseFieldValue(raw: string, info: FieldInfo | undefined): ParsedValue {
  const type = info?.type;
  if (type === 'number' || type === 'integer') {
    const text = raw.trim().replace(/[\s\u00a0]/g, '').replace(/,(?=\d+$)/, '.');
    const value = text === '' ? Number.NaN : Number(text);
    if (!Number.isFinite(value) || (type === 'integer' && !Number.isInteger(value))) return { ok: false, expected: type };
    return safeNumber(value);
  }
  if (type === 'boolean') {
    const folded = raw.trim().toLowerCase();
    if (['true', 'ja', 'sant'].includes(folded)) return { ok: true, value: true };
    if (['false', 'nej', 'falskt'].includes(folded)) return { ok: true, value: false };
    return { ok: false, expected: 'boolean' };
  }
  // A field that takes a number or a word (an indicator's värde: a number or saknas) gets a number when it looks like one.
  if (type === 'unknown' && /^-?\d+([.,]\d+)?$/.test(raw.trim())) return safeNumber(Number(raw.trim().replace(',', '.')));
  return { ok: true, value: raw };
}

/**
 * A number as sup check accepts it (rule value/number): too large a number is refused, and minus
 * zero becomes 0, since YAML writes it as -0 and reads it back as another value than the one set.
 */
function safeNumber(value: number): ParsedValue {
  if (!isSafeNumber(value)) return { ok: false, expected: 'range' };
  return { ok: true, value: value === 0 ? 0 : value };
}

/** Splits a dotted field name such as `period.till` or `medlemmar.0.roll` into a path. */
export function parseFieldPath(name: string): EditPath {
  return name
    .split('.')
    .map((part) => part.trim())
    .map((part) => (/^(0|[1-9][0-9]*)$/.test(part) ? Number(part) : part));
}

/**
 * For a field the schema does not have: the names known where it goes wrong, and the whole dotted
 * name with the first wrong part replaced by its closest match ("budgt.post" → "budget.post").
 */
export function unknownField(kind: FileKind, base: EditPath, path: EditPath, closest: (value: string, candidates: readonly string[]) => string | undefined): { known: string[]; suggestion?: string } {
  for (let i = 0; i < path.length; i++) {
    if (fieldInfo(kind, [...base, ...path.slice(0, i + 1)])) continue;
    const known = fieldNames(kind, [...base, ...path.slice(0, i)]);
    const near = closest(String(path[i]), known);
    const suggestion = near === undefined ? undefined : [...path.slice(0, i), near, ...path.slice(i + 1)].join('.');
    return { known, suggestion };
  }
  return { known: [] };
}
