import type { DataPath, SourceFile } from '../load/source-file.js';
import { yamlLib } from '../load/yaml-lib.js';
import type { Entity, Project } from '../load/project.js';

/**
 * The reference-rewriting engine: what changes in which file when an id is renamed. It only plans
 * (offsets into each file's text, from the parser's node ranges); `sup lsp` sends the plan to the
 * editor as a WorkspaceEdit, and a command that writes (`sup mv`) applies it with `applyEdits`,
 * checks the result with checkWithChange and writes through ConfinedWriter.
 */

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

export type RenamePlan =
  | { ok: true; entity: Entity; files: FileEdits[] }
  | { ok: false; reason: 'unknown' | 'ambiguous' | 'invalid-id' | 'taken' | 'unlocated' };

/** The shape of an id (gemensam.schema.json#/$defs/id): a plain YAML scalar that needs no quotes. */
const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Plans renaming the entity `oldId` to `newId`: its own `id:` and every `x-sup-ref` reference to it. */
export function planRename(project: Project, oldId: string, newId: string): RenamePlan {
  if (!ID_PATTERN.test(newId) || newId.length > 80) return { ok: false, reason: 'invalid-id' };
  const found = project.byId.get(oldId) ?? [];
  if (found.length === 0) return { ok: false, reason: 'unknown' };
  if (found.length > 1) return { ok: false, reason: 'ambiguous' };
  if (newId !== oldId && project.byId.has(newId)) return { ok: false, reason: 'taken' };
  const entity = found[0]!;
  const byPath = new Map<string, TextEdit[]>();
  const add = (file: SourceFile, path: DataPath): boolean => {
    const range = valueRange(file, path);
    if (!range) return false;
    const list = byPath.get(file.path) ?? [];
    list.push({ ...range, text: newId });
    byPath.set(file.path, list);
    return true;
  };
  if (!add(entity.file, [...entity.path, 'id'])) return { ok: false, reason: 'unlocated' };
  for (const checked of project.files) {
    for (const ref of checked.references) {
      if (ref.value !== oldId || !ref.kinds.includes(entity.kind)) continue;
      if (!add(checked.file, ref.path)) return { ok: false, reason: 'unlocated' };
    }
  }
  const files = [...byPath]
    .map(([path, edits]) => ({ path, edits: edits.sort((a, b) => a.start - b.start) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { ok: true, entity, files };
}

/** A text with edits applied (non-overlapping, any order). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** The offsets of the scalar at `path` in the file's text (quotes included, so a quoted id becomes plain). */
export function valueRange(file: SourceFile, path: DataPath): { start: number; end: number } | undefined {
  const part = file.yaml;
  const node = part?.doc?.getIn(path, true) as unknown;
  if (!part || !yamlLib().isScalar(node) || !node.range) return undefined;
  return { start: part.offset + node.range[0], end: part.offset + node.range[1] };
}
