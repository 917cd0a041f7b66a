import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCodeowners } from '../src/reporters/codeowners.js';
import { composeFixture, git, run, tempDir, writeTree } from './helpers.js';

const activity = (id: string, ansvarig: string, mål: string) =>
  `---\ntyp: aktivitet\nid: ${id}\ntitel: ${id}\nverksamhetsplan: vp-2025\nmål: [${mål}]\nansvarig: ${ansvarig}\nperiod: {från: "2025-02-01", till: "2025-03-01"}\nstatus: pågår\n---\n`;

/** The base fixture with user names for some members, a third network and activities of every sort of ownership. */
function fixture(): string {
  const dir = composeFixture('base');
  const path = join(dir, 'data/natverk/klimatstrateger.md');
  writeFileSync(
    path,
    readFileSync(path, 'utf8')
      .replace('  - kommun: botkyrka\n    roll: strateg\n', '  - kommun: botkyrka\n    roll: strateg\n    användarnamn: anna-b\n')
      .replace('  - kommun: haninge\n    roll: strateg\n', '  - kommun: haninge\n    roll: strateg\n    användarnamn: "@Haninge.Klimat"\n'),
  );
  writeTree(dir, {
    'data/natverk/trafik.md':
      '---\ntyp: nätverk\nid: trafik\nnamn: Nätverk för trafik\nform: stående\nmedlemmar:\n' +
      '  - {kommun: botkyrka, roll: strateg, användarnamn: "@anna-b"}\n  - {kommun: haninge, roll: strateg, användarnamn: Anna-B}\n---\n',
    'data/2025/aktivitet-kansli.md': activity('aktivitet-kansli', 'kansliet', 'delmal-ladd'),
    'data/2025/aktivitet-trafik.md': activity('aktivitet-trafik', 'trafik', 'klimat'),
    'data/2025/aktivitet med mellanslag.md': activity('aktivitet-mellanslag', 'trafik', 'klimat'),
    'data/2025/aktivitet-utan.md': activity('aktivitet-utan', 'ledningsgruppen', 'finns-inte'),
    'data/2025/aktivitet-okand.md': activity('aktivitet-okand', 'okant-natverk', 'klimat'),
    'data/2025/fristaende.md': '---\ntyp: mål\nid: fristaende\nnivå: delmål\ntitel: Fristående\nverksamhetsplan: vp-2025\n---\n',
  });
  return dir;
}

/** The fixture as the project `sup-data/` in a git repository. */
function repo(): { top: string; project: string } {
  const top = realpathSync(tempDir());
  spawnSync('cp', ['-r', fixture(), join(top, 'sup-data')]);
  git(top, 'init', '-q');
  return { top, project: join(top, 'sup-data') };
}

const EXPECTED = [
  '# CODEOWNERS – genererad av `sup codeowners` ur datan. Redigera inte filen för hand:',
  '# ändra i stället nätverkens medlemmar (fältet användarnamn) i datan och kör `sup codeowners` igen.',
  '#',
  '# Filen för varje mål, aktivitet och nätverk ägs av medlemmarna i det ansvariga nätverket:',
  '# målets ägare (för ett delmål utan ägare: ägaren till målet ovanför), aktivitetens ansvariga',
  '# nätverk (är kansliet eller ett annat organ ansvarigt: ägaren till aktivitetens mål) och',
  '# nätverket självt.',
  '',
  '# Inga reservgranskare angivna (granskare.reserv i sup.yaml), så filer som inget nätverk äger –',
  '# programmet, planerna, årsredovisningarna, sup.yaml, CI-filerna och den här filen – har ingen ägare.',
  '',
  '# Nätverk klimatstrateger (klimatstrateger)',
  '/sup-data/data/2025/aktivitet-a.md @anna-b @Haninge.Klimat',
  '/sup-data/data/2025/aktivitet-kansli.md @anna-b @Haninge.Klimat',
  '/sup-data/data/2025/delmal.md @anna-b @Haninge.Klimat',
  '/sup-data/data/mal/klimat.md @anna-b @Haninge.Klimat',
  '/sup-data/data/natverk/klimatstrateger.md @anna-b @Haninge.Klimat',
  '',
  '# okant-natverk: det finns inget sådant nätverk i datan, så filerna har ingen ägare',
  '# /sup-data/data/2025/aktivitet-okand.md',
  '',
  '# Nätverk rufs (rufs): inga användarnamn angivna för medlemmarna, så filerna har ingen ägare',
  '# /sup-data/data/mal/infrastruktur.md',
  '# /sup-data/data/mal/vision.md',
  '# /sup-data/data/natverk/rufs.md',
  '',
  '# Nätverk för trafik (trafik)',
  '/sup-data/data/2025/aktivitet\\ med\\ mellanslag.md @anna-b',
  '/sup-data/data/2025/aktivitet-trafik.md @anna-b',
  '/sup-data/data/natverk/trafik.md @anna-b',
  '',
  '# Ansvarig är kansliet eller ett annat organ, och inget av målen har ett ägande nätverk:',
  '# organen har inga användarnamn i datan, så filerna har ingen ägare',
  '# /sup-data/data/2025/aktivitet-utan.md (ansvarig: ledningsgruppen)',
  '',
  '# Inget ansvarigt nätverk angivet, så filerna har ingen ägare',
  '# /sup-data/data/2025/fristaende.md',
  '',
].join('\n');

