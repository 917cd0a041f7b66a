import type { Lang } from '../messages/catalogue.js';
import { escapeTerminal } from '../util/escape.js';
import type { KoladaKpi } from './envelope.js';
import { koladaMsg } from '../messages/kolada.js';

/** KPIs as a terminal table (id, title, by gender, publication period), every string from the server escaped; ends with "Källa: Kolada". */
export function formatKpiList(kpis: readonly KoladaKpi[], lang: Lang): string {
  const say = koladaMsg(lang);
  const rows = kpis.map((k) => [
    escapeTerminal(k.id),
    escapeTerminal(k.title.replace(/\s+/g, ' ').trim()),
    k.is_divided_by_gender === true || k.is_divided_by_gender === 1 ? say.yes : say.no,
    escapeTerminal(String(k.publ_period ?? '')) + (k.publication_date ? ` (${escapeTerminal(k.publication_date)})` : ''),
  ]);
  const head = say.searchHead();
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(width[i]!))).join('  ').trimEnd();
  return [line(head), ...rows.map(line), '', say.credit()].join('\n') + '\n';
}
