import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runNew } from '../src/cli/commands/new.js';
import type { NewIo } from '../src/cli/commands/new.js';
import { idFromTitle, nextFreeId } from '../src/edit/make-id.js';
import { composeFixture, copyRealData, REPO, run, runBin, TODAY, writeTree } from './helpers.js';

const ACTIVITIES = 'data/exempel/2025/aktiviteter';
const schemaRef = (dir: string, file: string, schema: string) => relative(dirname(join(dir, file)), join(REPO, 'schemas', schema)).split('\\').join('/');

const activityArgs = [
  '--titel',
  'Kartläggning av gångvägar till stationer',
  '--verksamhetsplan',
  'vp-2025',
  '--mål',
  'delmal-2025-cykelpendling',
  '--ansvarig',
  'trafikstrateger',
  '--från',
  '2025-03-01',
  '--till',
  '2025-11-30',
];

describe('sup new aktivitet', () => {
  test('creates a file beside the plan\'s other activities that passes sup check', async () => {
    const dir = copyRealData({ planUndecided: true });
    const file = `${ACTIVITIES}/kartlaggning-av-gangvagar-till-stationer.md`;
    const r = await run(['-C', dir, 'new', 'aktivitet', ...activityArgs]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      `Skapade ${file} (aktivitet "kartlaggning-av-gangvagar-till-stationer").\n\n` +
        'Kvar att göra (varningar från sup check):\n\n' +
        `${file}:17:1  varning  Mallens utfyllnadstext står kvar: "Beskriv aktiviteten här:". Skriv den riktiga texten i stället.  text/filler\n\n` +
        'data/exempel/2025/arsredovisning.md:9:1  varning  Aktiviteten "kartlaggning-av-gangvagar-till-stationer" ingår i planen men saknar resultat i årsredovisningen.  report/activity-missing\n\n' +
        '⚠ Inga fel, 2 varningar i 2 filer.\n',
    );
    expect(readFileSync(join(dir, file), 'utf8')).toBe(
      [
        '---',
        `# yaml-language-server: $schema=${schemaRef(dir, file, 'aktivitet.schema.json')}`,
        'typ: aktivitet',
        'id: kartlaggning-av-gangvagar-till-stationer',
        'titel: Kartläggning av gångvägar till stationer',
        'verksamhetsplan: vp-2025',
        'mål:',
        '  - delmal-2025-cykelpendling',
        'ansvarig: trafikstrateger',
        'period:',
        '  från: "2025-03-01"',
        '  till: "2025-11-30"',
        'status: ej påbörjad',
        // The plan is an example, so its activities are too.
        'exempel: true',
        '---',
        '',
        'Beskriv aktiviteten här: vad som ska göras och varför, vem som gör vad, och vad som ska vara',
        'klart när aktiviteten är genomförd.',
        '',
      ].join('\n'),
    );
    const check = await run(['-C', dir, 'check', '--today', TODAY]);
    expect(check.code).toBe(0);
    // The new activity's two warnings, and SUP 2040 in force without its decisions recorded (program/decisions-missing).
    expect(check.stdout).toContain('⚠ Inga fel, 2 varningar i 88 filer.');
  });

  test('a missing required option (not a terminal): exit 1 naming what is missing, no file', async () => {
    const dir = copyRealData({ planUndecided: true });
    const before = readdirSync(join(dir, ACTIVITIES)).sort();
    const r = await run(['-C', dir, 'new', 'aktivitet', '--titel', 'Ny aktivitet', '--verksamhetsplan', 'vp-2025', '--ansvarig', 'kansliet']);
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: [
        'sup new: Uppgifter saknas för en aktivitet, så ingen fil skapades:',
        '  mål   --mål <id> (kan upprepas)  Målen eller delmålen som aktiviteten bidrar till (id), minst ett.',
        '  från  --från <ÅÅÅÅ-MM-DD>        Planerat startdatum.',
        '  till  --till <ÅÅÅÅ-MM-DD>        Planerat slutdatum.',
        'Ange dem med flaggorna ovan, eller kör kommandot i en terminal för att bli tillfrågad.',
        '',
      ].join('\n'),
    });
    expect(readdirSync(join(dir, ACTIVITIES)).sort()).toEqual(before);
    expect((await run(['-C', dir, '--lang', 'en', 'new', 'aktivitet'])).stderr).toContain('Details are missing for the new aktivitet, so no file was created:\n  titel ');
  });

  test('wrong references and dates are named with "Menade du", no file', async () => {
    const dir = copyRealData({ planUndecided: true });
    const r = await run(['-C', dir, 'new', 'aktivitet', ...activityArgs.slice(0, 2), '--verksamhetsplan', 'vp-2052', '--mål', 'rufs', '--mål', 'delmal-2025-restidr', '--ansvarig', 'kansliet', '--från', '2025-02-30', '--till', '2025-12-31']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      [
        'sup new: Uppgifterna för en aktivitet har fel, så ingen fil skapades:',
        '  verksamhetsplan: det finns ingen verksamhetsplan med id "vp-2052". Menade du "vp-2023"?',
        '  mål: "rufs" är ett nätverk, men här ska stå ett mål.',
        '  från: "2025-02-30" är inget datum. Skriv ÅÅÅÅ-MM-DD, till exempel 2026-03-31.',
        '',
      ].join('\n'),
    );
  });

  test('a taken id gets -2, a given one is used, an existing one is refused', async () => {
    const dir = copyRealData({ planUndecided: true });
    expect((await run(['-C', dir, 'new', 'aktivitet', ...activityArgs])).code).toBe(0);
    const second = await run(['-C', dir, 'new', 'aktivitet', ...activityArgs]);
    expect(second.stdout).toMatch(/^Skapade data\/exempel\/2025\/aktiviteter\/kartlaggning-av-gangvagar-till-stationer-2\.md /);
    expect((await run(['-C', dir, 'new', 'aktivitet', ...activityArgs, '--id', 'gangvagar'])).stdout).toMatch(/^Skapade data\/exempel\/2025\/aktiviteter\/gangvagar\.md /);
    expect(await run(['-C', dir, 'new', 'aktivitet', ...activityArgs, '--id', 'gangvagar'])).toEqual({
      code: 1,
      stdout: '',
      stderr: `sup new: Id "gangvagar" används redan (${ACTIVITIES}/gangvagar.md). Välj ett annat med --id.\n`,
    });
    expect((await run(['-C', dir, 'new', 'aktivitet', ...activityArgs, '--id', 'Gångvägar'])).code).toBe(1);
  });

  test('never overwrites an existing file', async () => {
    const dir = copyRealData({ planUndecided: true });
    // A file that is not data (sup.yaml excludes its folder) but has the name the new file would get.
    writeTree(dir, { 'sup.yaml': readFileSync(join(dir, 'sup.yaml'), 'utf8') + '  - "data/2030/**"\n', 'data/2030/verksamhetsplan.md': 'anteckningar\n' });
    const r = await run(['-C', dir, 'new', 'verksamhetsplan', '--år', '2030']);
    expect(r).toEqual({ code: 1, stdout: '', stderr: 'sup new: data/2030/verksamhetsplan.md finns redan, och sup new skriver aldrig över en fil. Välj ett annat id med --id.\n' });
    expect(readFileSync(join(dir, 'data/2030/verksamhetsplan.md'), 'utf8')).toBe('anteckningar\n');
  });

  test('--fält sets other fields in the template\'s order, read as the schema expects', async () => {
    const dir = copyRealData({ planUndecided: true });
    const r = await run(['-C', dir, 'new', 'aktivitet', ...activityArgs, '--id', 'med-budget', '--fält', 'budget.belopp=120000', '--falt', 'budget.post=utredningar', '--fält', 'medverkande=kansliet,huddinge', '--status', 'pågår']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, ACTIVITIES, 'med-budget.md'), 'utf8')).toContain(
      'ansvarig: trafikstrateger\nmedverkande:\n  - kansliet\n  - huddinge\nperiod:\n  från: "2025-03-01"\n  till: "2025-11-30"\nbudget:\n  post: utredningar\n  belopp: 120000\nstatus: pågår\nexempel: true\n---\n',
    );
    expect((await run(['-C', dir, 'new', 'aktivitet', ...activityArgs, '--fält', 'budgt.post=x'])).stderr).toBe(
      'sup new: Uppgifterna för en aktivitet har fel, så ingen fil skapades:\n  Okänt fält "budgt.post" för aktivitet. Menade du "budget.post"?\n',
    );
    expect((await run(['-C', dir, 'new', 'aktivitet', ...activityArgs, '--fält', 'budget'])).code).toBe(2);
  });

  test('a new file that would fail sup check is not created; the command lists its findings', async () => {
    const dir = copyRealData({ planUndecided: true });
    const r = await run(['-C', dir, 'new', 'aktivitet', ...activityArgs, '--från', '2024-12-01', '--fält', 'budget.belopp=5']);
    expect(r.code).toBe(1);
    const file = `${ACTIVITIES}/kartlaggning-av-gangvagar-till-stationer.md`;
    expect(r.stderr).toContain(`sup new: ${file} skulle inte klara sup check, så den skapades inte. Det här saknas eller är fel:\n`);
    expect(r.stderr).toContain(`${file}:11:9  fel  Aktiviteten börjar 2024-12-01, men verksamhetsplanen "vp-2025" gäller 2025. Perioden ska börja under planens år.  activity/year`);
    expect(r.stderr).toContain(`${file}:14:3  fel  Fältet "post" saknas men krävs.  schema/required`);
    expect(existsSync(join(dir, file))).toBe(false);
  });
});

