// Writes data/kolada/hamtning-2026-12-02.json: invented example values in Kolada v3's shape for the
// example indicators, since Kolada is not reachable where the example was made. The pages are built
// for the URLs sup kolada hämta would request and serialised by sup's own serializeSaved, then marked
// `exempel: true` with an `anmärkning`, so no report credits them as "Källa: Kolada".
// Run: npm run build && node scripts/exempel/kolada-svar.mjs; then sup kolada hämta --offline.
import { writeFileSync } from 'node:fs';
import { dataUrls } from '../../dist/kolada/fetch-data.js';
import { savedPath, serializeSaved } from '../../dist/kolada/saved-responses.js';

const DATE = '2026-12-02';
const API = 'https://api.kolada.se/v3';
const YEARS = [2022, 2023, 2024, 2025];
const CODES = ['0126', '0127', '0128', '0136', '0138', '0140', '0181', '0192'];

// Invented starting values per kommun (2022) and a yearly change; 2025 is not yet published (null).
/** @type {Record<string, Record<string, number>>} */
const START = {
  N00401: { '0126': 1.9, '0127': 2.1, '0128': 1.5, '0136': 2.3, '0138': 1.2, '0140': 5.6, '0181': 4.4, '0192': 6.8 },
  N85533: { '0126': 96000, '0127': 81000, '0128': 15500, '0136': 70500, '0138': 24800, '0140': 41200, '0181': 151000, '0192': 30100 },
  N00924: { '0126': -6.2, '0127': -21.4, '0128': -45.3, '0136': -26.8, '0138': -49.1, '0140': -31.5, '0181': 4.7, '0192': -20.2 },
};
/** @type {Record<string, number>} */
const CHANGE = { N00401: 0.96, N85533: 0.97, N00924: 1 };
/** @type {Record<string, number>} */
const STEP = { N00401: 0, N85533: 0, N00924: 0.8 };
/** @type {Record<string, number>} */
const DECIMALS = { N00401: 2, N85533: 0, N00924: 1 };

/** @param {number} v @param {number} d */
const round = (v, d) => Math.round(v * 10 ** d) / 10 ** d;
const rows = [];
for (const kpi of Object.keys(START).sort())
  for (const code of CODES)
    for (const [n, period] of YEARS.entries()) {
      const value = period === 2025 ? null : round(START[kpi][code] * CHANGE[kpi] ** n + STEP[kpi] * n, DECIMALS[kpi]);
      rows.push({ kpi, municipality: code, period, values: [{ gender: /** @type {'T'} */ ('T'), value, count: 1, status: null, isdeleted: false }] });
    }

const [url] = dataUrls(API, { kpis: Object.keys(START), municipalities: CODES, years: YEARS });
const page = { url, status: 200, body: { count: rows.length, next_url: null, values: rows } };
const saved = JSON.parse(serializeSaved(DATE, API, [page]).toString('utf8'));
const marked = {
  typ: saved.typ,
  hämtad: saved.hämtad,
  api: saved.api,
  // Not "Kolada": the values are not Kolada's.
  källa: 'Exempel i Koladas format',
  exempel: true,
  anmärkning:
    'Påhittade exempelvärden i Koladas format för exempelåret, inte hämtade från Kolada (som inte gick att nå när exemplet skrevs). Nyckeltalens id och titlar är verkliga och kontrollerade enligt indikatorfilerna; värdena är det inte.',
  svar: saved.svar,
};
writeFileSync(savedPath(DATE), `${JSON.stringify(marked, null, 2)}\n`);
