/** Crediting: raw values carry "Källa: Kolada", own calculations never do. */
import { describe, expect, test } from 'vitest';
import { fetchDateLine, ownCalculationLine, sourceLine } from '../../src/kolada/source-line.js';

describe('crediting Kolada', () => {
  test('raw values: Källa: Kolada with the KPI and the fetch date; nothing for other sources', () => {
    expect(sourceLine({ typ: 'kolada', kpi: 'N01951', hämtad: '2026-12-01' })).toBe('Källa: Kolada (N01951), hämtad 2026-12-01');
    expect(sourceLine({ typ: 'kolada', kpi: 'N01951', hämtad: '2026-12-01' }, 'en')).toBe('Källa: Kolada (N01951), fetched 2026-12-01');
    expect(sourceLine({ typ: 'kolada' })).toBe('Källa: Kolada');
    expect(sourceLine({ typ: 'egen' })).toBeUndefined();
  });

  test('own calculations are named as such and never as Källa: Kolada', () => {
    const line = ownCalculationLine({ typ: 'kolada', kpi: 'N01951' }, 'medelvärde', { used: 7, of: 8 });
    expect(line).toBe('Egen beräkning utifrån Kolada (N01951): ovägt medelvärde av kommunernas värden (7 av 8 kommuner)');
    expect(line).not.toContain('Källa: Kolada');
    expect(ownCalculationLine({ kpi: 'N01951' }, 'befolkningsviktat', undefined, 'en')).toBe('Own calculation based on Kolada (N01951): mean weighted by the municipalities’ population');
    expect(ownCalculationLine({}, 'summa')).toBe('Egen beräkning utifrån Kolada: summa av kommunernas värden');
  });

  test('the fetch dates for Bilagor, sorted and once each', () => {
    expect(fetchDateLine(['2026-12-01', '2026-03-02', '2026-12-01'])).toBe('Värdena från Kolada hämtades 2026-03-02, 2026-12-01. Kolada kan revidera värden i efterhand utan att meddela det.');
    expect(fetchDateLine([])).toBeUndefined();
  });
});
