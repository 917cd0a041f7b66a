import jsYaml from 'js-yaml';
import type { Document } from 'yaml';
import { yamlLib } from './yaml-lib.js';

/** How deep a data file may nest before it is refused; real data stays under ten. */
export const MAX_DEPTH = 64;
/** How many aliases a file may expand; stops "billion laughs" documents. */
export const MAX_ALIAS_COUNT = 100;

/** A problem the YAML parser found, with offsets into the parsed text. */
export interface YamlProblem {
  kind: 'syntax' | 'alias' | 'too-deep';
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
  if (/[&*!<]/.test(text) && NEEDS_FULL_PARSE.test(text)) return undefined;
  if (NUMBERS_THAT_DIFFER.test(text)) return undefined;
  let data: unknown;
  try {
    data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false });
  } catch {
    return undefined;
  }
  if (depthExceeds(data, MAX_DEPTH)) return undefined;
  return { data };
}

/**
 * The positional parse: YAML 1.2 core schema with the `yaml` package's Document, whose node ranges
 * give exact lines and columns. Never throws for anything in the text.
 */
export function parseYaml(text: string): ParsedYaml {
  let doc: Document.Parsed;
  try {
    doc = yamlLib().parseDocument(text, {
      version: '1.2',
      schema: 'core',
      uniqueKeys: true,
      prettyErrors: false,
      strict: true,
      stringKeys: false,
    });
  } catch (error) {
    // Only hostile nesting gets here (the parser's stack runs out).
    return { doc: undefined, data: undefined, problems: [problem('too-deep', 'TOO_DEEP', String((error as Error)?.message ?? error), 0)] };
  }
  const problems: YamlProblem[] = [];
  for (const e of doc.errors) problems.push(fromYamlError(e, 'error'));
  for (const w of doc.warnings) problems.push(fromYamlError(w, 'warning'));
  if (doc.errors.length > 0) return { doc, data: undefined, problems };
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
