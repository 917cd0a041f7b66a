/**
 * sup kolada as a hostile server or a hostile pull request would try it: an endless body, a huge
 * Content-Length, a server that never answers, a next_url to another host or back to itself, escape
 * sequences and workflow commands in what the server says, saved responses that are links out of
 * the project, too large or of the wrong shape, and data/kolada as a link. Each ends with a clear
 * message, bounded memory and time, and no file changed.
 */
import { existsSync, readFileSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { runKoladaFetch } from '../../src/cli/commands/kolada.js';
import { composeFixture, tempDir, writeTree } from '../helpers.js';
import { fakeClock, startKolada } from '../kolada/server.js';
import type { Canned } from '../kolada/server.js';
import type { KoladaDeps } from '../../src/kolada/request.js';

const IND = `typ: indikator
id: ind-a
namn: Andel A
mål: [klimat]
enhet: procent
riktning: ökar
källa:
  typ: kolada
  kpi: N00001
`;
const PATH = '/v3/data/kpi/N00001/municipality/0127,0136/year/2025?per_page=5000';
const STACK = /\n\s+at .+:\d+:\d+|TypeError|RangeError|internt fel/;

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

function project(): string {
  const dir = composeFixture('base');
  writeTree(dir, { 'data/indikatorer/ind-a.yaml': IND });
  return dir;
}

async function fetchIn(dir: string, apiUrl: string, extra: Partial<KoladaDeps> = {}, offline = false) {
  let stdout = '';
  let stderr = '';
  const code = await runKoladaFetch({ C: dir, lang: 'sv' }, { years: '2025', apiUrl, offline, today: '2026-12-01' }, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: dir, env: {}, isTTY: false }, { fetch: globalThis.fetch, clock: fakeClock(), ...extra });
  expect(stdout + stderr).not.toMatch(STACK);
  // eslint-disable-next-line no-control-regex
  expect(stdout + stderr).not.toMatch(/[\u001b\u0007\u009b]/);
  expect(stdout + stderr).not.toMatch(/^::/m);
  return { code, stdout, stderr };
}

async function server(routes: Record<string, Canned>) {
  const s = await startKolada(routes);
  closers.push(s.close);
  return s;
}

function unchanged(dir: string): void {
  expect(readFileSync(join(dir, 'data/indikatorer/ind-a.yaml'), 'utf8')).toBe(IND);
}

describe('a hostile or broken server', () => {
  test('an endless body is cut off at the byte limit while it is read', async () => {
    const s = await server({
      [PATH]: {
        raw: (res) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          const chunk = Buffer.alloc(64 * 1024, 0x20);
          const pump = () => {
            while (res.write(chunk));
            res.once('drain', pump);
          };
          res.write('{"values":[');
          pump();
          res.on('close', () => res.removeAllListeners('drain'));
        },
      },
    });
    const before = process.memoryUsage().rss;
    const r = await fetchIn(project(), s.base, { maxBytes: 4 * 1024 * 1024 });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/var större än 4194304 byte och lästes inte/);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  test('a huge Content-Length is refused before the body is read', async () => {
    const s = await server({ [PATH]: { raw: (res) => { res.writeHead(200, { 'content-length': String(10 ** 12) }); res.write('{'); } } });
    const dir = project();
    const r = await fetchIn(dir, s.base);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/var större än 33554432 byte/);
    unchanged(dir);
  });

  test('a server that never answers ends in a timeout', async () => {
    const s = await server({ [PATH]: { raw: () => undefined } });
    const dir = project();
    const r = await fetchIn(dir, s.base, { timeoutMs: 300 });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Servern svarade inte i tid/);
    unchanged(dir);
  });

  test('a next_url to another host is not followed; the link is shown escaped', async () => {
    const s = await server({ [PATH]: { body: { values: [], count: 0, next_url: 'http://169.254.169.254/latest/meta-data/\u001b]0;x\u0007\n::error::hacked' } } });
    const dir = project();
    const r = await fetchIn(dir, s.base);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('länkar till nästa sida utanför API:t (http://169.254.169.254/latest/meta-data/\\u001b]0;x\\u0007\\n::error::hacked)');
    expect(s.requests).toEqual([PATH]);
    unchanged(dir);
  });

  test('a next_url back to itself stops at once', async () => {
    const routes: Record<string, Canned> = {};
    const s = await server(routes);
    routes[PATH] = { body: { values: [], count: 0, next_url: `${s.url}${PATH}` } };
    const r = await fetchIn(project(), s.base);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/länkar vidare i mer än 200 sidor eller tillbaka till en sida/);
    expect(s.requests).toEqual([PATH]);
  });

  test('rows for codes nobody asked for are ignored; a number too large for JSON is a wrong shape, nothing written', async () => {
    const routes: Record<string, Canned> = {};
    const s = await server(routes);
    routes[PATH] = { body: '{"values":[{"kpi":"N00001","municipality":"9999","period":2025,"values":[{"gender":"T","value":1}]}],"next_url":null}' };
    const dir = project();
    const r = await fetchIn(dir, s.base);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ändrade 0 värden');
    expect(readFileSync(join(dir, 'data/indikatorer/ind-a.yaml'), 'utf8')).toBe(IND.replace('kpi: N00001\n', 'kpi: N00001\n  hämtad: "2026-12-01"\n'));
    routes[PATH] = { body: '{"values":[{"kpi":"N00001","municipality":"0127","period":2025,"values":[{"gender":"T","value":1e400}]}],"next_url":null}' };
    const other = project();
    const big = await fetchIn(other, s.base);
    expect(big.code).toBe(2);
    expect(big.stderr).toMatch(/har inte Kolada v3:s form: \/values\/0\/values\/0\/value/);
    unchanged(other);
  });
});

