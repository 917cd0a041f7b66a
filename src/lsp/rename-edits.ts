import type { Project } from '../load/project.js';
import { renameReferences } from '../edit/rename-references.js';
import { valueRange } from './value-range.js';

/** One replacement in a file's text, by offsets (UTF-16 code units, as JavaScript strings count). */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface FileEdits {
  path: string;
  edits: TextEdit[];
}

export type RenameEdits =
  | { ok: true; files: FileEdits[] }
  | { ok: false; reason: 'unknown' | 'ambiguous' | 'invalid-id' | 'taken' | 'unlocated' };

/**
 * Renaming an id for the language server, through the same reference rewriting as `sup mv`
 * (renameReferences): the project's source is the editor's overlay, so an open document's unsaved
 * text is what is rewritten, with the same result as `sup mv` (a quoted id stays quoted). Each
 * file's new text is handed back as edits of the text the editor has: one per place, over the id's
 * node range, when that reproduces the new text exactly; else one edit over the part that differs. The server writes nothing; a file named after the id keeps its
 * name here, since plain text edits cannot move it (`sup mv` does).
 */
export function renameEdits(project: Project, oldId: string, newId: string): RenameEdits {
  const plan = renameReferences(project, oldId, newId);
  if (!plan.ok) {
    if (plan.problem === 'taken' && newId === oldId) return { ok: true, files: [] };
    const reason = ({ 'bad-id': 'invalid-id', unknown: 'unknown', ambiguous: 'ambiguous', taken: 'taken', unreadable: 'unlocated', edit: 'unlocated' } as const)[plan.problem];
    return { ok: false, reason };
  }
  const byPath = new Map(project.files.map((f) => [f.file.path, f.file]));
  const files: FileEdits[] = [];
  for (const change of plan.changes) {
    if (change.content === null) continue;
    // The owner's file, moved by `sup mv` to follow the id, stays where the editor has it.
    const path = change.path === plan.movedTo ? plan.changes.find((c) => c.content === null)!.path : change.path;
    const file = byPath.get(path);
    if (!file) return { ok: false, reason: 'unlocated' };
    const before = file.text;
    const after = change.content.toString('utf8');
    const places = plan.places.filter((p) => p.file === path);
    const edits: TextEdit[] = [];
    for (const p of places) {
      const range = valueRange(file, p.path);
      // sup mv keeps a quoted id quoted, in the same quotes.
      const quote = range ? before[range.start] : undefined;
      if (range) edits.push({ ...range, text: quote === '"' || quote === "'" ? `${quote}${newId}${quote}` : newId });
    }
    edits.sort((a, b) => a.start - b.start);
    files.push({ path, edits: edits.length === places.length && applyEdits(before, edits) === after ? edits : [differing(before, after)] });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { ok: true, files };
}

/** A text with edits applied (non-overlapping, any order). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** The one edit that turns `before` into `after`: the part between their common start and end. */
function differing(before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { start, end: before.length - end, text: after.slice(start, after.length - end) };
}
