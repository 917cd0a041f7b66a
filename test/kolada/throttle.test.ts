/** The throttle and the requester's paging rules, with a clock that moves only when the client sleeps (exact, not timed). */
import { describe, expect, test, afterEach } from 'vitest';
import { Throttle } from '../../src/kolada/throttle.js';
import { KoladaRequester, retryAfterMs } from '../../src/kolada/request.js';
import { dataUrls } from '../../src/kolada/fetch-data.js';
import { fakeClock, startKolada } from './server.js';
import type { Canned } from './server.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

describe('at most 5 requests a second', () => {
  test('a burst of 12 starts at 0 ms (5), 1000 ms (5) and 2000 ms (2)', async () => {
    const clock = fakeClock();
    const throttle = new Throttle(clock);
    const starts: number[] = [];
    for (let i = 0; i < 12; i++) {
      await throttle.take();
      starts.push(clock.now());
    }
    expect(starts).toEqual([0, 0, 0, 0, 0, 1000, 1000, 1000, 1000, 1000, 2000, 2000]);
    for (const t of starts) expect(starts.filter((s) => s >= t && s < t + 1000).length).toBeLessThanOrEqual(5);
  });

  test('requests spread out in time are not delayed', async () => {
    const clock = fakeClock();
    const throttle = new Throttle(clock);
    for (let i = 0; i < 10; i++) {
      await throttle.take();
      await clock.sleep(250);
    }
    expect(clock.sleeps.every((ms) => ms === 250)).toBe(true);
  });

  test('seven pages from a real server: the sixth request waits until the first is a second old', async () => {
    const routes: Record<string, Canned> = {};
    const s = await startKolada(routes);
    closers.push(s.close);
    for (let i = 1; i <= 7; i++) routes[`/v3/p${i}`] = { body: { values: [], count: 0, next_url: i < 7 ? `${s.base}/p${i + 1}` : null } };
    const clock = fakeClock();
    const requester = new KoladaRequester(s.base, { fetch: globalThis.fetch, clock });
    const got = await requester.getAll(`${s.base}/p1`, 'data');
    expect(got.ok).toBe(true);
    expect(s.requests).toEqual(['/v3/p1', '/v3/p2', '/v3/p3', '/v3/p4', '/v3/p5', '/v3/p6', '/v3/p7']);
    expect(clock.sleeps).toEqual([1000]);
  });
});

describe('paths and Retry-After', () => {
  test('at most 25 ids per path segment; ids sorted and unique', () => {
    const kpis = Array.from({ length: 30 }, (_, i) => `N${String(i).padStart(5, '0')}`);
    const urls = dataUrls('https://api.kolada.se/v3/', { kpis: [...kpis, 'N00000'], municipalities: ['0136', '0127'], years: [2025, 2024] });
    expect(urls).toEqual([
      `https://api.kolada.se/v3/data/kpi/${kpis.slice(0, 25).join(',')}/municipality/0127,0136/year/2024,2025?per_page=5000`,
      `https://api.kolada.se/v3/data/kpi/${kpis.slice(25).join(',')}/municipality/0127,0136/year/2024,2025?per_page=5000`,
    ]);
  });

  test('Retry-After in seconds or as a date; more than a minute or garbage is a failure, not a hang', () => {
    expect(retryAfterMs('2', 0)).toBe(2000);
    expect(retryAfterMs(null, 0)).toBe(1000);
    expect(retryAfterMs(new Date(30_000).toUTCString(), 0)).toBe(30_000);
    expect(retryAfterMs('3600', 0)).toBeUndefined();
    expect(retryAfterMs('soon', 0)).toBeUndefined();
  });
});