describe('sup codeowners', () => {
  test('writes .github/CODEOWNERS at the top of the git repository, with paths from there', async () => {
    const { top, project } = repo();
    const r = await run(['codeowners'], { cwd: project });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Skrev ${join(top, '.github', 'CODEOWNERS')} (8 filer med ägare).\n`);
    // The fixture has broken references on purpose: said once, and the file is still written.
    expect(r.stderr).toMatch(/^sup codeowners: datan har \d+ fel; CODEOWNERS bygger på det som gick att läsa\. Kör sup check för detaljer\.\n$/);
    expect(readFileSync(join(top, '.github', 'CODEOWNERS'), 'utf8')).toBe(EXPECTED);
  });

  test('--check: 0 when the file matches the data, 1 when it differs or is missing; it never writes', async () => {
    const { top, project } = repo();
    const missing = await run(['-C', project, 'codeowners', '--check']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`✖ ${join(top, '.github', 'CODEOWNERS')} finns inte. Skapa den med sup codeowners och lägg till den i git.\n`);
    expect(existsSync(join(top, '.github'))).toBe(false);

    await run(['-C', project, 'codeowners']);
    const same = await run(['-C', 'sup-data', 'codeowners', '--check'], { cwd: top });
    expect(same.code).toBe(0);
    expect(same.stdout).toBe('✔ .github/CODEOWNERS stämmer med datan.\n');

    const path = join(project, 'data/natverk/trafik.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"@anna-b"', 'bertil'));
    const stale = await run(['-C', 'sup-data', 'codeowners', '--check'], { cwd: top });
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('✖ .github/CODEOWNERS stämmer inte med datan. Kör sup codeowners och lägg till ändringen i git.\n');
    expect(readFileSync(join(top, '.github', 'CODEOWNERS'), 'utf8')).toBe(EXPECTED);
    expect((await run(['codeowners'], { cwd: project })).code).toBe(0);
    expect(readFileSync(join(top, '.github', 'CODEOWNERS'), 'utf8')).toContain('/sup-data/data/natverk/trafik.md @Anna-B @bertil\n');
  });

  test('-o chooses the file (relative to the working directory), - writes to standard out', async () => {
    const { top, project } = repo();
    const r = await run(['-C', project, 'codeowners', '-o', 'CODEOWNERS'], { cwd: top });
    expect(r.stdout).toBe('Skrev CODEOWNERS (8 filer med ägare).\n');
    expect(readFileSync(join(top, 'CODEOWNERS'), 'utf8')).toBe(EXPECTED);
    expect((await run(['-C', project, 'codeowners', '-o', 'CODEOWNERS', '--check'], { cwd: top })).code).toBe(0);
    const out = await run(['-C', project, 'codeowners', '-o', '-']);
    expect(out.stdout).toBe(EXPECTED);
    expect((await run(['-C', project, 'codeowners', '-o', '-', '--check'])).code).toBe(2);
  });

  test('outside git the project root stands in for the top; English messages with --lang en, the file stays Swedish', async () => {
    const dir = realpathSync(fixture());
    const r = await run(['-C', dir, '--lang', 'en', 'codeowners']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Wrote ${join(dir, '.github', 'CODEOWNERS')} (8 files with owners).\n`);
    expect(readFileSync(join(dir, '.github', 'CODEOWNERS'), 'utf8')).toBe(EXPECTED.replaceAll('/sup-data/', '/').replaceAll('# /sup-data/', '# /'));
  });

  test('a network without user names: every entry is a comment', () => {
    const e = (kind: string, id: string, data: Record<string, unknown>) => ({ kind, id, file: `data/${id}.md`, data }) as never;
    expect(buildCodeowners([e('nätverk', 'n', { namn: 'N', medlemmar: [{ kommun: 'a', roll: 'r', användarnamn: ' ' }] }), e('mål', 'm', { ägare: 'n' })], '')).toBe(
      [
        ...EXPECTED.split('\n').slice(0, 10),
        '',
        '# N (n): inga användarnamn angivna för medlemmarna, så filerna har ingen ägare',
        '# /data/m.md',
        '# /data/n.md',
        '',
      ].join('\n'),
    );
  });

  test('--forge gitlab writes .gitlab/CODEOWNERS; granskare.reserv in sup.yaml owns every file no network owns', async () => {
    const { top, project } = repo();
    const config = join(project, 'sup.yaml');
    writeFileSync(config, readFileSync(config, 'utf8') + 'granskare:\n  reserv: [kansli-anna, "@Kansli.Bo"]\n');
    const r = await run(['-C', project, 'codeowners', '--forge', 'gitlab']);
    expect(r.stdout).toBe(`Skrev ${join(top, '.gitlab', 'CODEOWNERS')} (8 filer med ägare).\n`);
    expect(existsSync(join(top, '.github'))).toBe(false);
    const text = readFileSync(join(top, '.gitlab', 'CODEOWNERS'), 'utf8');
    expect(text).toBe(
      EXPECTED.replace(
        '# Inga reservgranskare angivna (granskare.reserv i sup.yaml), så filer som inget nätverk äger –\n# programmet, planerna, årsredovisningarna, sup.yaml, CI-filerna och den här filen – har ingen ägare.\n',
        '# Filer som inget nätverk äger – programmet, planerna, årsredovisningarna, sup.yaml, CI-filerna,\n# verktyg/ och den här filen – granskas av reservgranskarna (granskare.reserv i sup.yaml).\n* @kansli-anna @Kansli.Bo\n',
      ).replaceAll('så filerna har ingen ägare', 'så filerna granskas av reservgranskarna'),
    );
    // The catch-all comes first: in CODEOWNERS the last matching line wins, so the networks' lines take precedence.
    const owners = text.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    expect(owners[0]).toBe('* @kansli-anna @Kansli.Bo');
    expect((await run(['-C', project, 'codeowners', '--forge', 'gitlab', '--check'])).code).toBe(0);
    expect((await run(['-C', project, 'codeowners', '--check'])).code).toBe(1);
    expect((await run(['-C', project, 'codeowners', '--forge', 'bitbucket'])).code).toBe(2);
  });

  test('a reserve name that is no user name is refused by the schema and never reaches the file', async () => {
    const { project } = repo();
    const config = join(project, 'sup.yaml');
    writeFileSync(config, readFileSync(config, 'utf8') + 'granskare:\n  reserv: ["ok\\n* @angripare", "@x y"]\n');
    const check = await run(['-C', project, 'check', '--format', 'json']);
    expect(JSON.parse(check.stdout).diagnostics.filter((d: { file: string }) => d.file === 'sup.yaml').map((d: { ruleId: string; start: { line: number } }) => [d.ruleId, d.start.line])).toEqual([
      ['schema/pattern', 4],
      ['schema/pattern', 4],
    ]);
    const out = await run(['-C', project, 'codeowners', '-o', '-']);
    expect(out.stdout).toBe(EXPECTED);
    expect(buildCodeowners([], '', ['ok\n* @angripare', '@x y', 'bra', 'Bra'])).toContain('\n* @bra\n');
  });
});
