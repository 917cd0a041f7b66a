import type { KoladaKpi, KoladaRow } from './envelope.js';
import type { KoladaRequester, ReceivedPage, RequestFailure } from './request.js';

/** Kolada takes at most 25 ids in one path segment. */
export const MAX_IDS_PER_SEGMENT = 25;
/** Rows per page: Kolada's maximum and default. */
export const PER_PAGE = 5000;

/** What to fetch: KPI ids, municipality codes (0000 is Riket) and years. */
export interface DataRequest {
  kpis: readonly string[];
  municipalities: readonly string[];
  years: readonly number[];
}

/** Splits a list into pieces of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The data URLs for a request: `/data/kpi/{ids}/municipality/{codes}/year/{years}`, each segment at most 25 ids. */
export function dataUrls(base: string, request: DataRequest): string[] {
  const root = base.replace(/\/+$/, '');
  const urls: string[] = [];
  for (const kpis of chunk([...new Set(request.kpis)].sort(), MAX_IDS_PER_SEGMENT))
    for (const codes of chunk([...new Set(request.municipalities)].sort(), MAX_IDS_PER_SEGMENT))
      for (const years of chunk([...new Set(request.years)].sort((a, b) => a - b), MAX_IDS_PER_SEGMENT))
        urls.push(`${root}/data/kpi/${kpis.join(',')}/municipality/${codes.join(',')}/year/${years.join(',')}?per_page=${PER_PAGE}`);
  return urls;
}

/** Every page of every data URL, in order; the first failure ends it. */
export async function fetchData(requester: KoladaRequester, request: DataRequest): Promise<{ ok: true; pages: ReceivedPage<KoladaRow>[] } | { ok: false; failure: RequestFailure }> {
  const pages: ReceivedPage<KoladaRow>[] = [];
  for (const url of dataUrls(requester.base, request)) {
    const got = await requester.getAll<KoladaRow>(url, 'data');
    if (!got.ok) return got;
    pages.push(...got.pages);
  }
  return { ok: true, pages };
}

/** The KPIs whose title contains `text` (`/kpi?title=`), every page. */
export async function searchKpis(requester: KoladaRequester, text: string): Promise<{ ok: true; kpis: KoladaKpi[] } | { ok: false; failure: RequestFailure }> {
  const url = `${requester.base.replace(/\/+$/, '')}/kpi?title=${encodeURIComponent(text)}&per_page=${PER_PAGE}`;
  const got = await requester.getAll<KoladaKpi>(url, 'kpi');
  if (!got.ok) return got;
  return { ok: true, kpis: got.pages.flatMap((p) => p.body.values) };
}
