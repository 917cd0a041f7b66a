import type { Lang } from '../messages/catalogue.js';
import { escapeTerminal as t } from '../util/escape.js';
import type { EntityDescription, RelatedEntity } from './describe-entity.js';
import { yearMsg } from '../messages/edit-year.js';

const entry = (r: RelatedEntity) => `${t(r.id)}${r.title ? ` (${t(r.title)})` : ''}`;

/** `sup show` as text: the entity's id, kind and title, then one labelled line or list per relation; every data string escaped. */
export function formatDescription(d: EntityDescription, lang: Lang): string {
  const labels = yearMsg(lang).showLabels;
  const rows: [string, string[]][] = [[labels.file, [`${t(d.file)}:${d.line}`]]];
  if (d.year !== undefined) rows.push([labels.year, [String(d.year)]]);
  if (d.status !== undefined) rows.push([labels.status, [t(d.status)]]);
  if (d.owner) rows.push([labels.owner(d.kind), [entry(d.owner)]]);
  const lists: [string, RelatedEntity[], boolean][] = [
    [labels.goals(d.kind), d.goals, ['aktivitet', 'indikator', 'nätverk', 'verksamhetsplan'].includes(d.kind)],
    [labels.activities(d.kind), d.activities, ['mål', 'nätverk', 'organ', 'verksamhetsplan'].includes(d.kind)],
    [labels.indicators, d.indicators, d.kind === 'mål'],
  ];
  for (const [label, list, always] of lists) {
    if (list.length > 0) rows.push([label, list.map(entry)]);
    else if (always) rows.push([label, [labels.none]]);
  }
  const width = Math.max(...rows.map(([label]) => label.length));
  let out = `${t(d.kind)} ${t(d.id)}${d.title ? ` – ${t(d.title)}` : ''}\n`;
  for (const [label, values] of rows) {
    out += `  ${`${label}:`.padEnd(width + 2)}${values[0]}\n`;
    for (const v of values.slice(1)) out += `  ${' '.repeat(width + 2)}${v}\n`;
  }
  out += `  ${labels.referencedBy}:${d.referencedBy.length === 0 ? ` ${labels.none}` : ''}\n`;
  for (const p of d.referencedBy) out += `    ${t(p.file)}:${p.line}:${p.column}  ${t(p.field)}${p.from ? `  (${t(p.from)})` : ''}\n`;
  return out;
}

/** `sup show --format json`: the description without the raw data, as one line of JSON. */
export function describeJson(d: EntityDescription): Omit<EntityDescription, 'data'> {
  const { data: _data, ...rest } = d;
  return rest;
}

/** One row of `sup ls`. */
export interface ListedRow {
  id: string;
  kind: string;
  title?: string;
  year?: number;
  status?: string;
  owner?: string;
  file: string;
  line: number;
}

/** `sup ls` as text: one aligned row per entity (id, year, status, owner, title), every data string escaped. */
export function formatList(rows: readonly ListedRow[]): string {
  const cells = rows.map((r) => [t(r.id), r.year === undefined ? '' : String(r.year), t(r.status ?? ''), t(r.owner ?? ''), t(r.title ?? '')]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(0, ...cells.map((c) => c[i]!.length)));
  return cells
    .map((c) => c.map((cell, i) => (i < 4 && widths[i]! > 0 ? cell.padEnd(widths[i]!) : cell)).filter((cell, i) => i === 4 || widths[i]! > 0).join('  ').trimEnd() + '\n')
    .join('');
}
