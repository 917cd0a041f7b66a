import { isDeepStrictEqual } from 'node:util';
import { YAML_PARSE_OPTIONS } from '../load/parse-yaml.js';
import { isAlias, isMap, isPair, isScalar, isSeq, parse, parseDocument } from 'yaml';
import type { CST, Document, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

/**
 * Changes to YAML text that touch only the node they change. Every operation splices the original
 * text at the ranges the `yaml` parser gives (and at the CST tokens for `-`, `[` and `{`), so every
 * byte outside the changed node – comments, key order, quoting, indentation, line endings – stays.
 * Each result is parsed again and compared with the plain data the change should give; anything
 * else is refused rather than written.
 */

/** Keys and sequence indices from the document root, like `Document.getIn`. */
export type EditPath = readonly (string | number)[];

/** A value an edit can write: a scalar, or plain lists and mappings of them (for new keys). */
export type EditValue = string | number | boolean | EditValue[] | { [key: string]: EditValue };

export type EditErrorCode =
  /** The text has YAML errors, so it cannot be edited safely. */
  | 'syntax'
  /** The path goes through something that is not a mapping or list. */
  | 'not-mapping'
  /** The node at the path is not a list. */
  | 'not-sequence'
  /** The node at the path is not a single value (it is a list or mapping). */
  | 'not-scalar'
  /** The node is shared through a YAML anchor or alias. */
  | 'alias'
  /** The list has no item with that index. */
  | 'no-item'
  /** The layout around the node is one that cannot be changed without touching other text. */
  | 'layout'
  /** The changed text did not give the intended data (a safety net; should not happen). */
  | 'verify';

/** Why an edit could not be made; the command turns the code into a sentence. */
export class EditError extends Error {
  constructor(
    readonly code: EditErrorCode,
    readonly path: EditPath,
    detail = '',
  ) {
    super(`${code} at ${path.join('.') || '(root)'}${detail ? `: ${detail}` : ''}`);
  }
}

/** The same options as the loader, plus the CST tokens, so values mean what `sup check` sees. */
const PARSE_OPTIONS = { ...YAML_PARSE_OPTIONS, uniqueKeys: true, keepSourceTokens: true } as const;

/** Parses YAML text for editing; text with errors is refused. */
export function parseForEdit(text: string, path: EditPath = []): Document.Parsed {
  const doc = parseDocument(text, PARSE_OPTIONS);
  if (doc.errors.length > 0) throw new EditError('syntax', path, doc.errors[0]!.message.split('\n')[0]);
  return doc;
}

/** The plain data of YAML text (what `sup check` validates). */
export function dataOf(text: string): unknown {
  return parseForEdit(text).toJS();
}

/** Sets the value at `path`: replaces a scalar, fills an empty value, or adds missing keys at the end of their mapping. */
export function setValue(text: string, path: EditPath, value: EditValue): string {
  const before = parseForEdit(text, path);
  const result = setValueUnchecked(text, before, path, value);
  return verified(before, result, path, (data) => setIn(data, path, value));
}

/** Adds `item` at the end of the list at `path`, as a new `- item` line or `, item` in a flow list; creates the list if it is missing or empty. */
export function appendToSequence(text: string, path: EditPath, item: string | number): string {
  const doc = parseForEdit(text, path);
  const found = walk(doc, path);
  const apply = (data: unknown) => {
    const list = getIn(data, path);
    if (Array.isArray(list)) list.push(item);
    else setIn(data, path, [item]);
    return data;
  };
  if (found.remaining.length > 0 || isEmptyValue(found.node)) {
    return verified(doc, setValueUnchecked(text, doc, path, [item]), path, apply);
  }
  const seq = found.node;
  if (!isSeq(seq)) throw new EditError('not-sequence', path);
  guardAlias(seq, path);
  const ctx = new Context(text, doc);
  const token = seq.srcToken as CST.Token | undefined;
  let result: string;
  if (token?.type === 'block-seq') {
    const last = seq.items.length - 1;
    const lastNode = seq.items[last] as Node;
    const dash = dashOffset(token, last, path);
    const lineStart = ctx.lineStart(dash);
    const lead = text.slice(lineStart, dash);
    const prefix = /^ *$/.test(lead) ? lead : ' '.repeat(dash - lineStart);
    const start = rangeOf(lastNode, path)[0];
    const between = text.slice(dash + 1, start);
    const gap = /^[ ]+$/.test(between) ? between : ' ';
    const at = ctx.lineEnd(rangeOf(lastNode, path)[1]);
    result = ctx.insertLines(at, [`${prefix}-${gap}${renderScalar(item, newStyle(item), false)}`], dash);
  } else if (token?.type === 'flow-collection') {
    result = insertIntoFlow(ctx, token, seq, renderScalar(item, newStyle(item), true), path);
  } else {
    throw new EditError('layout', path);
  }
  return verified(doc, result, path, apply);
}

/**
 * Inserts `item` (a scalar or a mapping) into the list at `path` before the item at `index` (at the
 * end when `index` is the length), at the indentation of its neighbours; creates the list when it
 * is missing or empty. A flow list only takes items at its end.
 */
export function insertIntoSequence(text: string, path: EditPath, index: number, item: EditValue): string {
  const doc = parseForEdit(text, path);
  const found = walk(doc, path);
  const apply = (data: unknown) => {
    const list = getIn(data, path);
    if (Array.isArray(list)) list.splice(index, 0, item);
    else setIn(data, path, [item]);
    return data;
  };
  if (found.remaining.length > 0 || isEmptyValue(found.node)) {
    return verified(doc, setValueUnchecked(text, doc, path, [item]), path, apply);
  }
  const seq = found.node;
  if (!isSeq(seq)) throw new EditError('not-sequence', path);
  guardAlias(seq, path);
  if (index < 0 || index > seq.items.length) throw new EditError('no-item', [...path, index]);
  const ctx = new Context(text, doc);
  const token = seq.srcToken as CST.Token | undefined;
  let result: string;
  if (token?.type === 'block-seq') {
    const neighbour = index < seq.items.length ? index : seq.items.length - 1;
    const dash = dashOffset(token, neighbour, path);
    const lineStart = ctx.lineStart(dash);
    if (!/^ *$/.test(text.slice(lineStart, dash))) throw new EditError('layout', path, 'item shares its line');
    const lines = renderSeqItem(item, dash - lineStart, ctx.indentStyle());
    const at = index < seq.items.length ? lineStart : ctx.lineEnd(rangeOf(seq.items[neighbour] as Node, path)[1]);
    result = ctx.insertLines(at, lines, dash);
  } else if (token?.type === 'flow-collection' && index === seq.items.length) {
    result = insertIntoFlow(ctx, token, seq, renderFlow(item), path);
  } else {
    throw new EditError('layout', path);
  }
  return verified(doc, result, path, apply);
}

/** Removes the item at `index` from the list at `path`: its whole line in a block list, the item and one comma in a flow list. */
export function removeFromSequence(text: string, path: EditPath, index: number): string {
  const doc = parseForEdit(text, path);
  const found = walk(doc, path);
  if (found.remaining.length > 0 || !isSeq(found.node)) throw new EditError('not-sequence', path);
  const seq = found.node;
  guardAlias(seq, path);
  const item = seq.items[index] as Node | undefined;
  if (item === undefined) throw new EditError('no-item', [...path, index]);
  const ctx = new Context(text, doc);
  const token = seq.srcToken as CST.Token | undefined;
  let result: string;
  if (token?.type === 'block-seq') {
    const dash = dashOffset(token, index, path);
    const lineStart = ctx.lineStart(dash);
    if (!/^ *$/.test(text.slice(lineStart, dash))) throw new EditError('layout', path, 'item shares its line');
    result = ctx.splice(lineStart, ctx.lineEnd(rangeOf(item, path)[1]), '');
  } else if (token?.type === 'flow-collection') {
    result = removeFromFlow(ctx, seq.items as Node[], index, path);
  } else {
    throw new EditError('layout', path);
  }
  return verified(doc, result, path, (data) => {
    (getIn(data, path) as unknown[]).splice(index, 1);
    return data;
  });
}

/** Removes the key at `path` from its mapping, with its value (the whole lines in a block mapping). */
export function deleteKey(text: string, path: EditPath): string {
  const doc = parseForEdit(text, path);
  const found = walk(doc, path);
  if (found.remaining.length > 0 || !found.pair || !found.parent || !isMap(found.parent)) throw new EditError('not-mapping', path);
  const map = found.parent;
  const pair = found.pair;
  const ctx = new Context(text, doc);
  const token = map.srcToken as CST.Token | undefined;
  const key = pair.key as Node;
  let result: string;
  if (token?.type === 'block-map') {
    const keyStart = rangeOf(key, path)[0];
    const lineStart = ctx.lineStart(keyStart);
    if (!/^ *$/.test(text.slice(lineStart, keyStart))) throw new EditError('layout', path, 'key shares its line');
    result = ctx.splice(lineStart, ctx.lineEnd(pairEnd(pair, path)), '');
  } else if (token?.type === 'flow-collection') {
    const index = map.items.indexOf(pair);
    const spans = map.items.map((p) => [rangeOf(p.key as Node, path)[0], pairEnd(p, path)] as [number, number]);
    result = removeSpanFromFlow(ctx, spans, index);
  } else {
    throw new EditError('layout', path);
  }
  // A block mapping without keys is no mapping: its key is left with an empty value.
  const emptied = token.type === 'block-map' && map.items.length === 1;
  return verified(doc, result, path, (data) => {
    if (emptied) return setIn(data, path.slice(0, -1), null);
    const parent = getIn(data, path.slice(0, -1)) as Record<string, unknown>;
    delete parent[String(path.at(-1))];
    return data;
  });
}

/** The paths of keys whose value is empty (`key:`, `key: ""`, `key: null`), deepest first, in document order otherwise. */
export function emptyKeys(text: string): EditPath[] {
  const doc = parseForEdit(text);
  const found: EditPath[] = [];
  const visit = (node: unknown, path: (string | number)[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key === undefined) continue;
        visit(pair.value, [...path, key]);
        if (isEmptyValue(pair.value) || (isScalar(pair.value) && pair.value.value === '')) found.push([...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, [...path, i]));
    }
  };
  visit(doc.contents, []);
  return found;
}

