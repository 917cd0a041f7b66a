import type { KoladaRow } from './envelope.js';

/** A value from Kolada: a number, or null where Kolada has the row but no value (saknas, never 0). */
export type PickedValue = number | null;

/** Values by KPI, municipality code and year, for one gender per KPI. */
export type ValueTable = Map<string, PickedValue>;

/** The key of a value in a ValueTable. */
export function valueKey(kpi: string, municipality: string, year: number): string {
  return `${kpi}\u0000${municipality}\u0000${year}`;
}

/**
 * The values of the rows for each KPI's gender (T unless `genders` says otherwise). Rows or values
 * marked `isdeleted` are dropped; a later page's row replaces an earlier one for the same key. A KPI
 * that is not divided by gender has only T: asked for K or M it gives nothing, and says so in `noGender`.
 */
export function pickValues(rows: Iterable<KoladaRow>, genders: ReadonlyMap<string, 'T' | 'K' | 'M'>): { values: ValueTable; noGender: Set<string> } {
  const values: ValueTable = new Map();
  const noGender = new Set<string>();
  for (const row of rows) {
    if (row.isdeleted) continue;
    const gender = genders.get(row.kpi) ?? 'T';
    const live = row.values.filter((v) => !v.isdeleted);
    const hit = live.find((v) => v.gender === gender);
    if (!hit) {
      if (live.length > 0 && live.every((v) => v.gender === 'T')) noGender.add(row.kpi);
      continue;
    }
    values.set(valueKey(row.kpi, row.municipality, row.period), hit.value === null || !Number.isFinite(hit.value) ? null : hit.value);
  }
  return { values, noGender };
}
