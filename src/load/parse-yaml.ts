import jsYaml from 'js-yaml';
import type { Document } from 'yaml';
import { yamlLib } from './yaml-lib.js';

/** How deep a data file may nest before it is refused; real data stays under ten. */
/**
 * How sup reads YAML with the `yaml` package, everywhere (loader, editor, new files): YAML 1.2 with
 * the core schema, so dates stay text and `no` stays a string. The loader checks duplicate keys itself
 * (the package's own check compares every key with every other: minutes for 200,000 keys); the editor,
 * which parses one file, adds `uniqueKeys: true` and the CST tokens.
 */
export const YAML_PARSE_OPTIONS = {
  version: '1.2',
  schema: 'core',
  uniqueKeys: false,
  prettyErrors: false,
  strict: true,
  stringKeys: false,
} as const;

/** The same reading with js-yaml, the fast path: the core schema (YAML 1.2), no JSON leniency. */
export const JS_YAML_OPTIONS = { schema: jsYaml.CORE_SCHEMA, json: false } as const;

export const MAX_DEPTH = 64;
/** How many aliases a file may expand; stops "billion laughs" documents. */
export const MAX_ALIAS_COUNT = 100;
/**
 * How many keys one mapping and how many items one sequence may have. Real programme files have
 * tens; the limit is far above that and keeps the yaml package's per-collection work (and ajv's,
 * and the positional lookups) small.
 */
export const MAX_ITEMS = 10_000;
/**
 * How many lines and commas (the places where a new node can start) a YAML text may have. This is
 * counted before any parser runs, since both parsers are slow or recursive on huge collections
 * (150,000 list items overflowed the stack; 200,000 keys took minutes).
 */
export const MAX_ENTRIES = 50_000;
/** At most this many syntax errors and warnings are reported per file. */
export const MAX_PROBLEMS = 20;

/** A problem the YAML parser found, with offsets into the parsed text. */
export interface YamlProblem {
  kind: 'syntax' | 'alias' | 'too-deep' | 'too-large' | 'number';
  severity: 'error' | 'warning';
  code: string;
  detail: string;
  offset: number;
  endOffset: number;
}

export interface ParsedYaml {
  doc: Document.Parsed | undefined;
  /** The plain data, or undefined when the text has errors. */
  data: unknown;
  problems: YamlProblem[];
}

