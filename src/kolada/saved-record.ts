import jsonc from 'jsonc-parser';
import { LineIndex } from '../load/source-file.js';
import { firstTooDeep } from '../util/first-too-deep.js';
import type { FileSource } from '../source/file-source.js';
import { readSaved } from './saved-responses.js';
import type { SavedProblem } from './saved-responses.js';

/** What the saved responses say for a report's crediting: when Kolada's values were fetched, and which are examples. */
export interface SavedRecord {
  /** The fetch dates of the files of real responses, oldest first. */
  fetched: string[];
  /** The files of invented example values (`exempel: true`), with their note. */
  examples: { path: string; date: string; note?: string }[];
  /** KPI ids whose rows lie in example files only, or whose indicator's `hämtad` is an example file's date. */
  exampleKpis: ReadonlySet<string>;
  /** The dates of the example files. */
  exampleDates: ReadonlySet<string>;
}

/** A saved file that cannot be used, at its line and column (from the JSON parser's node ranges). */
export interface SavedFault {
  path: string;
  line: number;
  column: number;
  problem: string;
}

/** The record of a project without saved responses. */
export const EMPTY_SAVED: SavedRecord = { fetched: [], examples: [], exampleKpis: new Set(), exampleDates: new Set() };

/**
 * The saved responses under data/kolada/ read for a report, through the project's source and
 * validated like a live response (readSaved). No files is an empty record; an unusable file is a
 * fault with its position, never a guess: a broken example file must not turn its invented values
 * into "Källa: Kolada".
 */
export function savedRecord(source: FileSource | undefined): { ok: true; record: SavedRecord } | { ok: false; fault: SavedFault } {
  // Without a project (the built-in templates alone) there is nothing saved.
  if (!source) return { ok: true, record: EMPTY_SAVED };
  const read = readSaved(source);
  if (!read.ok) {
    if (read.problem.kind === 'none') return { ok: true, record: EMPTY_SAVED };
    return { ok: false, fault: locate(source, read.problem) };
  }
  const fetched: string[] = [];
  const examples: SavedRecord['examples'] = [];
  const exampleRows = new Set<string>();
  const liveRows = new Set<string>();
  for (const { path, saved } of read.files) {
    const kpis = saved.exempel === true ? exampleRows : liveRows;
    for (const page of saved.svar) for (const row of page.body.values) kpis.add(row.kpi);
    if (saved.exempel === true) examples.push({ path, date: saved.hämtad, ...(saved.anmärkning ? { note: saved.anmärkning } : {}) });
    else fetched.push(saved.hämtad);
  }
  const exampleKpis = new Set([...exampleRows].filter((k) => !liveRows.has(k)));
  return { ok: true, record: { fetched: [...new Set(fetched)], examples, exampleKpis, exampleDates: new Set(examples.map((e) => e.date)) } };
}

/** Why the source would not hand out a saved file, in the words of the message (never the code, such as "special"). */
const READ_PROBLEMS: Record<string, string> = {
  outside: 'filen är en länk som pekar utanför projektet och läses inte',
  'broken-link': 'filen är en länk som inte går att följa',
  folder: 'på filens plats finns en mapp',
  special: 'filen är ingen vanlig fil (en rörledning, socket eller enhet) och läses inte',
  'too-large': 'filen är för stor',
  'bad-name': 'filens namn går inte att läsa',
  unreadable: 'filen kunde inte läsas',
  missing: 'filen finns inte',
};

/** Far deeper than any saved response (about seven levels), far shallower than the parser's stack. */
const MAX_DEPTH = 64;

/** The line and column of a saved file's problem: the node its JSON pointer names, or the parser's error offset. */
function locate(source: FileSource, problem: Exclude<SavedProblem, { kind: 'none' }>): SavedFault {
  const where = (offset: number, text: string) => new LineIndex(text).position(offset);
  if (problem.kind === 'unreadable') return { path: problem.path, line: 1, column: 1, problem: READ_PROBLEMS[problem.problem] ?? READ_PROBLEMS.unreadable! };
  const read = source.read(problem.path, 'data');
  const text = read.ok ? new TextDecoder('utf-8', { fatal: false }).decode(read.bytes) : '';
  // A saved file is a few levels deep; the parser below recurses per level and must not meet a million.
  const tooDeep = firstTooDeep(text, MAX_DEPTH);
  if (tooDeep !== undefined) {
    const pos = where(tooDeep, text);
    return { path: problem.path, line: pos.line, column: pos.column, problem: `ogiltig JSON (nästlad djupare än ${MAX_DEPTH} nivåer)` };
  }
  if (problem.kind === 'json') {
    const errors: jsonc.ParseError[] = [];
    jsonc.parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
    const pos = where(errors[0]?.offset ?? 0, text);
    return { path: problem.path, line: pos.line, column: pos.column, problem: `ogiltig JSON (${problem.detail})` };
  }
  const tree = jsonc.parseTree(text);
  const steps = problem.pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~')).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const node = tree && jsonc.findNodeAtLocation(tree, steps);
  const pos = where(node?.offset ?? 0, text);
  return { path: problem.path, line: pos.line, column: pos.column, problem: `${problem.pointer}: ${problem.problem}` };
}
