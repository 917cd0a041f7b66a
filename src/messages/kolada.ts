import type { Lang } from './catalogue.js';
import { inLang, sideBySide } from './side-by-side.js';
import type { FileValue } from '../kolada/apply-values.js';
import type { RequestFailure } from '../kolada/request.js';
import type { SavedProblem } from '../kolada/saved-responses.js';

/** The sentences of `sup kolada`, in Swedish and English. Data in them is escaped by the formatter that prints them. */

const q = (s: unknown) => `"${String(s)}"`;
/** A number as people read it: decimal comma in Swedish. */
export function formatNumber(value: number, lang: Lang): string {
  const s = String(value);
  return lang === 'sv' ? s.replace('.', ',').replace('-', '−') : s;
}
const shown = (v: FileValue, lang: Lang) => (v === undefined ? (lang === 'sv' ? '(inget)' : '(none)') : v === 'saknas' ? 'saknas' : formatNumber(v, lang));

/** The sentences of `sup kolada`, Swedish and English side by side. */
const KOLADA = sideBySide({
  fetched: {
    sv: (n: number, saved?: string) => `Hämtade värden från Kolada och ändrade ${n} ${n === 1 ? 'värde' : 'värden'}` + (saved ? `; svaren sparades i ${saved}` : '') + (n > 0 ? ':' : '.'),
    en: (n, savedTo) => `Fetched values from Kolada and changed ${n} ${n === 1 ? 'value' : 'values'}` + (savedTo ? `; the responses were saved in ${savedTo}` : '') + (n > 0 ? ':' : '.'),
  },
  offline: {
    sv: (n: number, saved: string, examples?: boolean) =>
      (examples ? `Läste sparade exempelvärden i Koladas format, inte hämtade från Kolada (${saved}), och ändrade ` : `Läste sparade svar från Kolada (${saved}) och ändrade `) +
      `${n} ${n === 1 ? 'värde' : 'värden'}` +
      (n > 0 ? ':' : '.'),
    en: (n, savedIn, examples = false) =>
      (examples ? `Read saved example values in Kolada's format, not fetched from Kolada (${savedIn}), and changed ` : `Read saved responses from Kolada (${savedIn}) and changed `) +
      `${n} ${n === 1 ? 'value' : 'values'}` +
      (n > 0 ? ':' : '.'),
  },
  change: {
    sv: (kommun: string | undefined, year: number, old: FileValue, nu: number | 'saknas', indicator: string, example?: boolean) =>
      `${kommun ?? 'Riket'} ${year}: ${shown(old, 'sv')} → ${shown(nu, 'sv')} (${indicator}; ${example ? 'exempelvärde, inte från Kolada' : 'Källa: Kolada'})`,
    en: (kommun, year, old, nu, indicator, example = false) =>
      `${kommun ?? 'Riket'} ${year}: ${shown(old, 'en')} → ${shown(nu, 'en')} (${indicator}; ${example ? 'example value, not from Kolada' : 'Källa: Kolada'})`,
  },
  noGender: {
    sv: (kpi: string, gender: string) => `${kpi} är inte uppdelat på kön i Kolada; värden för ${gender} finns inte. Ta bort kön eller ange kön: T.`,
    en: (kpi, gender) => `${kpi} is not divided by gender in Kolada; there are no values for ${gender}. Remove kön or set kön: T.`,
  },
  unverified: {
    sv: (kpi: string, indicator: string) => `Obs: ${kpi} (${indicator}) är inte verifierat mot Koladas titel på nyckeltalet; kontrollera med sup kolada sök och ange var i källa.verifierad.`,
    en: (kpi, indicator) => `Note: ${kpi} (${indicator}) is not verified against Kolada's title of the key figure; check with sup kolada sök and say where in källa.verifierad.`,
  },
  nothing: {
    sv: () => 'Ingen indikator har källan kolada med ett KPI-id; det finns ingenting att hämta.',
    en: () => 'No indicator has the source kolada with a KPI id; there is nothing to fetch.',
  },
  noYears: {
    sv: () => 'Ange vilka år som ska hämtas med --år, till exempel --år 2025 (det finns inget program med giltighet att utgå från).',
    en: () => 'Give the years to fetch with --år, for example --år 2025 (there is no programme with a period to start from).',
  },
  badYears: {
    sv: (value: string) => `--år ska vara ett eller flera år åtskilda med komma, till exempel 2025,2026, inte ${q(value)}.`,
    en: (value) => `--år takes one or more years separated by commas, for example 2025,2026, not ${q(value)}.`,
  },
  badUrl: {
    sv: (value: string) => `--api-url ska vara en adress som börjar med http:// eller https://, inte ${q(value)}.`,
    en: (value) => `--api-url takes an address starting with http:// or https://, not ${q(value)}.`,
  },
  failed: {
    sv: (f: RequestFailure) => `Hämtningen från Kolada misslyckades; ingen fil ändrades. ${failure(f, 'sv')}`,
    en: (f) => `Fetching from Kolada failed; no file was changed. ${failure(f, 'en')}`,
  },
  savedFailed: {
    sv: (p: SavedProblem) => `Det gick inte att använda sparade svar; ingen fil ändrades. ${saved(p, 'sv')}`,
    en: (p) => `The saved responses could not be used; no file was changed. ${saved(p, 'en')}`,
  },
  unreadable: {
    sv: (file: string) => `${file} kunde inte läsas som datafil; ingen fil ändrades.`,
    en: (file) => `${file} could not be read as a data file; no file was changed.`,
  },
  link: {
    sv: (file: string) => `${file} är en länk; sup kolada hämta skriver bara i vanliga filer. Ingen fil ändrades.`,
    en: (file) => `${file} is a link; sup kolada hämta writes regular files only. No file was changed.`,
  },
  refused: {
    sv: () => 'Värdena skrevs inte: ändringen skulle ge fel i sup check. Ingen fil ändrades.',
    en: () => 'The values were not written: the change would bring errors in sup check. No file was changed.',
  },
  searchNone: {
    sv: (text: string) => `Inget nyckeltal i Kolada har ${q(text)} i titeln.`,
    en: (text) => `No Kolada key figure has ${q(text)} in its title.`,
  },
  searchHead: {
    sv: () => ['id', 'titel', 'könsuppdelat', 'publiceringsperiod'],
    en: () => ['id', 'title', 'by gender', 'publication period'],
  },
  yes: {
    sv: 'ja',
    en: 'yes',
  },
  no: {
    sv: 'nej',
    en: 'no',
  },
  searchFailed: {
    sv: (f: RequestFailure) => `Sökningen i Kolada misslyckades. ${failure(f, 'sv')}`,
    en: (f) => `The Kolada search failed. ${failure(f, 'en')}`,
  },
  credit: {
    sv: () => 'Källa: Kolada',
    en: () => 'Källa: Kolada',
  },
});