describe('sup new, other kinds', () => {
  test('kind names work without å, ä and ö and land in the conventional folders', async () => {
    const dir = copyRealData({ planUndecided: true, until: 2025 });
    const made = async (args: string[]) => {
      const r = await run(['-C', dir, ...args]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      return /^Skapade (\S+) /.exec(r.stdout)![1];
    };
    expect(await made(['new', 'mal', '--titel', 'Södertörn är tillgängligt för alla', '--niva', 'långsiktigt', '--foralder', 'infrastruktur', '--agare', 'rufs'])).toBe(
      'data/mal/sodertorn-ar-tillgangligt-for-alla.md',
    );
    expect(await made(['new', 'delmal', '--titel', 'Fler går till stationen', '--verksamhetsplan', 'vp-2025', '--förälder', 'tillganglighet', '--ägare', 'trafikstrateger'])).toBe(
      'data/exempel/2025/delmal/fler-gar-till-stationen.md',
    );
    expect(await made(['new', 'natverk', '--namn', 'Nätverk för gång', '--roll', 'gångstrateg'])).toBe('data/natverk/natverk-for-gang.md');
    expect(await made(['new', 'arbetsgrupp', '--namn', 'Arbetsgrupp för gods', '--till', '2026-12-31'])).toBe('data/natverk/arbetsgrupp-for-gods.md');
    expect(await made(['new', 'indikator', '--namn', 'Andel som går', '--mål', 'tillganglighet', '--enhet', 'procent', '--riktning', 'ökar', '--källa', 'egen'])).toBe(
      'data/indikatorer/andel-som-gar.yaml',
    );
    expect(await made(['new', 'indikator', '--namn', 'Andel som cyklar', '--mål', 'tillganglighet', '--enhet', 'procent', '--riktning', 'ökar', '--källa', 'egen', '--verksamhetsplan', 'vp-2025'])).toBe(
      'data/exempel/2025/indikatorer/andel-som-cyklar.yaml',
    );
    // This repository holds the example year, so a plan beside it is an example too (rule example/mixed).
    expect(await made(['new', 'verksamhetsplan', '--ar', '2026', '--falt', 'exempel=true'])).toBe('data/2026/verksamhetsplan.md');
    expect(await made(['new', 'arsredovisning', '--verksamhetsplan', 'vp-2026'])).toBe('data/2026/arsredovisning.md');
    expect((await run(['-C', dir, 'check', '--today', TODAY])).code).toBe(0);

    const network = readFileSync(join(dir, 'data/natverk/natverk-for-gang.md'), 'utf8');
    expect(network).toContain('medlemmar:\n  - kommun: botkyrka\n    roll: gångstrateg\n  - kommun: haninge\n');
    expect(network.match(/- kommun:/g)).toHaveLength(8);
    expect(readFileSync(join(dir, 'data/indikatorer/andel-som-gar.yaml'), 'utf8')).toBe(
      [
        `# yaml-language-server: $schema=${schemaRef(dir, 'data/indikatorer/andel-som-gar.yaml', 'indikator.schema.json')}`,
        'typ: indikator',
        'id: andel-som-gar',
        'namn: Andel som går',
        'mål:',
        '  - tillganglighet',
        'enhet: procent',
        'riktning: ökar',
        'källa:',
        '  typ: egen',
        '# Fyll i basvärde, målvärden och utfall när de finns. Ett värde som saknas skrivs saknas, aldrig 0.',
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(dir, 'data/2026/verksamhetsplan.md'), 'utf8')).toMatch(/^---\n# yaml-language-server: .*\ntyp: verksamhetsplan\nid: vp-2026\når: 2026\nprogram: sup-2040\n/);
  });

  test('an unknown kind or an option of another kind is a usage error (exit 2)', async () => {
    const dir = copyRealData({ planUndecided: true });
    expect(await run(['-C', dir, 'new', 'aktivtet'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'sup new: okänd sort "aktivtet". Menade du "aktivitet"? Välj bland aktivitet, mål, delmål, nätverk, arbetsgrupp, indikator, verksamhetsplan, årsredovisning.\n',
    });
    expect((await run(['-C', dir, 'new', 'mål', '--ansvarig', 'rufs'])).code).toBe(2);
  });

  test('a project\'s own templates/ny/ is used before the built-in one', async () => {
    const dir = composeFixture('base');
    writeTree(dir, {
      'templates/ny/natverk.md': '---\ntyp: nätverk\nid:\nnamn:\nform: stående\n# vår egen mall\nmedlemmar:\n---\nEget.\n',
    });
    const r = await run(['-C', dir, 'new', 'nätverk', '--namn', 'Nätverk för test', '--roll', 'strateg']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'data/natverk/natverk-for-test.md'), 'utf8')).toBe(
      '---\ntyp: nätverk\nid: natverk-for-test\nnamn: Nätverk för test\nform: stående\n# vår egen mall\nmedlemmar:\n  - kommun: botkyrka\n    roll: strateg\n  - kommun: haninge\n    roll: strateg\n---\nEget.\n',
    );
  });
});

describe('sup new asks on a terminal', () => {
  test('each missing detail is asked for, a wrong answer again, with the plan year offered', async () => {
    const dir = copyRealData({ planUndecided: true });
    const answers = ['Promenadstudie', 'delmal-2025-cykelpendlng', 'delmal-2025-cykelpendling', 'trafikstrateger', '', '2025-06-30', '', '', ''];
    const questions: string[] = [];
    let stdout = '';
    let stderr = '';
    const io: NewIo = {
      stdout: (s) => (stdout += s),
      stderr: (s) => (stderr += s),
      cwd: dir,
      env: {},
      isTTY: true,
      ask: async (question) => {
        questions.push(question);
        return answers.shift();
      },
    };
    const code = await runNew('aktivitet', {}, { verksamhetsplan: 'vp-2025' }, io);
    expect(code).toBe(0);
    expect(questions).toEqual([
      'titel – Aktivitetens rubrik: ',
      'mål – Målen eller delmålen som aktiviteten bidrar till (id), minst ett (flera skiljs med kommatecken): ',
      'mål – Målen eller delmålen som aktiviteten bidrar till (id), minst ett (flera skiljs med kommatecken): ',
      'ansvarig – Ansvarigt nätverk, arbetsgrupp eller kansliet (id): ',
      'från – Planerat startdatum (ÅÅÅÅ-MM-DD) [2025-01-01]: ',
      'till – Planerat slutdatum (ÅÅÅÅ-MM-DD) [2025-12-31]: ',
      'budgetpost – Budgetpostens id i verksamhetsplanen (tomt svar hoppar över): ',
      'medverkande – Andra som medverkar: kommuner, nätverk eller organ (id) (flera skiljs med kommatecken; tomt svar hoppar över): ',
      'id – filens id, tomt svar tar förslaget [promenadstudie]: ',
    ]);
    expect(stderr).toBe('Ny aktivitet. Fyll i uppgifterna nedan (Ctrl-C avbryter).\nmål: det finns inget mål med id "delmal-2025-cykelpendlng". Menade du "delmal-2025-cykelpendling"?\n');
    expect(stdout).toMatch(/^Skapade data\/exempel\/2025\/aktiviteter\/promenadstudie\.md /);
    expect(readFileSync(join(dir, ACTIVITIES, 'promenadstudie.md'), 'utf8')).toContain('period:\n  från: "2025-01-01"\n  till: "2025-06-30"\n');
  });

  test('budget, medverkande and the id are asked; a refused budget post is asked again, every other answer kept', async () => {
    const dir = copyRealData({ planUndecided: true });
    const answers = ['Promenadstudie', 'delmal-2025-cykelpendling', 'trafikstrateger', '2025-03-01', '2025-06-30', 'utredning', '120 000', 'kansliet,rufs', 'promenader-2025', 'utredningar'];
    const questions: string[] = [];
    let stderr = '';
    const io: NewIo = {
      stdout: () => {},
      stderr: (s) => (stderr += s),
      cwd: dir,
      env: {},
      isTTY: true,
      ask: async (question) => {
        questions.push(question.split(' – ')[0]!);
        return answers.shift();
      },
    };
    expect(await runNew('aktivitet', {}, { verksamhetsplan: 'vp-2025' }, io)).toBe(0);
    expect(questions).toEqual(['titel', 'mål', 'ansvarig', 'från', 'till', 'budgetpost', 'belopp', 'medverkande', 'id', 'budgetpost']);
    expect(stderr).toContain('Svara igen på det som kontrollen inte godtog (budgetpost); de andra svaren står kvar.\n');
    expect(stderr).toContain('budget/unknown-post');
    const file = readFileSync(join(dir, ACTIVITIES, 'promenader-2025.md'), 'utf8');
    expect(file).toContain('id: promenader-2025\n');
    expect(file).toContain('ansvarig: trafikstrateger\nmedverkande:\n  - kansliet\n  - rufs\n');
    expect(file).toContain('budget:\n  post: utredningar\n  belopp: 120000\n');
  });

  test('"Nytt mål" and "Nytt nätverk"; "Menade du" prefers the delmål of the same plan over last year\'s', async () => {
    const dir = copyRealData({ until: 2025 });
    expect((await run(['-C', dir, 'new', 'verksamhetsplan', '--år', '2026', '--från', 'vp-2025', '--delmål'])).code).toBe(0);
    let stderr = '';
    const answers = ['Ny studie', 'delmal-laddinfrastruktur'];
    const io: NewIo = { stdout: () => {}, stderr: (s) => (stderr += s), cwd: dir, env: {}, isTTY: true, ask: async () => answers.shift() };
    expect(await runNew('aktivitet', {}, { verksamhetsplan: 'vp-2026' }, io)).toBe(1);
    expect(stderr).toContain('Menade du "delmal-2026-laddinfrastruktur"?');
    for (const [kind, intro] of [['mål', 'Nytt mål.'], ['nätverk', 'Nytt nätverk.'], ['delmål', 'Nytt delmål.'], ['indikator', 'Ny indikator.']] as const) {
      let err = '';
      const quiet: NewIo = { stdout: () => {}, stderr: (s) => (err += s), cwd: dir, env: {}, isTTY: true, ask: async () => undefined };
      await runNew(kind, {}, {}, quiet);
      expect(err.startsWith(`${intro} Fyll i uppgifterna nedan (Ctrl-C avbryter).\n`)).toBe(true);
    }
  });

  test('ending the input cancels without a file', async () => {
    const dir = copyRealData({ planUndecided: true });
    let stderr = '';
    const io: NewIo = { stdout: () => {}, stderr: (s) => (stderr += s), cwd: dir, env: {}, isTTY: true, ask: async () => undefined };
    expect(await runNew('nätverk', {}, {}, io)).toBe(1);
    expect(stderr).toContain('sup new: Avbrutet; ingen fil skapades.\n');
  });
});

describe('sup new writes safely', () => {
  const quiet = (dir: string) => {
    const out = { stdout: '', stderr: '' };
    const io: NewIo = { stdout: (s) => (out.stdout += s), stderr: (s) => (out.stderr += s), cwd: dir, env: {}, isTTY: false };
    return { io, out };
  };

  test('a file that appears at the last moment is not overwritten', async () => {
    const dir = copyRealData({ planUndecided: true });
    const { io, out } = quiet(dir);
    const hooks = { beforeCommit: (path: string) => writeTree(dirname(path), { 'verksamhetsplan.md': 'någon annans\n' }) };
    expect(await runNew('verksamhetsplan', { C: dir }, { år: '2031', fält: ['exempel=true'] }, io, hooks)).toBe(1);
    expect(out.stderr).toBe('sup new: data/2031/verksamhetsplan.md finns redan, och sup new skriver aldrig över en fil. Välj ett annat id med --id.\n');
    expect(readFileSync(join(dir, 'data/2031/verksamhetsplan.md'), 'utf8')).toBe('någon annans\n');
    expect(readdirSync(join(dir, 'data/2031'))).toEqual(['verksamhetsplan.md']);
  });

  test('a failed write leaves no file and no new folder', async () => {
    const dir = copyRealData({ planUndecided: true });
    const { io, out } = quiet(dir);
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const hooks = {
      fs: {
        writeSync: () => {
          throw full;
        },
      },
    };
    expect(await runNew('verksamhetsplan', { C: dir }, { år: '2031', fält: ['exempel=true'] }, io, hooks)).toBe(2);
    expect(out.stderr).toBe('sup new: Kunde inte skapa data/2031/verksamhetsplan.md: disken är full. Ingen fil skapades.\n');
    expect(existsSync(join(dir, 'data/2031'))).toBe(false);
  });
});

describe('ids from titles', () => {
  test('ASCII kebab-case: å and ä become a, ö becomes o, long titles are cut at a word', () => {
    expect(idFromTitle('Södertälje–Nynäshamn: pendling')).toBe('sodertalje-nynashamn-pendling');
    expect(idFromTitle('Åtgärder för ökad tillgänglighet')).toBe('atgarder-for-okad-tillganglighet');
    expect(idFromTitle('Café & Crème 2025')).toBe('cafe-creme-2025');
    expect(idFromTitle('Kartläggning av publik laddinfrastruktur och laddbehov på Södertörn och i regionen')).toBe(
      'kartlaggning-av-publik-laddinfrastruktur-och-laddbehov',
    );
    expect(idFromTitle('!!!')).toBe('');
    expect(nextFreeId('a', (id) => ['a', 'a-2'].includes(id))).toBe('a-3');
  });
});

describe('spawned binary', () => {
  test('sup new aktivitet creates the file; without options it names what is missing', () => {
    const dir = copyRealData({ planUndecided: true });
    const r = runBin(['-C', dir, 'new', 'aktivitet', ...activityArgs]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Skapade data\/exempel\/2025\/aktiviteter\/kartlaggning-av-gangvagar-till-stationer\.md /);
    const missing = runBin(['-C', dir, 'new', 'aktivitet']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^sup new: Uppgifter saknas för en aktivitet, så ingen fil skapades:\n {2}titel /);
    expect(runBin(['-C', dir, 'check', '--today', TODAY]).code).toBe(0);
  });
});
