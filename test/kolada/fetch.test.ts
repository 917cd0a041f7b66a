/**
 * `sup kolada hämta` against a real HTTP server on 127.0.0.1 that replays Kolada v3 answers:
 * two pages via next_url, a null value, a deleted row, a KPI without gender division, Riket, a 429
 * with Retry-After; and 400, 404, 500, broken JSON and a wrong shape, each of which changes nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { runKoladaFetch } from '../../src/cli/commands/kolada.js';
import { composeFixture, run, writeTree } from '../helpers.js';
import { fakeClock, startKolada } from './server.js';
import type { Canned } from './server.js';

const IND_A = `# Testindikator: värden från Kolada.
typ: indikator
id: ind-a
namn: Andel A
mål:
  - klimat
enhet: procent
riktning: ökar
källa:
  typ: kolada
  kpi: N00001
  verifierad: ej verifierad (testdata)
utfall:
  - år: 2024
    värde: 12.0 # Södertörn, egen beräkning
    kommuner:
      - kommun: botkyrka
        värde: 11.2
`;

const IND_B = `typ: indikator
id: ind-b
namn: Antal B
mål: [klimat]
enhet: antal
riktning: minskar
källa:
  typ: kolada
  kpi: N00002
  riket: true
  verifierad: mot Koladas titel "Antal B" i testservern
utfall:
  - år: 2023
    värde: 3
`;

const IND_A_AFTER = `# Testindikator: värden från Kolada.
typ: indikator
id: ind-a
namn: Andel A
mål:
  - klimat
enhet: procent
riktning: ökar
källa:
  typ: kolada
  kpi: N00001
  verifierad: ej verifierad (testdata)
  hämtad: "2026-12-01"
utfall:
  - år: 2024
    värde: 12.0 # Södertörn, egen beräkning
    kommuner:
      - kommun: botkyrka
        värde: 11.4
      - kommun: haninge
        värde: saknas
`;

const IND_B_AFTER = `typ: indikator
id: ind-b
namn: Antal B
mål: [klimat]
enhet: antal
riktning: minskar
källa:
  typ: kolada
  kpi: N00002
  riket: true
  verifierad: mot Koladas titel "Antal B" i testservern
  hämtad: "2026-12-01"
utfall:
  - år: 2023
    värde: 3
  - år: 2025
    värde: saknas
    kommuner:
      - kommun: botkyrka
        värde: 5
      - kommun: haninge
        värde: 6
    riket: 4.5
`;

const DATA_PATH = '/v3/data/kpi/N00001,N00002/municipality/0000,0127,0136/year/2024,2025?per_page=5000';
const gendered = (value: number | null, extra: object = {}) => [
  { gender: 'T', count: 1, status: '', value, isdeleted: false, ...extra },
  { gender: 'K', count: 1, status: '', value: value === null ? null : value + 1, isdeleted: false },
  { gender: 'M', count: 1, status: '', value: null, isdeleted: false },
];
const PAGE_1 = {
  values: [
    { kpi: 'N00001', municipality: '0127', period: 2024, values: gendered(11.4) },
    { kpi: 'N00001', municipality: '0136', period: 2024, values: gendered(null) },
    { kpi: 'N00001', municipality: '0136', period: 2025, values: [{ gender: 'T', count: 1, status: '', value: 99, isdeleted: true }] },
  ],
  count: 3,
  next_url: '', // replaced with the server's address
  previous_url: null,
};
const PAGE_2 = {
  values: [
    { kpi: 'N00002', municipality: '0127', period: 2025, values: [{ gender: 'T', count: 1, status: '', value: 5, isdeleted: false }] },
    { kpi: 'N00002', municipality: '0136', period: 2025, values: [{ gender: 'T', count: 1, status: '', value: 6, isdeleted: false }] },
    { kpi: 'N00002', municipality: '0000', period: 2025, values: [{ gender: 'T', count: 290, status: '', value: 4.5, isdeleted: false }] },
  ],
  count: 3,
  next_url: null,
  previous_url: null,
};

function project(): string {
  const dir = composeFixture('base');
  writeTree(dir, { 'data/indikatorer/ind-a.yaml': IND_A, 'data/indikatorer/ind-b.yaml': IND_B });
  return dir;
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function server(routes: Record<string, Canned | Canned[]>) {
  const s = await startKolada(routes);
  closers.push(s.close);
  return s;
}

async function fetchIn(dir: string, args: { years?: string; apiUrl: string; offline?: boolean }, clock = fakeClock()) {
  let stdout = '';
  let stderr = '';
  const code = await runKoladaFetch({ C: dir, lang: 'sv' }, { ...args, today: '2026-12-01' }, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: dir, env: {}, isTTY: false }, { fetch: globalThis.fetch, clock });
  return { code, stdout, stderr, clock };
}

const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

describe('sup kolada hämta', () => {
  test('two pages, a null, a deleted row, no gender division, Riket and a 429: exact bytes, the changes printed, the responses saved', async () => {
    const dir = project();
    const routes: Record<string, Canned | Canned[]> = {};
    const s = await server(routes);
    routes[DATA_PATH] = [{ status: 429, headers: { 'retry-after': '2' }, body: { error: 'slow down' } }, { body: { ...PAGE_1, next_url: `${s.base}/data/page2` } }];
    routes['/v3/data/page2'] = { body: PAGE_2 };
    const r = await fetchIn(dir, { years: '2024,2025', apiUrl: s.base });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(read(dir, 'data/indikatorer/ind-a.yaml')).toBe(IND_A_AFTER);
    expect(read(dir, 'data/indikatorer/ind-b.yaml')).toBe(IND_B_AFTER);
    expect(r.stdout).toBe(
      'Hämtade värden från Kolada och ändrade 5 värden; svaren sparades i data/kolada/hamtning-2026-12-01.json:\n' +
        '  Botkyrka 2024: 11,2 → 11,4 (ind-a; Källa: Kolada)\n' +
        '  Haninge 2024: (inget) → saknas (ind-a; Källa: Kolada)\n' +
        '  Botkyrka 2025: (inget) → 5 (ind-b; Källa: Kolada)\n' +
        '  Haninge 2025: (inget) → 6 (ind-b; Källa: Kolada)\n' +
        '  Riket 2025: (inget) → 4,5 (ind-b; Källa: Kolada)\n' +
        '  Obs: N00001 (ind-a) är inte verifierat mot Koladas titel på nyckeltalet; kontrollera med sup kolada sök och ange var i källa.verifierad.\n',
    );
    expect(s.requests).toEqual([DATA_PATH, DATA_PATH, '/v3/data/page2']);
    expect(r.clock.sleeps).toEqual([2000]);
    const saved = JSON.parse(read(dir, 'data/kolada/hamtning-2026-12-01.json'));
    expect(saved).toMatchObject({ typ: 'kolada-svar', hämtad: '2026-12-01', api: s.base, källa: 'Kolada' });
    expect(saved.svar.map((x: { url: string }) => x.url)).toEqual([`${s.url}${DATA_PATH}`, `${s.base}/data/page2`]);
    expect(saved.svar[1].body).toEqual(PAGE_2);
    // The project still passes sup check, and a second run changes nothing.
    expect((await run(['check', '--today', '2026-12-01'], { cwd: dir })).code).toBe(0);
    const again = await fetchIn(dir, { years: '2024,2025', apiUrl: s.base });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('ändrade 0 värden');
    expect(read(dir, 'data/indikatorer/ind-a.yaml')).toBe(IND_A_AFTER);
  });

  test('--offline gives the same files from the saved responses, without the network', async () => {
    const online = project();
    const routes: Record<string, Canned | Canned[]> = {};
    const s = await server(routes);
    routes[DATA_PATH] = { body: { ...PAGE_1, next_url: `${s.base}/data/page2` } };
    routes['/v3/data/page2'] = { body: PAGE_2 };
    expect((await fetchIn(online, { years: '2024,2025', apiUrl: s.base })).code).toBe(0);
    const offline = project();
    writeTree(offline, { 'data/kolada/hamtning-2026-12-01.json': read(online, 'data/kolada/hamtning-2026-12-01.json') });
    const r = await fetchIn(offline, { years: '2024,2025', apiUrl: 'http://127.0.0.1:1/v3', offline: true });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Läste sparade svar från Kolada (data/kolada/hamtning-2026-12-01.json) och ändrade 5 värden:');
    expect(read(offline, 'data/indikatorer/ind-a.yaml')).toBe(IND_A_AFTER);
    expect(read(offline, 'data/indikatorer/ind-b.yaml')).toBe(IND_B_AFTER);
  });

  test('--offline from a file of example values (exempel: true) writes the same bytes but never calls them Kolada\'s', async () => {
    const online = project();
    const routes: Record<string, Canned | Canned[]> = {};
    const s = await server(routes);
    routes[DATA_PATH] = { body: { ...PAGE_1, next_url: `${s.base}/data/page2` } };
    routes['/v3/data/page2'] = { body: PAGE_2 };
    expect((await fetchIn(online, { years: '2024,2025', apiUrl: s.base })).code).toBe(0);
    const saved = JSON.parse(read(online, 'data/kolada/hamtning-2026-12-01.json'));
    const example = { ...saved, källa: 'Exempel i Koladas format', exempel: true, anmärkning: 'Påhittade värden för ett prov.' };
    const offline = project();
    writeTree(offline, { 'data/kolada/hamtning-2026-12-01.json': `${JSON.stringify(example, null, 2)}\n` });
    const r = await fetchIn(offline, { years: '2024,2025', apiUrl: 'http://127.0.0.1:1/v3', offline: true });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      'Läste sparade exempelvärden i Koladas format, inte hämtade från Kolada (data/kolada/hamtning-2026-12-01.json), och ändrade 5 värden:',
      '  Botkyrka 2024: 11,2 → 11,4 (ind-a; exempelvärde, inte från Kolada)',
      '  Haninge 2024: (inget) → saknas (ind-a; exempelvärde, inte från Kolada)',
    ]);
    expect(r.stdout).not.toContain('Källa: Kolada');
    expect(r.stdout).not.toContain('svar från Kolada');
    expect(read(offline, 'data/indikatorer/ind-a.yaml')).toBe(IND_A_AFTER);
    expect(read(offline, 'data/indikatorer/ind-b.yaml')).toBe(IND_B_AFTER);
  });

  const failures: [string, Canned | Canned[], RegExp][] = [
    ['400', { status: 400, body: { error: 'bad' } }, /Servern svarade HTTP 400 på .*en för lång adress/],
    ['404', { status: 404, body: 'Not Found' }, /Servern svarade HTTP 404 på .*stämmer --api-url/],
    ['500', { status: 500, body: 'oops' }, /Servern svarade HTTP 500 på /],
    ['broken JSON', { body: '{"values": [ {"kpi": "N00001",' }, /var inte giltig JSON/],
    ['a wrong shape', { body: { values: [{ kpi: 'N00001', municipality: '0127', period: 'förra året', values: [] }] } }, /har inte Kolada v3:s form: \/values\/0\/period/],
    ['429 again and again', { status: 429, headers: { 'retry-after': '1' }, body: {} }, /429 \(för många anrop\).*efter 3 nya försök/],
    ['429 asking for an hour', { status: 429, headers: { 'retry-after': '3600' }, body: {} }, /429/],
  ];
  test.each(failures)('a %s on the second page changes no file and says why (exit 2)', async (_name, answer, message) => {
    const dir = project();
    const routes: Record<string, Canned | Canned[]> = {};
    const s = await server(routes);
    routes[DATA_PATH] = { body: { ...PAGE_1, next_url: `${s.base}/data/page2` } };
    routes['/v3/data/page2'] = answer;
    const r = await fetchIn(dir, { years: '2024,2025', apiUrl: s.base });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^sup kolada hämta: Hämtningen från Kolada misslyckades; ingen fil ändrades\. /);
    expect(r.stderr).toMatch(message);
    expect(read(dir, 'data/indikatorer/ind-a.yaml')).toBe(IND_A);
    expect(read(dir, 'data/indikatorer/ind-b.yaml')).toBe(IND_B);
    expect(existsSync(join(dir, 'data/kolada'))).toBe(false);
  });

  test('an unreachable server is a clear error, not internt fel', async () => {
    const dir = project();
    const closed = await startKolada({});
    await closed.close();
    const r = await fetchIn(dir, { years: '2025', apiUrl: closed.base });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^sup kolada hämta: Hämtningen från Kolada misslyckades; ingen fil ändrades\. Servern kunde inte nås \(ECONNREFUSED\)/);
    expect(read(dir, 'data/indikatorer/ind-a.yaml')).toBe(IND_A);
  });

  test('bad --år and --api-url are usage errors', async () => {
    const dir = project();
    expect(await run(['kolada', 'hämta', '--år', '25'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'sup kolada hämta: --år ska vara ett eller flera år åtskilda med komma, till exempel 2025,2026, inte "25".\n' });
    expect(await run(['kolada', 'hamta', '--api-url', 'file:///etc/passwd'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'sup kolada: --api-url ska vara en adress som börjar med http:// eller https://, inte "file:///etc/passwd".\n' });
  });
});
