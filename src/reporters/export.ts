import type { Entity } from '../load/project.js';
import { escapeCsvCell } from '../util/escape.js';

/** Every entity as `{"kind","id","file","data"}`, one JSON array. */
export function exportJson(entities: readonly Entity[]): string {
  return JSON.stringify(entities.map((e) => ({ kind: e.kind, id: e.id, file: e.file.path, data: e.data })), null, 2) + '\n';
}

/**
 * One kind as CSV (RFC 4180, CRLF line ends): id, file, then every field in order of first appearance.
 * Cells are quoted for `,` and `;` alike, so a spreadsheet set to either separator reads the same columns.
 * Lists of plain values are joined with "; ", anything nested is written as JSON.
 */
export function exportCsv(entities: readonly Entity[]): string {
  const columns: string[] = [];
  for (const e of entities) for (const key of Object.keys(e.data)) if (key !== 'id' && key !== 'typ' && !columns.includes(key)) columns.push(key);
  const rows = [['id', 'fil', ...columns]];
  // The columns are whatever fields the files hold, valid or not: plain data by design.
  for (const e of entities) rows.push([e.id, e.file.path, ...columns.map((c) => cell((e.data as Readonly<Record<string, unknown>>)[c]))]);
  return rows.map((r) => r.map(escapeCsvCell).join(',')).join('\r\n') + '\r\n';
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) return value.map((v) => String(v ?? '')).join('; ');
  return JSON.stringify(value);
}
