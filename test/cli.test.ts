import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { VERSION } from '../src/cli/main.js';
import { BIN, composeFixture, REPO, run, runBin, tempDir, TODAY } from './helpers.js';

describe('sup (spawned binary)', () => {
  test('--help lists the commands in Swedish and exits 0', () => {
    const r = runBin(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Användning: sup [flaggor] [kommando]');
    expect(r.stdout).toMatch(/check \[flaggor\]\s+kontrollera alla datafiler/);
    expect(r.stdout).toMatch(/export \[flaggor\]\s+skriv ut alla poster/);
  });
  test('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    const r = runBin(['--version']);
    expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });
  test('an unknown command is a usage error, exit 2', () => {
    const r = runBin(['kolla']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('okänt kommando "kolla"');
    expect(r.stdout).toBe('');
  });
  test('check in the repository passes, exit 0', () => {
    const r = runBin(['check']);
    expect(r.code).toBe(0);
    // Until the end of 2026 SUP 2040 is in force, and the data does not record the eight kommunstyrelser's decisions.
    expect(r.stdout).toMatch(/^✔ Inga fel i \d+ filer\.\n$/);
  });
  test('a reader that stops early is no error (no EPIPE stack trace)', () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" report 2025 | head -c 10`], { cwd: REPO, encoding: 'utf8' });
    expect(r.stdout).toBe('# Årsredo'); // ten bytes: Å is two
    expect(r.stderr).toBe('');
  });

  test('outside any project: a clear message and exit 2, no stack trace', () => {
    const dir = tempDir();
    const r = runBin(['check'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`sup: Hittade ingen sup.yaml i ${dir} eller någon mapp ovanför. Kör kommandot i ett dataförråd eller ange -C <mapp>.\n`);
  });
});

describe('sup check (in-process)', () => {
  const broken = () => {
    const dir = composeFixture('base');
    const path = join(dir, 'data/mal/klimat.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('ägare: klimatstrateger', 'ägare: klimatstrateg'));
    return dir;
  };

  test('pretty output: file:line:column, severity, message, rule id, a code frame and a summary', async () => {
    const dir = broken();
    const r = await run(['-C', dir, 'check', '--today', TODAY]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        'data/mal/klimat.md:7:8  fel  Okänd referens "klimatstrateg": det finns inget nätverk med den identiteten. Menade du "klimatstrateger"?  ref/unknown',
        '      6 | förälder: infrastruktur',
        '    > 7 | ägare: klimatstrateg',
        '        |        ^^^^^^^^^^^^^',
        '      8 | ---',
        '',
        'data/natverk/klimatstrateger.md:3:5  varning  Nätverket "klimatstrateger" äger inget mål.  network/no-goal',
        '',
        '✖ 1 fel och 1 varning i 12 filer.',
        '',
      ].join('\n'),
    );
  });

  test('--lang en and an English LANG give English; a Swedish LANG stays Swedish', async () => {
    const dir = broken();
    const en = await run(['-C', dir, '--lang', 'en', 'check', '--today', TODAY]);
    expect(en.stdout).toContain('error  Unknown reference "klimatstrateg": there is no nätverk with that id. Did you mean "klimatstrateger"?');
    expect(en.stdout).toContain('✖ 1 error and 1 warning in 12 files.');
    const lang = await run(['-C', dir, 'check', '--today', TODAY], { env: { LANG: 'en_GB.UTF-8' } });
    expect(lang.stdout).toBe(en.stdout);
    const svLang = await run(['-C', dir, 'check', '--today', TODAY], { env: { LANG: 'sv_SE.UTF-8' } });
    expect(svLang.stdout).toContain('fel  Okänd referens');
  });

  test('colour on a terminal, none with NO_COLOR or when piped', async () => {
    const dir = broken();
    const tty = await run(['-C', dir, 'check', '--today', TODAY], { isTTY: true });
    expect(tty.stdout).toContain('\u001b[31mfel\u001b[39m');
    const noColor = await run(['-C', dir, 'check', '--today', TODAY], { isTTY: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toContain('\u001b[');
    const piped = await run(['-C', dir, 'check', '--today', TODAY]);
    expect(piped.stdout).toBe(noColor.stdout);
  });

  test('--format json writes exactly the documented shape', async () => {
    const dir = broken();
    const r = await run(['-C', dir, 'check', '--format', 'json', '--today', TODAY]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      diagnostics: [
        {
          ruleId: 'ref/unknown',
          messageId: 'ref/unknown',
          severity: 'error',
          message: 'Okänd referens "klimatstrateg": det finns inget nätverk med den identiteten. Menade du "klimatstrateger"?',
          file: 'data/mal/klimat.md',
          start: { line: 7, column: 8 },
          end: { line: 7, column: 21 },
          hint: 'Menade du "klimatstrateger"?',
        },
        {
          ruleId: 'network/no-goal',
          messageId: 'network/no-goal',
          severity: 'warning',
          message: 'Nätverket "klimatstrateger" äger inget mål.',
          file: 'data/natverk/klimatstrateger.md',
          start: { line: 3, column: 5 },
          end: { line: 3, column: 20 },
          entityId: 'klimatstrateger',
        },
      ],
      summary: { errors: 1, warnings: 1, files: 12 },
    });
    expect(Object.keys(JSON.parse(r.stdout).diagnostics[0])).toEqual(['ruleId', 'messageId', 'severity', 'message', 'file', 'start', 'end', 'hint']);
  });

  test('warnings alone exit 0, and 1 with --strict', async () => {
    const dir = composeFixture('base', 'rules/network-no-goal/not-ok');
    expect((await run(['-C', dir, 'check', '--today', TODAY])).code).toBe(0);
    expect((await run(['-C', dir, 'check', '--strict', '--today', TODAY])).code).toBe(1);
  });

  test('the root is found from a sub-folder, and -C is relative to the working directory', async () => {
    const dir = composeFixture('base');
    expect((await run(['check'], { cwd: join(dir, 'data', 'mal') })).stdout).toBe('✔ Inga fel i 12 filer.\n');
    expect((await run(['-C', 'data/mal', 'check'], { cwd: dir })).stdout).toBe('✔ Inga fel i 12 filer.\n');
  });

  test('sup.yaml regler can turn a rule off or change its severity', async () => {
    const dir = composeFixture('base', 'rules/network-no-goal/not-ok');
    writeFileSync(join(dir, 'sup.yaml'), 'version: 1\nregler:\n  network/no-goal: error\n');
    expect((await run(['-C', dir, 'check'])).code).toBe(1);
    writeFileSync(join(dir, 'sup.yaml'), 'version: 1\nregler:\n  network/no-goal: "off"\n');
    expect((await run(['-C', dir, 'check'])).stdout).toBe('✔ Inga fel i 13 filer.\n');
  });

  test('a misspelt rule under regler is a warning with a suggestion', async () => {
    const dir = composeFixture('base');
    writeFileSync(join(dir, 'sup.yaml'), 'version: 1\nregler:\n  network/no-goals: "off"\n');
    const r = await run(['-C', dir, 'check', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).diagnostics).toEqual([
      {
        ruleId: 'config/unknown-rule',
        severity: 'warning',
        message: 'Det finns ingen regel "network/no-goals"; inställningen under regler används inte. Menade du "network/no-goal"?',
        file: 'sup.yaml',
        start: { line: 3, column: 3 },
        end: { line: 3, column: 19 },
      },
    ]);
  });

  test('språk in sup.yaml chooses the language when --lang is not given', async () => {
    const dir = composeFixture('base', 'rules/network-no-goal/not-ok');
    writeFileSync(join(dir, 'sup.yaml'), 'version: 1\nspråk: en\n');
    expect((await run(['-C', dir, 'check', '--today', TODAY], { env: { LANG: 'sv_SE.UTF-8' } })).stdout).toContain('warning  The network');
    expect((await run(['-C', dir, '--lang', 'sv', 'check', '--today', TODAY])).stdout).toContain('varning  Nätverket');
  });

  test('an invalid sup.yaml is reported at its line', async () => {
    const dir = composeFixture('base');
    writeFileSync(join(dir, 'sup.yaml'), 'version: 1\ndatta: [data/**/*.md]\n');
    const r = await run(['-C', dir, 'check', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).diagnostics[0]).toMatchObject({
      file: 'sup.yaml',
      start: { line: 2, column: 1 },
      ruleId: 'schema/additional',
      message: 'Okänt fält "datta". Menade du "data"?',
    });
  });

  test('usage errors and missing data speak the chosen language', async () => {
    expect((await run(['--lang', 'en', 'check', '--today', 'igår'])).stderr).toBe('sup check: --today must be a date as YYYY-MM-DD, not "igår".\n');
    expect((await run(['check', '--today', 'igår'])).stderr).toBe('sup check: --today ska vara ett datum som ÅÅÅÅ-MM-DD, inte "igår".\n');
    expect((await run(['--lang', 'en', 'report', '2031'])).stderr).toBe('sup report: There is no annual plan for 2031. There are plans for 2023, 2024, 2025, 2026.\n');
    expect((await run(['--lang', 'en', 'export', '--format', 'csv'])).stderr).toBe('sup export: --format csv needs --kind <kind>, for example --kind aktivitet.\n');
    expect((await run(['--lang', 'en', 'plan', '2025', '--today', '2025-02-30'])).stderr).toBe('sup plan: --today must be a date as YYYY-MM-DD, not "2025-02-30".\n');
  });

  test('bad option values are usage errors, exit 2', async () => {
    expect((await run(['check', '--format', 'xml'])).code).toBe(2);
    expect((await run(['check', '--today', 'igår'])).code).toBe(2);
    expect((await run(['--lang', 'fi', 'check'])).code).toBe(2);
  });
});

describe('sup export', () => {
  test('json: every entity as {kind, id, file, data}', async () => {
    const r = await run(['-C', composeFixture('base'), 'export']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { kind: string; id: string; file: string; data: Record<string, unknown> }[];
    expect(out.map((e) => `${e.kind}:${e.id}`)).toEqual([
      'aktivitet:aktivitet-a',
      'årsredovisning:ar-2025',
      'mål:delmal-ladd',
      'verksamhetsplan:vp-2025',
      'kommun:botkyrka',
      'kommun:haninge',
      'mål:infrastruktur',
      'mål:klimat',
      'mål:vision',
      'nätverk:klimatstrateger',
      'nätverk:rufs',
      'organ:samarbetskommitten',
      'organ:ledningsgruppen',
      'organ:kansliet',
      'program:sup-2040',
    ]);
    expect(out[4]).toEqual({ kind: 'kommun', id: 'botkyrka', file: 'data/kommuner.yaml', data: { id: 'botkyrka', namn: 'Botkyrka', kommunkod: '0127' } });
    expect(Object.keys(out[0]!)).toEqual(['kind', 'id', 'file', 'data']);
  });
  test('csv: one kind, RFC 4180 quoting, lists joined', async () => {
    const r = await run(['-C', composeFixture('base'), 'export', '--format', 'csv', '--kind', 'mal']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'id,fil,nivå,titel,förälder,verksamhetsplan,ägare',
        'delmal-ladd,data/2025/delmal.md,delmål,En gemensam plan för laddinfrastruktur,klimat,vp-2025,',
        'infrastruktur,data/mal/infrastruktur.md,övergripande,En tillgänglig och hållbar infrastruktur,vision,,rufs',
        'klimat,data/mal/klimat.md,långsiktigt,Södertörn leder vägen i omställningen mot ett hållbart transportsystem,infrastruktur,,klimatstrateger',
        'vision,data/mal/vision.md,vision,Södertörn leder Sveriges starka och hållbara tillväxt,,,rufs',
        '',
      ].join('\r\n'),
    );
  });
  test('csv needs --kind; an unknown kind is a usage error', async () => {
    expect((await run(['export', '--format', 'csv'])).code).toBe(2);
    const r = await run(['export', '--format', 'csv', '--kind', 'katt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('okänd sort "katt"');
  });
});
