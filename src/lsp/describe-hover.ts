import type { Hover } from 'vscode-languageserver/node';
import { MarkupKind } from 'vscode-languageserver/node';
import type { Lang } from '../messages/catalogue.js';
import { lspMessages } from '../messages/lsp.js';
import type { Project } from '../load/project.js';
import { lookup } from '../load/project.js';
import { escapeMarkdownText, markdownCode } from '../util/escape.js';
import { rangeOf } from './lsp-positions.js';
import { pointedAt, titleOf } from './reference-at.js';

/**
 * Hover on a reference or an id: the entity's title, kind, status and owner. Every string from
 * the data goes through the Markdown escapes, so a title cannot add a link, an image or HTML to
 * the editor's hover.
 */
export function describeHover(project: Project, path: string, offset: number, lang: Lang): Hover | undefined {
  const at = pointedAt(project, path, offset);
  if (!at?.entity) return undefined;
  const e = at.entity;
  const msg = lspMessages(lang);
  const lines = [`**${escapeMarkdownText(titleOf(e))}** — ${escapeMarkdownText(msg.kind(e.kind))} ${markdownCode(e.id)}`];
  const field = (label: string, key: string) => {
    const v = (e.data as Readonly<Record<string, unknown>>)[key];
    if (typeof v !== 'string' && typeof v !== 'number') return;
    const named = typeof v === 'string' ? lookup(project, v) : undefined;
    lines.push(`${label}: ${escapeMarkdownText(String(v))}${named && named !== e ? ` (${escapeMarkdownText(titleOf(named))})` : ''}`);
  };
  field(msg.level, 'nivå');
  field(msg.status, 'status');
  field(msg.owner, 'ägare');
  field(msg.responsible, 'ansvarig');
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('  \n') }, range: rangeOf(at.checked.file, at.node.start, at.node.end) };
}
