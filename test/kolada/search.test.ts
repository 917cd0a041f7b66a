/** `sup kolada sök` against a real local server: the table, escaping of what the server says, and failures. */
import { afterEach, describe, expect, test } from 'vitest';
import { runKoladaSearch } from '../../src/cli/commands/kolada.js';
import { fakeClock, startKolada } from './server.js';
import type { Canned } from './server.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function search(text: string, routes: Record<string, Canned>, lang: 'sv' | 'en' = 'sv') {
  const s = await startKolada(routes);
  closers.push(s.close);
  let stdout = '';
  let stderr = '';
  const code = await runKoladaSearch(text, { lang }, { apiUrl: s.base }, { stdout: (x) => (stdout += x), stderr: (x) => (stderr += x), cwd: '/', env: {}, isTTY: false }, { fetch: globalThis.fetch, clock: fakeClock() });
  return { code, stdout, stderr, requests: s.requests };
}

describe('sup kolada sök', () => {
  test('id, title, by gender and publication period, with Källa: Kolada', async () => {
    const r = await search('laddbara bilar', {
      '/v3/kpi?title=laddbara%20bilar&per_page=5000': {
        body: {
          values: [
            { id: 'N00001', title: 'Laddbara bilar, andel (%)', is_divided_by_gender: false, publ_period: '2024', publication_date: '2025-04-01' },
            { id: 'U00002', title: 'Elbilar i\nkommunens\x1b[31m organisation', is_divided_by_gender: 1, publ_period: null },
          ],
          count: 2,
          next_url: null,
        },
      },
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      'id      titel                                       könsuppdelat  publiceringsperiod\n' +
        'N00001  Laddbara bilar, andel (%)                   nej           2024 (2025-04-01)\n' +
        'U00002  Elbilar i kommunens\\u001b[31m organisation  ja\n' +
        '\n' +
        'Källa: Kolada\n',
    );
  });

  test('no hit is exit 1; a 500 is exit 2 with the reason', async () => {
    expect(await search('zzz', { '/v3/kpi?title=zzz&per_page=5000': { body: { values: [], count: 0, next_url: null } } })).toMatchObject({ code: 1, stdout: 'Inget nyckeltal i Kolada har "zzz" i titeln.\n' });
    const failed = await search('x', { '/v3/kpi?title=x&per_page=5000': { status: 500, body: 'nej' } }, 'en');
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/^sup kolada sök: The Kolada search failed\. The server answered HTTP 500 to http:\/\/127\.0\.0\.1:\d+\/v3\/kpi\?title=x&per_page=5000\.\n$/);
  });
});