// ---------------------------------------------------------------------------------------------

interface Walked {
  /** The node at the deepest segment that exists. */
  node: unknown;
  /** The collection that holds `node`, and the pair when it is a mapping. */
  parent?: YAMLMap | YAMLSeq;
  pair?: Pair;
  /** Segments of the path that do not exist yet. */
  remaining: EditPath;
  /** True when `node` sits inside a flow collection (`[…]` or `{…}`). */
  inFlow: boolean;
}

function walk(doc: Document.Parsed, path: EditPath): Walked {
  let node: unknown = doc.contents;
  let parent: YAMLMap | YAMLSeq | undefined;
  let pair: Pair | undefined;
  let inFlow = false;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    if (isAlias(node)) throw new EditError('alias', path.slice(0, i));
    if (isMap(node)) {
      const found = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!found) return { node, parent, pair, remaining: path.slice(i), inFlow };
      inFlow ||= (node.srcToken as CST.Token | undefined)?.type === 'flow-collection';
      parent = node;
      pair = found;
      node = found.value;
    } else if (isSeq(node)) {
      const index = typeof segment === 'number' ? segment : Number.NaN;
      if (!Number.isInteger(index) || index < 0 || index >= node.items.length) throw new EditError('no-item', path.slice(0, i + 1));
      inFlow ||= (node.srcToken as CST.Token | undefined)?.type === 'flow-collection';
      parent = node;
      pair = undefined;
      node = node.items[index];
    } else if (isEmptyValue(node) && typeof segment === 'string') {
      return { node, parent, pair, remaining: path.slice(i), inFlow };
    } else {
      throw new EditError('not-mapping', path.slice(0, i + 1));
    }
  }
  if (isAlias(node)) throw new EditError('alias', path);
  return { node, parent, pair, remaining: [], inFlow };
}