describe('a hostile pull request', () => {
  test('a saved response that is a link out of the project is not read', async () => {
    const dir = project();
    const outside = tempDir();
    writeFileSync(join(outside, 'secret.json'), '{"typ":"kolada-svar","hemligt":"hemlig-token-4711"}');
    mkdirSync(join(dir, 'data/kolada'));
    symlinkSync(join(outside, 'secret.json'), join(dir, 'data/kolada/hamtning-2026-01-01.json'));
    const r = await fetchIn(dir, 'http://127.0.0.1:1/v3', {}, true);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('sup kolada hämta: Det gick inte att använda sparade svar; ingen fil ändrades. data/kolada/hamtning-2026-01-01.json kunde inte läsas (outside).\n');
    unchanged(dir);
  });

  test('a saved response larger than a data file, or of the wrong shape, is refused', async () => {
    const big = project();
    writeTree(big, { 'data/kolada/hamtning-2026-01-01.json': `{"x":"${'a'.repeat(5 * 1024 * 1024)}"}` });
    expect((await fetchIn(big, 'http://127.0.0.1:1/v3', {}, true)).stderr).toMatch(/kunde inte läsas \(too-large\)/);
    const shape = project();
    writeTree(shape, { 'data/kolada/hamtning-2026-01-01.json': JSON.stringify({ typ: 'kolada-svar', hämtad: '2026-01-01', api: 'x', svar: [{ url: 'x', status: 200, body: { values: [{ kpi: 'N00001' }] } }] }) });
    const r = await fetchIn(shape, 'http://127.0.0.1:1/v3', {}, true);
    expect(r.stderr).toMatch(/har inte formen för sparade svar: \/svar\/0\/body\/values\/0 must have required property/);
    unchanged(shape);
  });

  test('data/kolada as a link out of the project: nothing is written anywhere, the indicator file is restored', async () => {
    const dir = project();
    const outside = tempDir();
    symlinkSync(outside, join(dir, 'data/kolada'));
    const s = await server({ [PATH]: { body: { values: [{ kpi: 'N00001', municipality: '0127', period: 2025, values: [{ gender: 'T', value: 7 }] }], next_url: null } } });
    const r = await fetchIn(dir, s.base);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/data\/kolada/);
    unchanged(dir);
    expect(existsSync(join(outside, 'hamtning-2026-12-01.json'))).toBe(false);
  });
});
