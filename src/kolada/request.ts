import { readBody } from './read-body.js';
import { checkEnvelope } from './envelope.js';
import type { Envelope } from './envelope.js';
import type { Clock } from './throttle.js';
import { Throttle } from './throttle.js';

/** What the client may use of the outside world; tests pass a fake clock. */
export interface KoladaDeps {
  fetch: typeof fetch;
  clock: Clock;
  /** Milliseconds a request (headers and body) may take. */
  timeoutMs?: number;
  /** The most bytes of one response body. */
  maxBytes?: number;
}

/** Why a request gave no usable answer; every case ends the run with nothing written. */
export type RequestFailure =
  | { kind: 'http'; url: string; status: number }
  | { kind: 'rate-limited'; url: string; retries: number }
  | { kind: 'network'; url: string; detail: string }
  | { kind: 'timeout'; url: string }
  | { kind: 'too-large'; url: string; limit: number }
  | { kind: 'json'; url: string; detail: string }
  | { kind: 'shape'; url: string; pointer: string; problem: string }
  | { kind: 'foreign-link'; url: string; link: string }
  | { kind: 'too-many-pages'; url: string; limit: number };

/** A page as received: its URL, its status and its parsed body. */
export interface ReceivedPage<T> {
  url: string;
  status: number;
  body: Envelope<T>;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
/** 5000 rows of about 250 bytes each is 1.25 MB; 32 MB leaves room without letting a server fill memory. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
/** 429 answers in a row for one URL before the client gives up. */
export const MAX_RETRIES = 3;
/** The longest Retry-After honoured, in seconds; a longer one ends the run instead of hanging it. */
export const MAX_RETRY_AFTER_S = 60;
/** Pages followed for one request; a server that links on and on is cut off. */
export const MAX_PAGES = 200;

/** Sends GET requests to one API at no more than 5 a second and reads their JSON envelopes. */
export class KoladaRequester {
  readonly throttle: Throttle;
  /** Every request started, in order, for tests and for the record. */
  readonly sent: string[] = [];

  constructor(
    readonly base: string,
    readonly deps: KoladaDeps,
  ) {
    this.throttle = new Throttle(deps.clock);
  }

  /** One envelope from `url`, retried after 429 as Retry-After says. */
  async get<T>(url: string, kind: 'data' | 'kpi'): Promise<{ ok: true; page: ReceivedPage<T> } | { ok: false; failure: RequestFailure }> {
    for (let attempt = 0; ; attempt++) {
      await this.throttle.take();
      this.sent.push(url);
      let response: Response;
      try {
        response = await this.deps.fetch(url, {
          headers: { accept: 'application/json' },
          redirect: 'error',
          signal: AbortSignal.timeout(this.deps.timeoutMs ?? DEFAULT_TIMEOUT_MS),
        });
      } catch (error) {
        return { ok: false, failure: networkFailure(url, error) };
      }
      if (response.status === 429) {
        await response.body?.cancel().catch(() => undefined);
        const wait = retryAfterMs(response.headers.get('retry-after'), this.deps.clock.now());
        if (attempt >= MAX_RETRIES || wait === undefined) return { ok: false, failure: { kind: 'rate-limited', url, retries: attempt } };
        await this.deps.clock.sleep(wait);
        continue;
      }
      if (response.status !== 200) {
        await response.body?.cancel().catch(() => undefined);
        return { ok: false, failure: { kind: 'http', url, status: response.status } };
      }
      const limit = this.deps.maxBytes ?? DEFAULT_MAX_BYTES;
      let read;
      try {
        read = await readBody(response, limit);
      } catch (error) {
        return { ok: false, failure: networkFailure(url, error) };
      }
      if (!read.ok) return { ok: false, failure: { kind: 'too-large', url, limit } };
      let body: unknown;
      try {
        body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(read.bytes));
      } catch (error) {
        return { ok: false, failure: { kind: 'json', url, detail: (error as Error).message.slice(0, 200) } };
      }
      const shape = checkEnvelope(kind, body);
      if (!shape.ok) return { ok: false, failure: { kind: 'shape', url, pointer: shape.pointer, problem: shape.problem } };
      return { ok: true, page: { url, status: response.status, body: body as Envelope<T> } };
    }
  }

  /** Every page of a list, following `next_url` until it is null; links must stay under the API's base. */
  async getAll<T>(url: string, kind: 'data' | 'kpi'): Promise<{ ok: true; pages: ReceivedPage<T>[] } | { ok: false; failure: RequestFailure }> {
    const pages: ReceivedPage<T>[] = [];
    const seen = new Set<string>();
    let next: string | undefined = url;
    while (next !== undefined) {
      if (pages.length >= MAX_PAGES || seen.has(next)) return { ok: false, failure: { kind: 'too-many-pages', url, limit: MAX_PAGES } };
      seen.add(next);
      const got: Awaited<ReturnType<KoladaRequester['get']>> = await this.get<T>(next, kind);
      if (!got.ok) return got;
      pages.push(got.page as ReceivedPage<T>);
      const link = got.page.body.next_url ?? got.page.body.next_page;
      if (typeof link !== 'string' || link === '') break;
      const resolved = this.underBase(link, next);
      if (!resolved) return { ok: false, failure: { kind: 'foreign-link', url: next, link } };
      next = resolved;
    }
    return { ok: true, pages };
  }

  /**
   * The absolute URL of a next link if it lies under the API's base (same origin, same path
   * prefix): a response must not send the client to another host (from a CI runner, that could
   * reach internal services).
   */
  underBase(link: string, from: string): string | undefined {
    let target: URL;
    try {
      target = new URL(link, from);
    } catch {
      return undefined;
    }
    const base = new URL(this.base.endsWith('/') ? this.base : `${this.base}/`);
    if (target.origin !== base.origin || !target.pathname.startsWith(base.pathname) || target.username || target.password) return undefined;
    return target.href;
  }
}

/** A network or abort error as a failure. */
function networkFailure(url: string, error: unknown): RequestFailure {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return { kind: 'timeout', url };
  return { kind: 'network', url, detail: String(e?.cause?.code ?? e?.cause?.message ?? e?.message ?? error).slice(0, 200) };
}

/** Retry-After as milliseconds to wait (seconds or an HTTP date), or undefined when missing, bad or too long. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null) return 1000;
  const trimmed = header.trim();
  let ms: number;
  if (/^\d{1,6}$/.test(trimmed)) ms = Number(trimmed) * 1000;
  else {
    const date = Date.parse(trimmed);
    if (!Number.isFinite(date)) return undefined;
    ms = Math.max(0, date - now);
  }
  return ms > MAX_RETRY_AFTER_S * 1000 ? undefined : ms;
}
