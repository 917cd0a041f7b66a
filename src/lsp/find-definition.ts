import type { Location } from 'vscode-languageserver/node';
import type { Project } from '../load/project.js';
import { valueRange } from './value-range.js';
import { rangeOf } from './lsp-positions.js';
import { pointedAt } from './reference-at.js';

/** Where the entity that a reference at `offset` names is defined: its `id:` value. */
export function findDefinition(project: Project, path: string, offset: number, uriOf: (path: string) => string): Location | undefined {
  const at = pointedAt(project, path, offset);
  if (!at?.entity || !at.ref) return undefined;
  const target = at.entity.file;
  const range = valueRange(target, [...at.entity.path, 'id']);
  if (!range) return undefined;
  return { uri: uriOf(target.path), range: rangeOf(target, range.start, range.end) };
}