function setValueUnchecked(text: string, doc: Document.Parsed, path: EditPath, value: EditValue): string {
  const found = walk(doc, path);
  const ctx = new Context(text, doc);
  if (found.remaining.length > 0) {
    const rest = nest(found.remaining.slice(1), value);
    const key = String(found.remaining[0]);
    if (isMap(found.node)) return insertPair(ctx, found.node, key, rest, path);
    // An empty value (`budget:`) becomes a mapping with the new key.
    if (found.pair && isEmptyValue(found.node)) return fillEmpty(ctx, found, { [key]: rest }, path);
    throw new EditError('not-mapping', path);
  }
  const node = found.node;
  if (isEmptyValue(node)) {
    if (!found.pair) throw new EditError('layout', path, 'empty list item');
    return fillEmpty(ctx, found, value, path);
  }
  if (!isScalar(node)) throw new EditError('not-scalar', path);
  if (typeof value === 'object') throw new EditError('not-scalar', path);
  guardAlias(node, path);
  return replaceScalar(ctx, node, value, found.inFlow, path);
}

/** Replaces a scalar in place, keeping its quoting when the new value allows it. */
function replaceScalar(ctx: Context, node: Scalar, value: string | number | boolean, inFlow: boolean, path: EditPath): string {
  const [start, end] = rangeOf(node, path);
  const token = node.srcToken as CST.Token | undefined;
  if (token?.type === 'block-scalar') {
    const headerToken = token.props.find((t) => t.type === 'block-scalar-header');
    const header = headerToken && 'source' in headerToken ? headerToken.source : '';
    const eol = ctx.text.slice(end - 2, end) === '\r\n' ? '\r\n' : ctx.text[end - 1] === '\n' ? '\n' : '';
    // A single line keeps the block style only with strip chomping (`>-`, `|-`), where it means the same.
    if (typeof value === 'string' && value !== '' && !value.includes('\n') && /^[|>][1-9]?-$/.test(header) && eol && value.trim() === value) {
      const indent = /^( +)\S/m.exec(token.source)?.[1] ?? '  ';
      const candidate = ctx.splice(start, end, `${header}${eol}${indent}${value}${eol}`);
      if (valueAt(candidate, path, value)) return candidate;
    }
    return ctx.splice(start, end, renderScalar(value, 'QUOTE_DOUBLE', inFlow) + eol);
  }
  // An empty "" is a place to fill in, not a quoting choice: the new value is written as new values are.
  const style = typeof value === 'string' ? (node.value === '' ? newStyle(value) : (node.type ?? 'PLAIN')) : 'PLAIN';
  const candidate = ctx.splice(start, end, renderScalar(value, style, inFlow));
  if (valueAt(candidate, path, value)) return candidate;
  return ctx.splice(start, end, renderScalar(value, 'QUOTE_DOUBLE', inFlow));
}

