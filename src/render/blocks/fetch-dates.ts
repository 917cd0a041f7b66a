import type { RootContent } from 'mdast';
import { fetchDateLine } from '../../kolada/source-line.js';
import type { SavedRecord } from '../../kolada/saved-record.js';
import { paragraph } from '../markdown.js';
import type { IndicatorView } from '../year-data.js';
import { hasExampleValues } from './indicators.js';

/**
 * Bilagor: when Kolada's values were fetched (Kolada revises data without notice), from the saved
 * responses and the indicators' recorded `hämtad`; and, where the values are invented examples in
 * Kolada's format, that they are, with each example file's own note.
 */
export function fetchDatesBlock(ctx: { kolada: SavedRecord }, indicators: readonly IndicatorView[]): RootContent[] {
  const kolada = indicators.filter((i) => i.source.type === 'kolada');
  const real = kolada.filter((i) => !hasExampleValues(ctx, i));
  const dates = [...ctx.kolada.fetched, ...real.flatMap((i) => (i.source.fetched ? [i.source.fetched] : []))];
  const out: RootContent[] = [];
  const line = real.length > 0 ? fetchDateLine(dates) : undefined;
  if (line) out.push(paragraph(line));
  if (kolada.some((i) => hasExampleValues(ctx, i))) {
    for (const e of ctx.kolada.examples) {
      const note = e.note ? ` ${e.note.replace(/\s+/g, ' ').trim()}` : '';
      out.push(paragraph(`Värdena i ${e.path} (${e.date}) är exempelvärden i Koladas format och inte hämtade från Kolada.${note}`));
    }
  }
  return out;
}
