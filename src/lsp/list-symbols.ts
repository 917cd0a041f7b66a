import type { DocumentSymbol } from 'vscode-languageserver/node';
import { SymbolKind } from 'vscode-languageserver/node';
import type { Lang } from '../messages/catalogue.js';
import { lspMessages } from '../messages/lsp.js';
import type { Project } from '../load/project.js';
import { entitiesIn } from '../load/project.js';
import { locate } from '../load/source-file.js';
import { valueRange } from './value-range.js';
import { rangeOf, toLspPosition } from './lsp-positions.js';
import { checkedFile, titleOf } from './reference-at.js';

/** The entities of a file as document symbols: id and title, the entity's mapping as range, its id as selection. */
export function listSymbols(project: Project, path: string, lang: Lang): DocumentSymbol[] {
  const checked = checkedFile(project, path);
  if (!checked) return [];
  const msg = lspMessages(lang);
  return entitiesIn(checked).flatMap((e) => {
    const id = valueRange(e.file, [...e.path, 'id']);
    if (!id) return [];
    const span = locate(e.file, e.path);
    const selection = rangeOf(e.file, id.start, id.end);
    const yaml = e.file.yaml;
    const whole = e.path.length === 0 && yaml ? rangeOf(e.file, 0, yaml.offset + yaml.text.length) : { start: toLspPosition(span.start), end: toLspPosition(span.end ?? span.start) };
    // The selection must lie inside the range; a file that is one entity spans from its start.
    if (whole.end.line < selection.end.line || (whole.end.line === selection.end.line && whole.end.character < selection.end.character)) whole.end = selection.end;
    return [{ name: `${e.id}: ${titleOf(e)}`, detail: msg.kind(e.kind), kind: SymbolKind.Object, range: whole, selectionRange: selection }];
  });
}