/** Fills `key:` (no value, or an explicit null) with a scalar, a block list or a block mapping. */
function fillEmpty(ctx: Context, found: Walked, value: EditValue, path: EditPath): string {
  const pair = found.pair!;
  const key = pair.key as Node;
  const node = pair.value as Scalar | null;
  const text = ctx.text;
  if (node && (node.srcToken as CST.Token | undefined) && typeof value !== 'object') {
    // `key: ~` or `key: null`: the token is replaced like any scalar.
    return replaceScalar(ctx, node, value, found.inFlow, path);
  }
  if (node && (node.srcToken as CST.Token | undefined)) {
    // Drop the explicit null first; what is left is `key:` without a value.
    const [s, e] = rangeOf(node, path);
    let from = s;
    while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
    const stripped = ctx.splice(from, e, '');
    const again = parseForEdit(stripped, path);
    const walked = walk(again, path);
    if (!walked.pair) throw new EditError('layout', path);
    return fillEmpty(new Context(stripped, again), walked, value, path);
  }
  const keyEnd = rangeOf(key, path)[1];
  const colon = text.indexOf(':', keyEnd);
  if (colon === -1) throw new EditError('layout', path, 'no colon after key');
  if (typeof value !== 'object' || found.inFlow || isEmptyCollection(value)) {
    const rendered = typeof value === 'object' ? renderFlow(value) : renderScalar(value, newStyle(value), found.inFlow);
    const after = text[colon + 1] === '#' ? ' ' : '';
    return ctx.splice(colon + 1, colon + 1, ` ${rendered}${after}`);
  }
  const keyStart = rangeOf(key, path)[0];
  const keyColumn = keyStart - ctx.lineStart(keyStart);
  const style = ctx.indentStyle();
  const childColumn = keyColumn + (Array.isArray(value) ? style.seq : style.map);
  const lines = Array.isArray(value) ? value.flatMap((item) => renderSeqItem(item, childColumn, style)) : renderMapBody(value, childColumn, style);
  const eol = ctx.eolAt(colon);
  const at = ctx.lineContentEnd(colon);
  return ctx.splice(at, at, lines.map((l) => eol + l).join(''));
}

