import type { Lang } from '../messages/catalogue.js';
import { BODY_FIELD, sameValue } from './compare-values.js';
import type { FieldChange } from './compare-values.js';
import { compareText } from './diff-snapshots.js';
import type { ChangeType, EntityChange, ProjectDiff } from './diff-snapshots.js';
import { diffWords } from '../messages/diff.js';
import type { DiffWords } from '../messages/diff.js';
import { escapeMarkdownText, markdownCode } from '../util/escape.js';

export interface DiffLabels {
  /** The base revision as the user named it. */
  base: string;
  /** The head revision as the user named it; undefined for the working tree. */
  head?: string;
}

/** Values longer than this are shortened in Markdown (the JSON has them whole). */
const VALUE_WIDTH = 60;
const BODY_WIDTH = 80;
/** How many list items a line shows before "and N more". */
const MAX_ITEMS = 10;
/** Words of unchanged text shown around a change in a body. */
const CONTEXT_WORDS = 3;

/** The diff as JSON: `{base, head, changes: [{kind, id, change, file, network, fields: [{field, before, after}]}]}`. */
export function formatDiffJson(diff: ProjectDiff, labels: DiffLabels): string {
  const out = {
    base: labels.base,
    head: labels.head ?? null,
    changes: diff.changes.map((c) => ({
      kind: c.kind,
      id: c.id,
      change: c.change,
      file: c.file,
      network: c.network,
      ...(c.previousNetwork !== undefined ? { previousNetwork: c.previousNetwork } : {}),
      fields: c.fields.map((f) => ({ field: f.field, before: f.before ?? null, after: f.after ?? null })),
    })),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

/**
 * The diff as Markdown for a pull-request comment: a one-line summary, then the changes grouped by
 * the responsible network (what no network answers for last), each entity with its changed fields.
 */
export function formatDiffMarkdown(diff: ProjectDiff, labels: DiffLabels, lang: Lang): string {
  const w = diffWords(lang);
  const from = code(labels.base);
  const to = labels.head !== undefined ? code(labels.head) : w.workingTree;
  const lines: string[] = [];
  if (diff.changes.length === 0) {
    lines.push(w.noChanges(from, to));
  } else {
    const counts: Record<ChangeType, number> = { added: 0, removed: 0, changed: 0 };
    for (const c of diff.changes) counts[c.change]++;
    lines.push(w.summary(from, to, counts));
    for (const [network, changes] of groupByNetwork(diff.changes)) {
      lines.push('', `### ${groupTitle(network, diff.networkNames, w)}`, '');
      for (const c of changes) lines.push(...entityLines(c, w));
    }
  }
  const unreadable = [
    ...diff.unreadable.base.map((f) => `${code(f)} (${w.inSide(from)})`),
    ...diff.unreadable.head.map((f) => `${code(f)} (${w.inSide(to)})`),
  ];
  if (unreadable.length > 0) lines.push('', w.unreadable(unreadable.join(', ')));
  return lines.join('\n') + '\n';
}

/**
 * Networks in id order, then the changes no network answers for. A change that moves an entity
 * from one network to another is listed under both, so the members of each see it.
 */
function groupByNetwork(changes: EntityChange[]): [string | null, EntityChange[]][] {
  const groups = new Map<string | null, EntityChange[]>();
  const add = (network: string | null, c: EntityChange) => {
    const list = groups.get(network);
    if (list) list.push(c);
    else groups.set(network, [c]);
  };
  for (const c of changes) {
    add(c.network, c);
    if (c.previousNetwork !== undefined) add(c.previousNetwork, c);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : compareText(a, b)));
}

function groupTitle(network: string | null, names: Map<string, string>, w: DiffWords): string {
  if (network === null) return w.common;
  const name = names.get(network);
  return name ? `${escapeMarkdown(name)} (${code(network)})` : code(network);
}

function entityLines(c: EntityChange, w: DiffWords): string[] {
  const title = c.title !== undefined ? ` – ${escapeMarkdown(c.title)}` : '';
  const lines = [`- **${w.change(c.change, c.kind)}** ${w.kind(c.kind)} ${code(c.id)}${title}`];
  for (const f of c.fields) lines.push(`  - ${fieldLine(f, w)}`);
  return lines;
}

/** "fält: gammalt → nytt", lists as added and removed items, a body as the changed words in context. */
function fieldLine(f: FieldChange, w: DiffWords): string {
  const name = escapeMarkdown(f.field);
  if (f.field === BODY_FIELD && (typeof f.before === 'string' || typeof f.after === 'string')) {
    const [a, b] = bodyExcerpts(typeof f.before === 'string' ? f.before : '', typeof f.after === 'string' ? f.after : '');
    return `${name}: ${f.before == null ? '–' : code(a)} → ${f.after == null ? '–' : code(b)}`;
  }
  const isList = (v: unknown) => Array.isArray(v) || v === null || v === undefined;
  if ((Array.isArray(f.before) || Array.isArray(f.after)) && isList(f.before) && isList(f.after)) {
    const before = (f.before as unknown[] | null) ?? [];
    const after = (f.after as unknown[] | null) ?? [];
    const removed = unmatched(before, after);
    const added = unmatched(after, before);
    if (removed.length + added.length === 0) return `${name}: ${w.newOrder} ${capped(after.map(show), w)}`;
    return `${name}: ${capped([...added.map((v) => `+ ${show(v)}`), ...removed.map((v) => `− ${show(v)}`)], w)}`;
  }
  return `${name}: ${show(f.before)} → ${show(f.after)}`;
}

/** The items of `list` that have no equal in `other` (counting repeats). */
function unmatched(list: unknown[], other: unknown[]): unknown[] {
  const rest = [...other];
  return list.filter((x) => {
    const i = rest.findIndex((y) => sameValue(x, y));
    if (i === -1) return true;
    rest.splice(i, 1);
    return false;
  });
}

function capped(items: string[], w: DiffWords): string {
  if (items.length <= MAX_ITEMS) return items.join(', ');
  return `${items.slice(0, MAX_ITEMS).join(', ')} ${w.more(items.length - MAX_ITEMS)}`;
}

/** The part of each body that differs, with a few words of context on either side. */
function bodyExcerpts(a: string, b: string): [string, string] {
  const wa = words(a);
  const wb = words(b);
  let p = 0;
  while (p < wa.length && p < wb.length && wa[p] === wb[p]) p++;
  let s = 0;
  while (s < wa.length - p && s < wb.length - p && wa[wa.length - 1 - s] === wb[wb.length - 1 - s]) s++;
  const excerpt = (ws: string[]) => {
    const start = Math.max(0, p - CONTEXT_WORDS);
    const end = Math.min(ws.length, ws.length - s + CONTEXT_WORDS);
    const text = ws.slice(start, end).join(' ');
    return shorten(`${start > 0 ? '…' : ''}${text}${end < ws.length ? '…' : ''}`, BODY_WIDTH);
  };
  return [excerpt(wa), excerpt(wb)];
}

function words(text: string): string[] {
  const t = collapse(text);
  return t === '' ? [] : t.split(' ');
}

/** A value shortened and in a code span (which also keeps @names and Markdown in data inert). */
function show(value: unknown): string {
  if (value === null || value === undefined) return '–';
  return code(shorten(compact(value), VALUE_WIDTH));
}

/** One-line text for any parsed value: mappings as `k: v, k: v`, lists as `[a, b]`. */
function compact(value: unknown, nested = false): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string') return collapse(value);
  if (Array.isArray(value)) {
    const inner = value.map((v) => compact(v, true)).join(', ');
    return nested ? `[${inner}]` : inner;
  }
  if (typeof value === 'object') {
    const inner = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${compact(v, true)}`)
      .join(', ');
    return nested ? `{${inner}}` : inner;
  }
  return String(value);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function shorten(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, width - 1).join('').trimEnd()}…`;
}

/** A Markdown code span that holds any text on one line (see util/escape.ts). */
export const code = (text: string): string => markdownCode(text);

/** Text from the data made inert in Markdown: no blocks, emphasis, links, HTML, entities or @mentions. */
export const escapeMarkdown = escapeMarkdownText;
