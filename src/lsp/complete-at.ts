import type { CompletionItem } from 'vscode-languageserver/node';
import { CompletionItemKind } from 'vscode-languageserver/node';
import type { Project } from '../load/project.js';
import type { Lang } from '../messages/catalogue.js';
import { lspMessages } from '../messages/lsp.js';
import { referencePatterns } from '../validate/schemas.js';
import { enumValuesAt } from '../validate/schema-at.js';
import { matchesPattern } from './node-at.js';
import { rangeOf } from './lsp-positions.js';
import { checkedFile, titleOf } from './reference-at.js';
import { nodeAt } from './node-at.js';

/** The most ids offered at once; a client filters them further as the person types. */
const MAX_ITEMS = 1000;

/**
 * Completion at `offset`: on a reference (`x-sup-ref`), the ids of the kinds it may name with
 * their titles; on a value with an `enum` in the schema, the allowed values.
 */
export function completeAt(project: Project, path: string, offset: number, lang: Lang): CompletionItem[] {
  const checked = checkedFile(project, path);
  const node = checked ? nodeAt(checked.file, offset) : undefined;
  if (!checked?.kind || !node || node.target !== 'value') return [];
  const file = checked.file;
  const range = rangeOf(file, node.start, node.end);
  const msg = lspMessages(lang);
  const kinds = new Set(referencePatterns()[checked.kind].filter((p) => matchesPattern(p.path, node.path)).flatMap((p) => p.kinds));
  const items: CompletionItem[] = [];
  if (kinds.size > 0) {
    for (const e of project.entities) {
      if (!kinds.has(e.kind) || items.length >= MAX_ITEMS) continue;
      const title = titleOf(e);
      items.push({ label: e.id, kind: CompletionItemKind.Reference, detail: `${msg.kind(e.kind)}: ${title}`, filterText: e.id, textEdit: { range, newText: e.id } });
    }
    return items.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  }
  for (const { value, description } of enumValuesAt(checked.kind, node.path)) {
    // A value with a space or a colon is written quoted only where YAML would read it otherwise.
    const text = /^[\p{L}\p{N}][\p{L}\p{N} -]*$/u.test(value) ? value : JSON.stringify(value);
    items.push({ label: value, kind: CompletionItemKind.EnumMember, ...(description ? { documentation: description } : {}), textEdit: { range, newText: text } });
  }
  return items;
}
