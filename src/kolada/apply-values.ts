import { readDataText, withYaml, yamlOf } from '../edit/data-text.js';
import { dataOf, insertIntoSequence, setValue } from '../edit/yaml-edit.js';
import type { EditValue } from '../edit/yaml-edit.js';
import type { KoladaIndicator, Member } from './kolada-indicators.js';
import { RIKET } from './kolada-indicators.js';
import { valueKey } from './pick-values.js';
import type { ValueTable } from './pick-values.js';

/** A value in an indicator file: a number or saknas; undefined where the file has none. */
export type FileValue = number | 'saknas' | undefined;

/** One value that changes: whose, which year, from what to what. */
export interface ValueChange {
  indicator: string;
  file: string;
  /** A member's name, or undefined for Riket. */
  kommun?: string;
  year: number;
  old: FileValue;
  new: number | 'saknas';
}

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Rec) : {});
const asFileValue = (v: unknown): FileValue => (typeof v === 'number' || v === 'saknas' ? v : undefined);

/** The outcome entry at `index` of the YAML's `utfall`, as plain data. */
function entryAt(yaml: string, index: number): Rec {
  const list = rec(dataOf(yaml)).utfall;
  return Array.isArray(list) ? rec(list[index]) : {};
}

/**
 * The indicator file's YAML with Kolada's values written into `utfall`, per member and year (and
 * `riket` where the indicator asks for it), plus `källa.hämtad`. Only the nodes that change are
 * touched (the byte-preserving editor); a year with no entry gets one, in year order, whose total
 * is `saknas`: the Södertörn total is an own calculation by the indicator's method, not Kolada's.
 * A value Kolada does not have at all (no row) leaves the file's value as it is.
 */
export function applyValues(yaml: string, indicator: KoladaIndicator, file: string, values: ValueTable, years: readonly number[], people: readonly Member[], fetched: string): { yaml: string; changes: ValueChange[] } {
  let text = yaml;
  const changes: ValueChange[] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    const found = people
      .map((m) => ({ m, key: valueKey(indicator.kpi, m.code, year) }))
      .filter(({ key }) => values.has(key))
      .map(({ m, key }) => ({ m, value: values.get(key) ?? ('saknas' as const) }));
    const riketKey = valueKey(indicator.kpi, RIKET, year);
    const riket = indicator.riket && values.has(riketKey) ? (values.get(riketKey) ?? 'saknas') : undefined;
    if (found.length === 0 && riket === undefined) continue;

    const outcomes = (rec(dataOf(text)).utfall as unknown[] | undefined) ?? [];
    let index = outcomes.findIndex((o) => rec(o).år === year);
    if (index === -1) {
      const at = outcomes.findIndex((o) => typeof rec(o).år === 'number' && (rec(o).år as number) > year);
      index = at === -1 ? outcomes.length : at;
      const entry: Record<string, EditValue> = { år: year, värde: 'saknas' };
      if (found.length > 0) entry.kommuner = found.map(({ m, value }) => ({ kommun: m.id, värde: value }));
      if (riket !== undefined) entry.riket = riket;
      text = insertIntoSequence(text, ['utfall'], index, entry);
      for (const { m, value } of found) changes.push({ indicator: indicator.entity.id, file, kommun: m.name, year, old: undefined, new: value });
      if (riket !== undefined) changes.push({ indicator: indicator.entity.id, file, year, old: undefined, new: riket });
      continue;
    }
    for (const { m, value } of found) {
      const list = entryAt(text, index).kommuner;
      const items = Array.isArray(list) ? list : undefined;
      const at = items ? items.findIndex((k) => rec(k).kommun === m.id) : -1;
      const old = at === -1 ? undefined : asFileValue(rec(items![at]).värde);
      if (old === value) continue;
      if (!items) text = setValue(text, ['utfall', index, 'kommuner'], [{ kommun: m.id, värde: value }]);
      else if (at === -1) text = insertIntoSequence(text, ['utfall', index, 'kommuner'], items.length, { kommun: m.id, värde: value });
      else text = setValue(text, ['utfall', index, 'kommuner', at, 'värde'], value);
      changes.push({ indicator: indicator.entity.id, file, kommun: m.name, year, old, new: value });
    }
    if (riket !== undefined) {
      const old = asFileValue(entryAt(text, index).riket);
      if (old !== riket) {
        text = setValue(text, ['utfall', index, 'riket'], riket);
        changes.push({ indicator: indicator.entity.id, file, year, old, new: riket });
      }
    }
  }
  if (rec(rec(dataOf(text)).källa).hämtad !== fetched) text = setValue(text, ['källa', 'hämtad'], fetched);
  return { yaml: text, changes };
}

/** applyValues on a data file's bytes (YAML or Markdown frontmatter); undefined when the file cannot be decoded. */
export function applyValuesToFile(bytes: Buffer, path: string, indicator: KoladaIndicator, values: ValueTable, years: readonly number[], people: readonly Member[], fetched: string): { content: Buffer; changes: ValueChange[] } | undefined {
  const text = readDataText(bytes, path);
  if ('problem' in text) return undefined;
  const before = yamlOf(text);
  const { yaml, changes } = applyValues(before, indicator, path, values, years, people, fetched);
  return { content: yaml === before ? bytes : withYaml(text, yaml), changes };
}
