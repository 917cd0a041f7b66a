import { isSafeNumber } from '../load/parse-yaml.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityKind, FileKind } from '../model/kinds.js';
import { getValidators, SCHEMA_DIR } from '../validate/schemas.js';
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

let common: SchemaNode | undefined;

function commonSchema(): SchemaNode {
  common ??= JSON.parse(readFileSync(join(SCHEMA_DIR, 'gemensam.schema.json'), 'utf8')) as SchemaNode;
  return common;
}

/** Follows `$ref` (to gemensam.schema.json or to the schema's own `$defs`), keeping the referring node's own keywords. */
function resolve(node: SchemaNode | undefined, root: SchemaNode): SchemaNode | undefined {
  let current = node;
  for (let i = 0; current && typeof current.$ref === 'string' && i < 10; i++) {
    const [file, pointer = ''] = (current.$ref as string).split('#');
    const base = file ? (file.endsWith('gemensam.schema.json') ? commonSchema() : undefined) : root;
    if (!base) return current;
    let target: unknown = base;
    for (const part of pointer.split('/').filter(Boolean)) target = (target as SchemaNode | undefined)?.[part];
    const { $ref: _ref, ...own } = current;
    current = { ...(target as SchemaNode), ...own };
  }
  return current;
}

/** The schema node for `path` in a file of kind `kind` (list indices step into `items`), or undefined for an unknown field. */
export function schemaAt(kind: FileKind, path: EditPath): SchemaNode | undefined {
  const root = getValidators().schemaOf(kind);
  let node: SchemaNode | undefined = root;
  for (const segment of path) {
    node = resolve(node, root);
    if (!node) return undefined;
    if (typeof segment === 'number') {
      node = node.items as SchemaNode | undefined;
    } else {
      const properties = node.properties as Record<string, SchemaNode> | undefined;
      if (properties && Object.prototype.hasOwnProperty.call(properties, segment)) node = properties[segment];
      else if (node.additionalProperties && typeof node.additionalProperties === 'object') node = node.additionalProperties as SchemaNode;
      else return undefined;
    }
  }
  return resolve(node, root);
}

/** The field names a mapping at `path` may have, for "menade du …?". */
export function fieldNames(kind: FileKind, path: EditPath): string[] {
  const node = schemaAt(kind, path);
  return Object.keys((node?.properties as object | undefined) ?? {});
}

/** What the schema says about the field at `path`, or undefined when the schema has no such field. */
export function fieldInfo(kind: FileKind, path: EditPath): FieldInfo | undefined {
  const node = schemaAt(kind, path);
  return node ? describe(node, getValidators().schemaOf(kind)) : undefined;
}

function describe(node: SchemaNode, root: SchemaNode): FieldInfo {
  // A field that may also be "" (not filled in yet) is set as its real type.
  const branches = Array.isArray(node.anyOf) ? (node.anyOf as SchemaNode[]).map((b) => resolve(b, root) ?? b) : [];
  const real = branches.filter((b) => b.const !== '');
  if (branches.length === 2 && real.length === 1) {
    const inner = describe(real[0]!, root);
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
  if (info.type === 'array' && node.items && typeof node.items === 'object') {
    const items = resolve(node.items as SchemaNode, root);
    if (items) info.items = describe(items, root);
  }
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