// Anchors, aliases, tags and merge keys are rare in data files and are where parsers differ or
// can be made to explode; such text always takes the positional parse, with its alias limit.
// Only where YAML reads them as such: at the start of a value or list item, not inside a
// path like data/**/*.md or a text like "A & B".
const NEEDS_FULL_PARSE = /(^|[\s[{,:-])[&*!][^\s,[\]{}]|<</m;
// Number forms that js-yaml's core schema reads otherwise than YAML 1.2's core schema does
// (binary, signed hex or octal, digits with underscores, a sign before a leading dot, minus zero,
// exponents that overflow) and null-looking keys, which the two read differently: such text
// takes the full parse too, so both paths always give the same data.
const NUMBERS_THAT_DIFFER =
  /(?:^|[\s:[{,])(?:[-+]?0b[01_]|[-+]0[xo]|[-+]\.[0-9]|-0(?:\.0*)?(?![0-9a-zA-Z_.]))|[0-9]_[0-9_]|[0-9.][eE][-+]?[0-9]{3}|(?:^|[\s{,])(?:~|null|Null|NULL)\s*:/m;

/**
 * The fast path: YAML 1.2 core schema with js-yaml (dates stay strings, `017` is 17), no
 * positions. Returns undefined when the text should take the positional parse instead: it has
 * anchors, aliases or tags, or js-yaml finds anything wrong (the positional parse then says
 * exactly what and where). Both parsers give the same data for what the fast path accepts.
 */
export function parseYamlFast(text: string): { data: unknown } | undefined {
  // The cheap test first: most files have none of these characters at all.
  if (entriesExceed(text, MAX_ENTRIES) !== -1) return undefined;
  if (/[&*!<]/.test(text) && NEEDS_FULL_PARSE.test(text)) return undefined;
  if (NUMBERS_THAT_DIFFER.test(text)) return undefined;
  let data: unknown;
  try {
    data = jsYaml.load(text, JS_YAML_OPTIONS);
  } catch {
    return undefined;
  }
  // Too deep, too large or a number that cannot be shown: the positional parse says where.
  if (exceedsBounds(data)) return undefined;
  return { data };
}

/**
 * The positional parse: YAML 1.2 core schema with the `yaml` package's Document, whose node ranges
 * give exact lines and columns. Never throws for anything in the text.
 */
export function parseYaml(text: string): ParsedYaml {
  const tooMany = entriesExceed(text, MAX_ENTRIES);
  if (tooMany !== -1) return { doc: undefined, data: undefined, problems: [{ ...problem('too-large', 'ENTRIES', `more than ${MAX_ENTRIES} lines and commas`, tooMany), endOffset: tooMany + 1 }] };
  const tooDeep = nestingExceeds(text, MAX_DEPTH);
  if (tooDeep !== -1) return { doc: undefined, data: undefined, problems: [{ ...problem('too-deep', 'TOO_DEEP', `deeper than ${MAX_DEPTH}`, tooDeep), endOffset: tooDeep + 1 }] };
  let doc: Document.Parsed;
  try {
    // checkNodes finds duplicate keys with one Set per mapping (see YAML_PARSE_OPTIONS).
    doc = yamlLib().parseDocument(text, YAML_PARSE_OPTIONS);
  } catch (error) {
    // Only hostile nesting gets here (the parser's stack runs out).
    return { doc: undefined, data: undefined, problems: [problem('too-deep', 'TOO_DEEP', String((error as Error)?.message ?? error), 0)] };
  }
  const problems: YamlProblem[] = [];
  // The first errors say what to fix; hundreds of follow-on errors of one mistake only flood the
  // output (each with a code frame).
  for (const e of doc.errors.slice(0, MAX_PROBLEMS)) problems.push(fromYamlError(e, 'error'));
  for (const w of doc.warnings.slice(0, MAX_PROBLEMS)) problems.push(fromYamlError(w, 'warning'));
  const found = checkNodes(doc.contents);
  problems.push(...found);
  // A number out of range is an error at its place, but the file's data is kept: dropping the
  // entity would add a finding in every file that refers to it.
  if (doc.errors.length > 0 || found.some((p) => p.kind !== 'number')) return { doc, data: undefined, problems };
  const start = doc.contents?.range?.[0] ?? 0;
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = String((error as Error)?.message ?? error);
    if (/excessive alias/i.test(message)) problems.push(problem('alias', 'ALIAS_COUNT', message, start));
    else if (/unresolved alias/i.test(message)) problems.push({ ...problem('syntax', 'MISSING_ANCHOR', message, start), kind: 'syntax' });
    else problems.push(problem('too-deep', 'TO_JS', message, start));
    return { doc, data: undefined, problems };
  }
  if (depthExceeds(data, MAX_DEPTH)) {
    problems.push(problem('too-deep', 'TOO_DEEP', `deeper than ${MAX_DEPTH}`, start));
    return { doc, data: undefined, problems };
  }
  return { doc, data, problems };
}

function problem(kind: YamlProblem['kind'], code: string, detail: string, offset: number): YamlProblem {
  return { kind, severity: 'error', code, detail, offset, endOffset: offset };
}

function fromYamlError(
  e: { code: string; message: string; pos: [number, number] },
  severity: 'error' | 'warning',
): YamlProblem {
  const detail = e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? e.code;
  return { kind: 'syntax', severity, code: e.code, detail, offset: e.pos[0], endOffset: e.pos[1] };
}

/**
 * The offset of the first line end or comma past `limit` in `text`, or -1. One pass over the
 * characters, no allocation: it runs before every parse.
 */
export function entriesExceed(text: string, limit: number): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Line ends and commas separate entries; [ and { open a collection, and "- ", "? " and ": "
    // start one: counting them bounds what a parser must build (and the errors it can find) for
    // text like a million [ or `- - - …` on one line, before either parser sees it.
    const opens = c === 91 || c === 123 || ((c === 45 || c === 63 || c === 58) && text.charCodeAt(i + 1) === 32);
    if ((c === 10 || c === 44 || opens) && ++count > limit) return i;
  }
  return -1;
}

/**
 * The offset where flow collections ([ and {) or block sequences on one line (`- - - …`) nest
 * deeper than `limit`, or -1. Linear and approximate: quoted text and comments are skipped, so a
 * title with brackets counts for nothing; the real depth check on the parsed data comes after.
 */
export function nestingExceeds(text: string, limit: number): number {
  let depth = 0;
  let quote = 0;
  let lineDashes = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === 92 && quote === 34) i++; // an escape inside double quotes
      else if (c === quote) quote = 0;
      continue;
    }
    if (c === 10) {
      atLineStart = true;
      lineDashes = 0;
      continue;
    }
    if (c === 34 || c === 39) quote = c;
    else if (c === 35 && (i === 0 || text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 10)) {
      const nl = text.indexOf('\n', i);
      i = (nl === -1 ? text.length : nl) - 1;
      continue;
    } else if (c === 91 || c === 123) {
      if (++depth > limit) return i;
    } else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
    if (atLineStart && c !== 32) {
      if (c === 45 && text.charCodeAt(i + 1) === 32) {
        if (++lineDashes > limit) return i;
        i++;
        continue;
      }
      atLineStart = false;
    }
  }
  return -1;
}

/** True when a number can be stored and shown exactly: finite and a safe integer in size. */
export function isSafeNumber(n: number): boolean {
  return Number.isFinite(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER;
}

/**
 * True when plain data breaks a bound: deeper than MAX_DEPTH, a collection over MAX_ITEMS, or a
 * number that is not safe. Iterative (a list of a million items must not use the stack) and
 * stops at the first break.
 */
function exceedsBounds(data: unknown): boolean {
  const stack: unknown[] = [data];
  const depths: number[] = [0];
  while (stack.length > 0) {
    const value = stack.pop();
    const depth = depths.pop()!;
    if (typeof value === 'number') {
      if (!isSafeNumber(value)) return true;
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_DEPTH) return true;
    const children = Array.isArray(value) ? value : Object.values(value);
    if (children.length > MAX_ITEMS) return true;
    for (const child of children) {
      stack.push(child);
      depths.push(depth + 1);
    }
  }
  return false;
}

type YamlNode = { range?: [number, number, number] | null; items?: unknown[] };

/**
 * Walks a parsed document without recursion and reports, at each node's own range: collections
 * over MAX_ITEMS (not entered), duplicate keys (one Set per mapping, so linear) and numbers that
 * are not safe. Below MAX_DEPTH it stops: toJS and the depth check report that.
 */
function checkNodes(root: unknown): YamlProblem[] {
  const { isMap, isPair, isScalar, isSeq } = yamlLib();
  const out: YamlProblem[] = [];
  const at = (kind: YamlProblem['kind'], code: string, detail: string, node: YamlNode): YamlProblem => {
    const [start, end] = node.range ?? [0, 0];
    return { kind, severity: 'error', code, detail, offset: start, endOffset: end };
  };
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (isScalar(node)) {
      if (typeof node.value === 'number' && !isSafeNumber(node.value)) out.push(at('number', 'NUMBER', String(node.source ?? node.value), node as YamlNode));
      continue;
    }
    if (!(isMap(node) || isSeq(node)) || depth >= MAX_DEPTH) continue;
    if (node.items.length > MAX_ITEMS) {
      out.push(at('too-large', 'ITEMS', `more than ${MAX_ITEMS} items`, node as YamlNode));
      continue;
    }
    const keys = new Set<unknown>();
    for (const item of node.items) {
      if (!isPair(item)) {
        stack.push({ node: item, depth: depth + 1 });
        continue;
      }
      if (isMap(node) && isScalar(item.key)) {
        if (keys.has(item.key.value)) out.push(at('syntax', 'DUPLICATE_KEY', 'Map keys must be unique', item.key as YamlNode));
        keys.add(item.key.value);
      }
      stack.push({ node: item.value, depth: depth + 1 });
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/**
 * True when data nests deeper than `limit`. The recursion stops at the limit, so it is bounded
 * however deep the data is, and allocates nothing on the way (it runs for every file).
 */
function depthExceeds(value: unknown, limit: number, depth = 0): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (depth >= limit) return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (depthExceeds(value[i], limit, depth + 1)) return true;
    return false;
  }
  for (const key in value) {
    if (Object.prototype.hasOwnProperty.call(value, key) && depthExceeds((value as Record<string, unknown>)[key], limit, depth + 1)) return true;
  }
  return false;
}