/** Adds `key: value` after the last entry of a mapping, at the indentation of its keys. */
function insertPair(ctx: Context, map: YAMLMap, key: string, value: EditValue, path: EditPath): string {
  guardAlias(map, path);
  const token = map.srcToken as CST.Token | undefined;
  if (token?.type === 'flow-collection') {
    const rendered = `${renderKey(key)}: ${typeof value === 'object' ? renderFlow(value) : renderScalar(value, newStyle(value), true)}`;
    return insertIntoFlow(ctx, token, map, rendered, path);
  }
  if (token?.type !== 'block-map' || map.items.length === 0) throw new EditError('layout', path);
  const first = map.items[0]!.key as Node;
  const firstStart = rangeOf(first, path)[0];
  const lineStart = ctx.lineStart(firstStart);
  const lead = ctx.text.slice(lineStart, firstStart);
  const column = firstStart - lineStart;
  const prefix = /^ *$/.test(lead) ? lead : ' '.repeat(column);
  const last = map.items[map.items.length - 1]!;
  const anchor = pairEnd(last, path);
  const [head, ...rest] = renderPair(key, value, column, ctx.indentStyle());
  return ctx.insertLines(ctx.lineEnd(anchor), [prefix + head, ...rest], anchor);
}

function insertIntoFlow(ctx: Context, token: CST.FlowCollection, collection: YAMLSeq | YAMLMap, rendered: string, path: EditPath): string {
  const items = collection.items as unknown[];
  if (items.length === 0) {
    const open = token.start.offset + 1;
    return ctx.splice(open, open, rendered);
  }
  const ends = items.map((item) => (isPair(item) ? pairEnd(item, path) : rangeOf(item as Node, path)[1]));
  const starts = items.map((item) => (isPair(item) ? rangeOf(item.key as Node, path)[0] : rangeOf(item as Node, path)[0]));
  let separator = ', ';
  if (items.length >= 2) {
    const between = ctx.text.slice(ends[items.length - 2]!, starts[items.length - 1]!);
    if (/^[ \t]*,[ \t\r\n]*$/.test(between)) separator = between;
  }
  const at = ends[items.length - 1]!;
  return ctx.splice(at, at, separator + rendered);
}

function removeFromFlow(ctx: Context, items: Node[], index: number, path: EditPath): string {
  const spans = items.map((item) => {
    const [s, e] = rangeOf(item, path);
    return [s, e] as [number, number];
  });
  return removeSpanFromFlow(ctx, spans, index);
}

function removeSpanFromFlow(ctx: Context, spans: [number, number][], index: number): string {
  const [start, end] = spans[index]!;
  if (spans.length === 1) return ctx.splice(start, end, '');
  // Take the comma after the item with it, or before it for the last item.
  if (index < spans.length - 1) return ctx.splice(start, spans[index + 1]![0], '');
  return ctx.splice(spans[index - 1]![1], end, '');
}

// ---------------------------------------------------------------------------------------------
// Rendering new YAML: only for values that did not exist before.

interface IndentStyle {
  /** Spaces from a key to the keys of a nested mapping. */
  map: number;
  /** Spaces from a key to the `-` of a nested list (0 for `key:\n- a`). */
  seq: number;
}

type ScalarStyle = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_FOLDED' | 'BLOCK_LITERAL';

function renderPair(key: string, value: EditValue, column: number, style: IndentStyle): string[] {
  if (typeof value !== 'object' || isEmptyCollection(value)) {
    return [`${renderKey(key)}: ${typeof value === 'object' ? renderFlow(value) : renderScalar(value, newStyle(value), false)}`];
  }
  if (Array.isArray(value)) return [`${renderKey(key)}:`, ...value.flatMap((item) => renderSeqItem(item, column + style.seq, style))];
  return [`${renderKey(key)}:`, ...renderMapBody(value, column + style.map, style)];
}

function renderMapBody(value: { [key: string]: EditValue }, column: number, style: IndentStyle): string[] {
  return Object.entries(value).flatMap(([k, v]) => {
    const lines = renderPair(k, v, column, style);
    return [' '.repeat(column) + lines[0], ...lines.slice(1)];
  });
}

