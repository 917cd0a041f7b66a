import { localDate } from '../../check/check-project.js';
import { formatOutcome } from '../format-outcome.js';
import type { EditHooks } from '../../edit/commit.js';
import { fetchIndicators, KOLADA_API } from '../../kolada/fetch-indicators.js';
import { searchKpis } from '../../kolada/fetch-data.js';
import { formatKpiList } from '../../kolada/format-kpis.js';
import { koladaMsg } from '../../messages/kolada.js';
import { KoladaRequester } from '../../kolada/request.js';
import type { KoladaDeps } from '../../kolada/request.js';
import { systemClock } from '../../kolada/throttle.js';
import { escapeTerminal } from '../../util/escape.js';
import type { CliIo } from '../io.js';
import { ExitError, useColor } from '../io.js';
import { checkTodayOption, chooseLang, chooseRoot } from '../context.js';
import type { GlobalOptions } from '../context.js';

export interface KoladaFetchCommandOptions {
  years?: string;
  apiUrl?: string;
  offline?: boolean;
  today?: string;
}

/** The real network and clock; tests pass a fake clock (the network is a local server). */
const realDeps = (): KoladaDeps => ({ fetch: globalThis.fetch, clock: systemClock });

/** Checks --api-url: http or https only, without user or password (it is printed in messages). */
function apiUrlOf(value: string | undefined, lang: 'sv' | 'en'): string {
  if (value === undefined) return KOLADA_API;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ExitError(`sup kolada: ${escapeTerminal(koladaMsg(lang).badUrl(value))}`, 2);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password || url.search || url.hash) {
    throw new ExitError(`sup kolada: ${escapeTerminal(koladaMsg(lang).badUrl(value))}`, 2);
  }
  return url.href.replace(/\/+$/, '');
}

/** `sup kolada hämta`: 0 written or nothing to do, 1 refused, 2 a request, a saved file or a write failed. */
export async function runKoladaFetch(global: GlobalOptions, options: KoladaFetchCommandOptions, io: CliIo, deps: KoladaDeps = realDeps(), hooks?: EditHooks): Promise<number> {
  const lang = chooseLang(global, io);
  checkTodayOption('sup kolada hämta', options.today, lang);
  let years: number[] | undefined;
  if (options.years !== undefined) {
    if (!/^\d{4}(,\d{4}){0,24}$/.test(options.years)) throw new ExitError(`sup kolada hämta: ${escapeTerminal(koladaMsg(lang).badYears(options.years))}`, 2);
    years = [...new Set(options.years.split(',').map(Number))];
  }
  const apiUrl = apiUrlOf(options.apiUrl, lang);
  const root = chooseRoot(global, io, lang);
  const outcome = await fetchIndicators({ root, lang, years, apiUrl, offline: options.offline, today: options.today ?? localDate(), deps, hooks });
  const out = formatOutcome(outcome, { command: 'sup kolada hämta', lang, color: useColor(io) });
  if (out.stdout) io.stdout(out.stdout);
  if (out.stderr) io.stderr(out.stderr);
  return out.code;
}

/** `sup kolada sök <text>`: 0 with hits, 1 without, 2 when the request failed. */
export async function runKoladaSearch(text: string, global: GlobalOptions, options: { apiUrl?: string }, io: CliIo, deps: KoladaDeps = realDeps()): Promise<number> {
  const lang = chooseLang(global, io);
  const say = koladaMsg(lang);
  const apiUrl = apiUrlOf(options.apiUrl, lang);
  const got = await searchKpis(new KoladaRequester(apiUrl, deps), text.slice(0, 200));
  if (!got.ok) {
    io.stderr(`sup kolada sök: ${escapeTerminal(say.searchFailed(got.failure))}\n`);
    return 2;
  }
  if (got.kpis.length === 0) {
    io.stdout(`${escapeTerminal(say.searchNone(text))}\n`);
    return 1;
  }
  io.stdout(formatKpiList(got.kpis, lang));
  return 0;
}
