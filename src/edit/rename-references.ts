import { posix } from 'node:path';
import { locate } from '../load/source-file.js';
import type { DataPath } from '../load/source-file.js';
import type { Project } from '../load/project.js';
import { readDataText, withYaml, yamlOf } from './data-text.js';
import { isValidId } from './make-id.js';
import { EditError, setValue } from './yaml-edit.js';

/** One place in the project that names an id: a reference field, or the entity's own `id`. */
export interface ReferencePlace {
  file: string;
  /** Where in the file's data (as `Reference.path`). */
  path: DataPath;
  line: number;
  column: number;
  /** True for the entity's own `id` field. */
  own: boolean;
}

/** A file that a rename changes: new bytes (or null when the file moves away), with the bytes it must still hold. */
export interface RenameFileChange {
  path: string;
  content: Buffer | null;
  /** The bytes on disk the change was made from; undefined for a file that is new. */
  expected?: Buffer;
}

export type RenameResult =
  | { ok: true; changes: RenameFileChange[]; places: ReferencePlace[]; movedTo?: string }
  | { ok: false; problem: 'unknown' | 'ambiguous' | 'taken' | 'bad-id' | 'unreadable'; file?: string }
  | { ok: false; problem: 'edit'; file: string; error: EditError };

/** Every place that refers to `id` (and the entity's own id field), in file order, with positions from the YAML nodes. */
export function referencesTo(project: Project, id: string): ReferencePlace[] {
  const places: ReferencePlace[] = [];
  for (const checked of project.files) {
    for (const entity of project.entities.filter((e) => e.file === checked.file && e.id === id)) {
      const at = locate(checked.file, [...entity.path, 'id']).start;
      places.push({ file: checked.file.path, path: [...entity.path, 'id'], line: at.line, column: at.column, own: true });
    }
    for (const ref of checked.references) {
      if (ref.value !== id) continue;
      const at = locate(checked.file, ref.path).start;
      places.push({ file: checked.file.path, path: ref.path, line: at.line, column: at.column, own: false });
    }
  }
  return places.sort((a, b) => (a.file === b.file ? a.line - b.line || a.column - b.column : a.file < b.file ? -1 : 1));
}

/**
 * The file changes that rename `oldId` to `newId` everywhere in the project: the entity's own id and
 * every reference, each spliced at its YAML node so every other byte stays; the entity's file moves
 * to `<newId>.<ext>` when its name follows the id. Nothing is written: the caller checks the changes
 * (checkWithChange) and writes them as one change. Used by `sup mv` and by the language server.
 */
export function renameReferences(project: Project, oldId: string, newId: string): RenameResult {
  if (!isValidId(newId)) return { ok: false, problem: 'bad-id' };
  const owners = project.byId.get(oldId) ?? [];
  if (owners.length === 0) return { ok: false, problem: 'unknown' };
  if (owners.length > 1) return { ok: false, problem: 'ambiguous' };
  if (project.byId.has(newId)) return { ok: false, problem: 'taken', file: project.byId.get(newId)![0]!.file.path };
  const owner = owners[0]!;
  const places = referencesTo(project, oldId);
  const byFile = new Map<string, ReferencePlace[]>();
  for (const p of places) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const changes: RenameFileChange[] = [];
  let movedTo: string | undefined;
  for (const [file, list] of byFile) {
    const read = project.source.read(file, 'data');
    if (!read.ok) return { ok: false, problem: 'unreadable', file };
    const text = readDataText(read.bytes, file);
    if ('problem' in text) return { ok: false, problem: 'unreadable', file };
    let yaml = yamlOf(text);
    try {
      for (const p of list) yaml = setValue(yaml, p.path, newId);
    } catch (error) {
      if (error instanceof EditError) return { ok: false, problem: 'edit', file, error };
      throw error;
    }
    const content = withYaml(text, yaml);
    const ext = posix.extname(file);
    const follows = file === owner.file.path && owner.path.length === 0 && posix.basename(file, ext) === oldId;
    if (follows) {
      movedTo = posix.join(posix.dirname(file), `${newId}${ext}`);
      if (project.files.some((f) => f.file.path === movedTo)) return { ok: false, problem: 'taken', file: movedTo };
      changes.push({ path: movedTo, content }, { path: file, content: null, expected: read.bytes });
    } else {
      changes.push({ path: file, content, expected: read.bytes });
    }
  }
  return { ok: true, changes, places, movedTo };
}
