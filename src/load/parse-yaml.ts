import { parseDocument } from 'yaml';
import type { Document } from 'yaml';

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
  doc: Document.Parsed;
  /** The plain data, or undefined when the text has errors. */
  data: unknown;
  problems: YamlProblem[];
}

/**
 * Parses YAML 1.2 with the core schema (dates stay strings, `017` stays 17), with source ranges.
 * This is the one place where YAML text is parsed, so a faster parse can be slotted in here.
 */
export function parseYaml(text: string): ParsedYaml {
  const doc = parseDocument(text, {
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    stringKeys: false,
  });
  const problems: YamlProblem[] = [];
  for (const e of doc.errors) problems.push(fromYamlError(e, 'error'));
  for (const w of doc.warnings) problems.push(fromYamlError(w, 'warning'));
  if (doc.errors.length > 0) return { doc, data: undefined, problems };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const alias = error instanceof ReferenceError || /alias/i.test(String((error as Error)?.message));
    problems.push({
      kind: alias ? 'alias' : 'syntax',
      severity: 'error',
      code: alias ? 'ALIAS_COUNT' : 'TO_JS',
      detail: String((error as Error)?.message ?? error),
      offset: doc.contents?.range?.[0] ?? 0,
      endOffset: doc.contents?.range?.[0] ?? 0,
    });
    return { doc, data: undefined, problems };
  }
  if (depthExceeds(data, MAX_DEPTH)) {
    problems.push({
      kind: 'too-deep',
      severity: 'error',
      code: 'TOO_DEEP',
      detail: `deeper than ${MAX_DEPTH}`,
      offset: doc.contents?.range?.[0] ?? 0,
      endOffset: doc.contents?.range?.[0] ?? 0,
    });
    return { doc, data: undefined, problems };
  }
  return { doc, data, problems };
}

function fromYamlError(
  e: { code: string; message: string; pos: [number, number] },
  severity: 'error' | 'warning',
): YamlProblem {
  const detail = e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? e.code;
  return { kind: 'syntax', severity, code: e.code, detail, offset: e.pos[0], endOffset: e.pos[1] };
}

/** Walks without recursion, so hostile nesting cannot overflow the stack. */
function depthExceeds(root: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return false;
}