const sv = inLang(KOLADA, 'sv');
const en: typeof sv = inLang(KOLADA, 'en');

/** The messages in one language. */
export function koladaMsg(lang: Lang): typeof sv {
  return lang === 'en' ? en : sv;
}

/** A request failure as a sentence. */
function failure(f: RequestFailure, lang: Lang): string {
  const s = lang === 'sv';
  switch (f.kind) {
    case 'http':
      return s ? `Servern svarade HTTP ${f.status} på ${f.url}${f.status === 400 ? ' (en för lång adress eller ett ogiltigt id ger 400)' : f.status === 404 ? ' (adressen finns inte: stämmer --api-url?)' : ''}.`
        : `The server answered HTTP ${f.status} to ${f.url}${f.status === 400 ? ' (a too long address or an invalid id gives 400)' : f.status === 404 ? ' (no such address: is --api-url right?)' : ''}.`;
    case 'rate-limited':
      return s ? `Servern svarade 429 (för många anrop) på ${f.url} även efter ${f.retries} nya försök, eller bad om en för lång väntan. Försök igen senare.`
        : `The server answered 429 (too many requests) to ${f.url} even after ${f.retries} retries, or asked for too long a wait. Try again later.`;
    case 'network':
      return s ? `Servern kunde inte nås (${f.detail}): ${f.url}.` : `The server could not be reached (${f.detail}): ${f.url}.`;
    case 'timeout':
      return s ? `Servern svarade inte i tid: ${f.url}.` : `The server did not answer in time: ${f.url}.`;
    case 'too-large':
      return s ? `Svaret på ${f.url} var större än ${f.limit} byte och lästes inte.` : `The response to ${f.url} was larger than ${f.limit} bytes and was not read.`;
    case 'json':
      return s ? `Svaret på ${f.url} var inte giltig JSON (${f.detail}).` : `The response to ${f.url} was not valid JSON (${f.detail}).`;
    case 'shape':
      return s ? `Svaret på ${f.url} har inte Kolada v3:s form: ${f.pointer} ${f.problem}.` : `The response to ${f.url} does not have Kolada v3's shape: ${f.pointer} ${f.problem}.`;
    case 'foreign-link':
      return s ? `Svaret på ${f.url} länkar till nästa sida utanför API:t (${f.link}); länken följdes inte.`
        : `The response to ${f.url} links to a next page outside the API (${f.link}); the link was not followed.`;
    case 'too-many-pages':
      return s ? `Svaret på ${f.url} länkar vidare i mer än ${f.limit} sidor eller tillbaka till en sida det redan gett; hämtningen avbröts.`
        : `The response to ${f.url} links on for more than ${f.limit} pages or back to a page it gave already; fetching stopped.`;
  }
}

/** A problem with saved responses as a sentence. */
function saved(p: SavedProblem, lang: Lang): string {
  const s = lang === 'sv';
  switch (p.kind) {
    case 'none':
      return s ? 'Det finns inga sparade svar i data/kolada/; kör sup kolada hämta utan --offline först.' : 'There are no saved responses in data/kolada/; run sup kolada hämta without --offline first.';
    case 'unreadable':
      return s ? `${p.path} kunde inte läsas (${p.problem}).` : `${p.path} could not be read (${p.problem}).`;
    case 'json':
      return s ? `${p.path} är inte giltig JSON (${p.detail}).` : `${p.path} is not valid JSON (${p.detail}).`;
    case 'shape':
      return s ? `${p.path} har inte formen för sparade svar: ${p.pointer} ${p.problem}.` : `${p.path} does not have the shape of saved responses: ${p.pointer} ${p.problem}.`;
  }
}
