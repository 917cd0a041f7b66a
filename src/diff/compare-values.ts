/** One changed field of an entity: a path into its data and the values on each side (null when absent). */
export interface FieldChange {
  /** `ägare`, `period.till`, `medlemmar[haninge].användarnamn`, `mål`, `brödtext` … */
  field: string;
  before: unknown;
  after: unknown;
}

/** The synthetic field for the Markdown body of an entity's file. */
export const BODY_FIELD = 'brödtext';

/**
 * Lists whose order carries no meaning (they are sets of references, or members per municipality),
 * so a reordering is no change. Every other list's order is part of the data (principer, styrdokument …).
 */
const UNORDERED = new Set(['mål', 'medverkande', 'medlemmar']);

/** Fields that identify an item in a list of mappings, tried in this order. */
const ITEM_KEYS = ['id', 'kommun', 'år', 'aktivitet', 'mål', 'indikator', 'post', 'nivå'];

type Plain = Record<string, unknown>;

function isPlain(v: unknown): v is Plain {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep equality of parsed YAML values; key order does not matter, absent equals null. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameValue(x, b[i]));
  }
  if (isPlain(a) && isPlain(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!sameValue(a[k], b[k])) return false;
    return true;
  }
  return false;
}

/**
 * The changed fields between two versions of an entity's data, in the order of the newer
 * version's keys (then keys only the older one has). Mappings are followed into dotted paths,
 * lists of mappings with an identifying field item by item, other values compared whole.
 */
export function compareData(before: Plain, after: Plain): FieldChange[] {
  const out: FieldChange[] = [];
  compareInto('', before, after, out);
  return out;
}

/** Whitespace-insensitive comparison of Markdown bodies: reflowing or re-indenting a paragraph is no change. */
export function normaliseBody(body: string | undefined): string {
  return (body ?? '').replace(/\s+/g, ' ').trim();
}

/** The body as reported in a change: line ends unified and outer blank lines dropped. */
export function tidyBody(body: string | undefined): string | null {
  const text = (body ?? '').replace(/\r\n?/g, '\n').trim();
  return text === '' ? null : text;
}

function compareInto(path: string, a: unknown, b: unknown, out: FieldChange[]): void {
  if (sameValue(a, b)) return;
  const name = fieldName(path);
  if (isPlain(a) && isPlain(b)) {
    for (const key of unionKeys(a, b)) compareInto(path === '' ? key : `${path}.${key}`, a[key], b[key], out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const key = itemKey(a, b);
    if (key) {
      compareKeyed(path, key, a as Plain[], b as Plain[], UNORDERED.has(name), out);
      return;
    }
    if (UNORDERED.has(name) && sameMultiset(a, b)) return;
  }
  out.push({ field: path, before: a ?? null, after: b ?? null });
}

/** Compares two lists of mappings item by item, matched on `key`; a new order is a change of its own. */
function compareKeyed(path: string, key: string, a: Plain[], b: Plain[], unordered: boolean, out: FieldChange[]): void {
  const before = new Map(a.map((item) => [String(item[key]), item]));
  const after = new Map(b.map((item) => [String(item[key]), item]));
  const common = (list: Plain[], other: Map<string, Plain>) => list.map((i) => String(i[key])).filter((k) => other.has(k));
  const oldOrder = common(a, after);
  const newOrder = common(b, before);
  if (!unordered && oldOrder.join('\u0000') !== newOrder.join('\u0000')) {
    out.push({ field: path, before: a.map((i) => i[key]), after: b.map((i) => i[key]) });
  }
  for (const item of b) {
    const k = String(item[key]);
    const old = before.get(k);
    if (old === undefined) out.push({ field: `${path}[${k}]`, before: null, after: item });
    else compareInto(`${path}[${k}]`, old, item, out);
  }
  for (const item of a) {
    const k = String(item[key]);
    if (!after.has(k)) out.push({ field: `${path}[${k}]`, before: item, after: null });
  }
}

/** The first identifying field that every item of both lists has, as a string or number unique within each list. */
function itemKey(a: unknown[], b: unknown[]): string | undefined {
  if (a.length + b.length === 0 || ![...a, ...b].every(isPlain)) return undefined;
  return ITEM_KEYS.find((key) =>
    [a, b].every((list) => {
      const values = (list as Plain[]).map((item) => item[key]);
      return values.every((v) => typeof v === 'string' || typeof v === 'number') && new Set(values.map(String)).size === values.length;
    }),
  );
}

function sameMultiset(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false;
  const rest = [...b];
  for (const x of a) {
    const i = rest.findIndex((y) => sameValue(x, y));
    if (i === -1) return false;
    rest.splice(i, 1);
  }
  return true;
}

function unionKeys(a: Plain, b: Plain): string[] {
  const keys = Object.keys(b);
  for (const k of Object.keys(a)) if (!Object.prototype.hasOwnProperty.call(b, k)) keys.push(k);
  return keys;
}

/** The last name in a field path: `mål` for `mål`, `medverkande` for `x[1].medverkande`. */
function fieldName(path: string): string {
  const last = path.split('.').pop() ?? '';
  return last.replace(/\[.*\]$/, '');
}