function renderSeqItem(item: EditValue, column: number, style: IndentStyle): string[] {
  const pad = ' '.repeat(column);
  if (typeof item !== 'object' || Array.isArray(item) || isEmptyCollection(item)) {
    return [`${pad}- ${typeof item === 'object' ? renderFlow(item) : renderScalar(item, newStyle(item), false)}`];
  }
  const [first, ...rest] = Object.entries(item);
  const head = renderPair(first![0], first![1], column + 2, style);
  return [`${pad}- ${head[0]}`, ...head.slice(1), ...renderMapBody(Object.fromEntries(rest), column + 2, style)];
}

function renderFlow(value: EditValue): string {
  if (Array.isArray(value)) return `[${value.map(renderFlow).join(', ')}]`;
  if (typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${renderKey(k)}: ${renderFlow(v)}`).join(', ')}}`;
  return renderScalar(value, newStyle(value), true);
}

function renderKey(key: string): string {
  return isPlainSafe(key, false) ? key : JSON.stringify(key);
}

/** A scalar as YAML source in the given style, or double-quoted when that style cannot hold it. */
export function renderScalar(value: string | number | boolean, style: string, inFlow: boolean): string {
  if (typeof value !== 'string') return String(value);
  if (style === 'PLAIN' && isPlainSafe(value, inFlow)) return value;
  if (style === 'QUOTE_SINGLE' && !/[\n\r]/.test(value) && isPrintable(value)) return `'${value.replace(/'/g, "''")}'`;
  return JSON.stringify(value);
}

/** Dates are written in double quotes, as everywhere in the data; other new strings plain when they can be. */
function newStyle(value: unknown): ScalarStyle {
  return typeof value === 'string' && isDateLike(value) ? 'QUOTE_DOUBLE' : 'PLAIN';
}

function isDateLike(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/** True when `value` written without quotes reads back as the same string. */
function isPlainSafe(value: string, inFlow: boolean): boolean {
  if (value === '' || value.trim() !== value || /[\n\r\t]/.test(value) || !isPrintable(value)) return false;
  try {
    const read = inFlow ? (parse(`[${value}]`, { version: '1.2', schema: 'core' }) as unknown[]) : [(parse(`k: ${value}`, { version: '1.2', schema: 'core' }) as { k: unknown }).k];
    return Array.isArray(read) && read.length === 1 && read[0] === value;
  } catch {
    return false;
  }
}

function isPrintable(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(value);
}

function isEmptyCollection(value: EditValue): boolean {
  return typeof value === 'object' && (Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0);
}

// ---------------------------------------------------------------------------------------------

/** The text being edited, with line helpers. */
class Context {
  constructor(
    readonly text: string,
    readonly doc: Document.Parsed,
  ) {}

  splice(start: number, end: number, insert: string): string {
    return this.text.slice(0, start) + insert + this.text.slice(end);
  }

  lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** The offset after the line break that ends the line holding `offset` (a node that ends with its own line break already is there). */
  lineEnd(offset: number): number {
    if (offset > 0 && this.text[offset - 1] === '\n') return offset;
    const nl = this.text.indexOf('\n', offset);
    return nl === -1 ? this.text.length : nl + 1;
  }

  /** The offset of the line break (or `\r\n`) that ends the line holding `offset`. */
  lineContentEnd(offset: number): number {
    const nl = this.text.indexOf('\n', offset);
    if (nl === -1) return this.text.length;
    return nl > 0 && this.text[nl - 1] === '\r' ? nl - 1 : nl;
  }

  /** The line ending used near `offset`: that line's own, else the nearest one before it, else `\n`. */
  eolAt(offset: number): string {
    let nl = this.text.indexOf('\n', offset);
    if (nl === -1) nl = this.text.lastIndexOf('\n', offset);
    if (nl === -1) return '\n';
    return nl > 0 && this.text[nl - 1] === '\r' ? '\r\n' : '\n';
  }

  /** Inserts whole lines at `at` (a line start, or the end of a text without a final line break), with the line ending used near `near`. */
  insertLines(at: number, lines: readonly string[], near: number): string {
    const eol = this.eolAt(near);
    const body = lines.join(eol);
    if (at === this.text.length && this.text.length > 0 && !this.text.endsWith('\n')) return this.splice(at, at, eol + body);
    return this.splice(at, at, body + eol);
  }

  /** How far this file indents nested mappings and lists, from the first of each it has. */
  indentStyle(): IndentStyle {
    const style: Partial<IndentStyle> = {};
    const column = (offset: number) => offset - this.lineStart(offset);
    const visit = (node: unknown) => {
      if (style.map !== undefined && style.seq !== undefined) return;
      if (isMap(node) && (node.srcToken as CST.Token | undefined)?.type === 'block-map') {
        for (const pair of node.items) {
          const key = pair.key as Node | null;
          const value = pair.value as Node | null;
          if (!key?.range || !value) continue;
          const token = value.srcToken as CST.Token | undefined;
          if (token?.type === 'block-map' && style.map === undefined && isMap(value) && value.items[0]?.key) {
            const child = (value.items[0].key as Node).range;
            if (child) {
              const d = column(child[0]) - column(key.range[0]);
              if (d > 0) style.map = d;
            }
          }
          if (token?.type === 'block-seq' && style.seq === undefined) {
            const dash = token.items[0]?.start.find((t) => t.type === 'seq-item-ind');
            if (dash) style.seq = Math.max(0, column(dash.offset) - column(key.range[0]));
          }
          visit(value);
        }
      } else if (isSeq(node)) {
        for (const item of node.items) visit(item);
      }
    };
    visit(this.doc.contents);
    return { map: style.map ?? 2, seq: style.seq ?? 2 };
  }
}

function rangeOf(node: Node | null | undefined, path: EditPath): [number, number, number] {
  const range = node?.range;
  if (!range) throw new EditError('layout', path, 'node without position');
  return range;
}

/** The end of a pair's value, or of its key when the value is empty. */
function pairEnd(pair: Pair, path: EditPath): number {
  const key = rangeOf(pair.key as Node, path);
  const value = (pair.value as Node | null)?.range;
  return Math.max(key[1], value ? value[1] : 0);
}

function dashOffset(token: CST.BlockSequence, index: number, path: EditPath): number {
  const dash = token.items[index]?.start.find((t) => t.type === 'seq-item-ind');
  if (!dash) throw new EditError('layout', path, 'no "-" for item');
  return dash.offset;
}

function isEmptyValue(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null);
}

function guardAlias(node: Node, path: EditPath): void {
  if (isAlias(node) || (node as { anchor?: string }).anchor) throw new EditError('alias', path);
}

/** True when the text parses and holds `value` at `path`. */
function valueAt(text: string, path: EditPath, value: unknown): boolean {
  const doc = parseDocument(text, PARSE_OPTIONS);
  return doc.errors.length === 0 && isDeepStrictEqual(getIn(doc.toJS(), path), value);
}

/** Checks that the new text means exactly the old data with the change applied, and nothing else. */
function verified(before: Document.Parsed, text: string, path: EditPath, change: (data: unknown) => unknown): string {
  const after = parseDocument(text, PARSE_OPTIONS);
  if (after.errors.length > 0) throw new EditError('verify', path, after.errors[0]!.message.split('\n')[0]);
  const expected = change(structuredClone(before.toJS()));
  if (!isDeepStrictEqual(after.toJS(), expected)) throw new EditError('verify', path, 'the result differs from the intended change');
  return text;
}

function nest(path: EditPath, value: EditValue): EditValue {
  return path.reduceRight<EditValue>((inner, key) => ({ [String(key)]: inner }), value);
}

/** The value at `path` in plain data, or undefined. */
export function getIn(data: unknown, path: EditPath): unknown {
  let node = data;
  for (const segment of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[String(segment)];
  }
  return node;
}

/** Sets `value` at `path` in plain data, creating mappings on the way. */
export function setIn(data: unknown, path: EditPath, value: unknown): unknown {
  if (path.length === 0) return value;
  let node = data as Record<string, unknown>;
  for (const segment of path.slice(0, -1)) {
    const next = node[String(segment)];
    if (typeof next !== 'object' || next === null) node[String(segment)] = {};
    node = node[String(segment)] as Record<string, unknown>;
  }
  node[String(path.at(-1))] = value;
  return data;
}
