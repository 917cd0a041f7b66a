import type { Lang } from '../messages/catalogue.js';
import { catalogue } from '../messages/catalogue.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { FileKind } from '../model/kinds.js';
import type { Reference } from './references.js';
import { validateFile } from './validate-file.js';
import type { FileSource } from '../source/file-source.js';
import { loadFile } from '../load/load-file.js';

/** What reading and validating one file gives: plain data, so a worker thread can send it back. */
export interface FileResult {
  path: string;
  data: unknown;
  kind?: FileKind;
  valid: boolean;
  references: Reference[];
  diagnostics: Diagnostic[];
}

/** Reads, parses and validates one file. Never throws for anything in the file. */
export function readOne(source: FileSource, path: string, lang: Lang): FileResult {
  const msg = catalogue(lang);
  const loaded = loadFile(source, path, msg, undefined, { retainText: false });
  const base = { path, data: loaded.file.data, diagnostics: loaded.diagnostics };
  if (loaded.file.data === undefined) return { ...base, valid: false, references: [] };
  const validated = validateFile(loaded.file, msg);
  return {
    ...base,
    kind: validated.kind,
    valid: validated.valid,
    references: validated.references,
    diagnostics: [...loaded.diagnostics, ...validated.diagnostics],
  };
}

/**
 * Reads many files, in order, in this thread. (A worker thread reading half of them was tried and
 * measured: on two cores the worker's own start-up, JIT warm-up and the structured clone of its
 * results ate the gain; see docs/performance.md.)
 */
export function readFiles(source: FileSource, paths: readonly string[], lang: Lang): FileResult[] {
  return paths.map((p) => readOne(source, p, lang));
}
