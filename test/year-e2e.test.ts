import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { git, REPO, run, tempDir } from './helpers.js';

/**
 * The acceptance test of issue 10: a whole year by command in a temporary git repository. Only
 * the prose of Markdown bodies is written by hand (as a person would in an editor); every
 * structured field is written by sup, and each edit is checked to change nothing but its node.
 */

interface Planned {
  titel: string;
  mål: string;
  ansvarig: string;
  post: string;
  belopp: number;
  status: string;
  resultat: string;
}

const ACTIVITIES: Planned[] = [
  { titel: 'Gemensamt inspel till länsplanen 2026', mål: 'tillganglighet', ansvarig: 'trafikstrateger', post: 'utredningar', belopp: 200000, status: 'genomförd', resultat: 'Inspelet lämnades till Region Stockholm i maj.' },
  { titel: 'Kartläggning av laddinfrastruktur', mål: 'klimatomstallning', ansvarig: 'klimatstrateger', post: 'utredningar', belopp: 250000, status: 'pågår', resultat: 'Kartläggningen av sex kommuner är klar; två återstår.' },
  { titel: 'Cykelpendlingsutmaning 2026', mål: 'klimatomstallning', ansvarig: 'klimatstrateger', post: 'kommunikation', belopp: 100000, status: 'genomförd', resultat: 'Drygt 1 200 personer deltog i utmaningen.' },
  { titel: 'Bevakning av Tvärförbindelse Södertörn', mål: 'infrastruktur', ansvarig: 'rufs', post: 'natverk', belopp: 150000, status: 'genomförd', resultat: 'Kommunerna lämnade ett gemensamt yttrande.' },
  { titel: 'Infrastrukturdag 2026', mål: 'infrastruktur', ansvarig: 'kansliet', post: 'konferens', belopp: 120000, status: 'genomförd', resultat: 'Dagen samlade 140 deltagare.' },
  { titel: 'Planeringskonferens 2026', mål: 'infrastruktur', ansvarig: 'kansliet', post: 'konferens', belopp: 130000, status: 'genomförd', resultat: 'Konferensen lade grunden till planen för 2027.' },
  { titel: 'Restidsanalys mellan stadskärnorna', mål: 'tillganglighet', ansvarig: 'trafikstrateger', post: 'utredningar', belopp: 300000, status: 'delvis genomförd', resultat: 'Analysen av kollektivtrafiken är klar, bilresorna återstår.' },
  { titel: 'Indikatoruppföljning 2026', mål: 'klimatomstallning', ansvarig: 'kansliet', post: 'kansli', belopp: 50000, status: 'genomförd', resultat: 'Alla indikatorer följdes upp.' },
  { titel: 'Gemensam webbplats', mål: 'infrastruktur', ansvarig: 'kansliet', post: 'kommunikation', belopp: 200000, status: 'avbruten', resultat: 'Arbetet avbröts; kommunernas egna webbplatser räcker.' },
  { titel: 'Remissvar på trafikförsörjningsprogrammet', mål: 'tillganglighet', ansvarig: 'trafikstrateger', post: 'natverk', belopp: 100000, status: 'pågår', resultat: 'Remissen kom i november; svaret lämnas i februari.' },
];

const BUDGET: [string, number, number][] = [
  // post, budget, utfall
  ['kansli', 2400000, 2350000],
  ['natverk', 600000, 560000],
  ['utredningar', 900000, 840000],
  ['kommunikation', 300000, 280000],
  ['konferens', 250000, 245000],
  ['oforutsett', 50000, 0],
];

const ASSESSMENTS: [string, string, string][] = [
  ['infrastruktur', 'delvis uppfyllt', 'Kommunerna talar med en röst om de stora projekten.'],
  ['klimatomstallning', 'delvis uppfyllt', 'Antalet publika laddpunkter ökar.'],
  ['tillganglighet', 'uppfyllt', 'Inspelet till länsplanen fick gehör.'],
];

/** Every file under `dir` (data only), by its path from `dir`. */
function files(dir: string, sub = 'data'): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel)).sort()) {
      const path = `${rel}/${name}`;
      if (statSync(join(dir, path)).isDirectory()) walk(path);
      else out.set(path, readFileSync(join(dir, path), 'utf8'));
    }
  };
  walk(sub);
  return out;
}

/** The structured part of a data file: the frontmatter of a Markdown file, or all of a YAML file. */
function structured(path: string, text: string): string {
  if (!path.endsWith('.md')) return text;
  const close = text.indexOf('\n---', 3);
  return text.slice(0, close + 4);
}

/** The prose of a Markdown file: everything after the frontmatter's closing line. */
function prose(text: string): string {
  const close = text.indexOf('\n---', 3);
  return text.slice(close + 5);
}

describe('a whole year by command (acceptance of issue 10)', () => {
  test('init, plan, ten activities with budgets, statuses, outcomes, the pre-filled report filled with sup set, mv, report and plan without --draft, next year with carry-over', { timeout: 120_000 }, async () => {
    const dir = join(tempDir(), 'sup-data');
    /** What sup last wrote of each file's structured part: hand edits must leave it as it is. */
    const bySup = new Map<string, string>();
    const sup = async (args: string[], expectedCode = 0) => {
      const r = await run(['-C', dir, ...args], { cwd: REPO });
      if (r.code !== expectedCode) throw new Error(`sup ${args.join(' ')} gave ${r.code}, not ${expectedCode}:\n${r.stdout}\n${r.stderr}`);
      for (const [path, text] of files(dir)) bySup.set(path, structured(path, text));
      return r;
    };
    const read = (path: string) => readFileSync(join(dir, path), 'utf8');
    /** Writes the prose of a Markdown body by hand, as in an editor; the frontmatter stays byte for byte. */
    const writeProse = (path: string, text: string) => {
      const before = read(path);
      const after = structured(path, before) + '\n' + text;
      expect(structured(path, after)).toBe(structured(path, before));
      writeFileSync(join(dir, path), after);
    };
    /** One `sup set` of one field: the file afterwards is the file before with exactly `from` replaced by `to`. */
    const setOne = async (path: string, args: string[], from: string, to: string) => {
      const before = read(path);
      expect(before.split(from).length - 1).toBe(1);
      await sup(['set', ...args]);
      expect(read(path)).toBe(before.replace(from, to));
    };

    // ── init with the programme, the example removed as the README says ──
    const init = await run(['init', dir, '--from-example', '--sup-spec', `file:${REPO}`], { cwd: REPO });
    expect(init.code).toBe(0);
    expect(read('README.md')).toContain('git rm -r data/exempel');
    git(dir, 'init', '-q');
    const commit = (message: string) => {
      git(dir, 'add', '-A');
      git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', message);
    };
    commit('init');
    git(dir, 'rm', '-r', '-q', 'data/exempel');
    commit('Tar bort exempelåret');
    for (const [path, text] of files(dir)) bySup.set(path, structured(path, text));

    // ── autumn 2025: the plan for 2026 with its budget and ten activities ──
    await sup(['new', 'verksamhetsplan', '--år', '2026', '--today', '2025-10-01']);
    const PLAN = 'data/2026/verksamhetsplan.md';
    const headings: Record<string, string> = {
      kansli: 'Kansliets personal och drift',
      natverk: 'Nätverkens arbete',
      utredningar: 'Utredningar och analyser',
      kommunikation: 'Kommunikation och påverkansarbete',
      konferens: 'Planeringskonferens och seminarier',
      oforutsett: 'Oförutsett',
    };
    for (const [post, belopp] of BUDGET) {
      const line = `  - id: ${post}\n    rubrik: ${headings[post]}\n`;
      await setOne(PLAN, ['vp-2026', `budget.${post}.belopp`, String(belopp)], `${line}    belopp: 0\n`, `${line}    belopp: ${belopp}\n`);
    }
    expect(read(PLAN)).toContain('  - id: kansli\n    rubrik: Kansliets personal och drift\n    belopp: 2400000\n');
    const ids: string[] = [];
    for (const a of ACTIVITIES) {
      const r = await sup(['new', 'aktivitet', '--titel', a.titel, '--mål', a.mål, '--ansvarig', a.ansvarig, '--verksamhetsplan', 'vp-2026', '--från', '2026-02-01', '--till', '2026-11-30', '--budgetpost', a.post, '--belopp', String(a.belopp)]);
      const id = /\(aktivitet "([^"]+)"\)/.exec(r.stdout)![1]!;
      ids.push(id);
      expect(read(`data/2026/aktiviteter/${id}.md`)).toContain(`budget:\n  post: ${a.post}\n  belopp: ${a.belopp}\nstatus: ej påbörjad\n---\n`);
    }
    await sup(['new', 'indikator', '--namn', 'Publika laddpunkter per 1 000 invånare', '--mål', 'klimatomstallning', '--enhet', 'laddpunkter per 1 000 invånare', '--riktning', 'ökar', '--källa', 'egen', '--källbeskrivning', 'Kansliet räknar fram värdet ur öppna data.']);
    const INDICATOR = 'data/indikatorer/publika-laddpunkter-per-1-000-invanare.yaml';
    await sup(['set', 'publika-laddpunkter-per-1-000-invanare', 'basvärde.år=2024', 'basvärde.värde=1.9']);

    // Before the prose is written, the plan is not rendered: every place of filler text is listed.
    const early = await sup(['plan', '2026', '--today', '2025-11-01'], 1);
    const fillerPlaces = [...early.stderr.matchAll(/^(data\/\S+:\d+:\d+)\s.*text\/filler$/gm)].map((m) => m[1]!.replace(/:\d+:\d+$/, ''));
    expect(fillerPlaces.sort()).toEqual([PLAN, ...ids.map((id) => `data/2026/aktiviteter/${id}.md`)].sort());

    // The prose, by hand.
    writeProse(PLAN, 'År 2026 ligger tyngdpunkten på infrastrukturen och på omställningen av transporterna.\n');
    ids.forEach((id, i) => writeProse(`data/2026/aktiviteter/${id}.md`, `${ACTIVITIES[i]!.titel} genomförs av nätverket tillsammans med kansliet.\n`));

    // The plan is decided; a new activity now needs a reason.
    await sup(['set', 'vp-2026', 'beslutad=2025-12-05', 'beslutad_av=samarbetskommitten']);
    const late = await sup(['new', 'aktivitet', '--titel', 'Sen idé', '--mål', 'infrastruktur', '--ansvarig', 'rufs', '--verksamhetsplan', 'vp-2026', '--från', '2026-05-01', '--till', '2026-06-30'], 1);
    expect(late.stderr).toContain('"vp-2026" beslutades 2025-12-05; en ny aktivitet läggs inte till i en beslutad plan utan skäl.');
    commit('Verksamhetsplan 2026, beslutad');

    // ── during 2026: statuses, a renamed id, an indicator outcome ──
    for (const [i, id] of ids.entries()) {
      const status = ACTIVITIES[i]!.status;
      await setOne(`data/2026/aktiviteter/${id}.md`, [id, 'status', status], 'status: ej påbörjad\n', `status: ${status}\n`);
    }
    const webbplats = ids[8]!;
    expect(webbplats).toBe('gemensam-webbplats');
    expect((await sup(['mv', webbplats, 'webbplats-2026'], 1)).stderr).toContain('är beslutat (vp-2026 beslutades 2025-12-05)');
    const moved = await sup(['mv', webbplats, 'webbplats-2026', '--efter-beslut', 'Tydligare id', '--today', '2026-03-02']);
    expect(moved.stdout.split('\n')[0]).toBe('Bytte id "gemensam-webbplats" till "webbplats-2026", flyttade filen till data/2026/aktiviteter/webbplats-2026.md och skrev om 0 hänvisningar i 1 fil.');
    ids[8] = 'webbplats-2026';
    expect(read('data/2026/aktiviteter/webbplats-2026.md')).toContain(
      'status: avbruten\nändrat_efter_beslut:\n  - datum: "2026-03-02"\n    fält: id gemensam-webbplats → webbplats-2026\n    skäl: Tydligare id\n---\n',
    );
    const indicatorBefore = read(INDICATOR);
    await sup(['set', 'publika-laddpunkter-per-1-000-invanare', 'utfall.2026.värde', '2.6']);
    expect(read(INDICATOR)).toBe(indicatorBefore.replace('  värde: 1.9\n', '  värde: 1.9\nutfall:\n  - år: 2026\n    värde: 2.6\n'));
    await sup(['set', 'publika-laddpunkter-per-1-000-invanare', 'utfall.2025.värde', '2.2']);
    expect(read(INDICATOR)).toContain('utfall:\n  - år: 2025\n    värde: 2.2\n  - år: 2026\n    värde: 2.6\n');

    // ── January 2027: the pre-filled årsredovisning, filled with sup set ──
    await sup(['new', 'årsredovisning', '--år', '2026', '--today', '2027-01-10']);
    const AR = 'data/2026/arsredovisning.md';
    const empty = await sup(['report', '2026', '--today', '2027-01-10'], 1);
    expect(empty.stderr.match(/report\/empty/g)?.length).toBe(10 + 3 * 2 + 6);
    for (const [i, id] of ids.entries()) {
      await setOne(AR, ['ar-2026', `aktiviteter.${id}.resultat`, ACTIVITIES[i]!.resultat], `  - aktivitet: ${id}\n    resultat: ""\n`, `  - aktivitet: ${id}\n    resultat: ${ACTIVITIES[i]!.resultat}\n`);
    }
    for (const [goal, assessment, reason] of ASSESSMENTS) {
      await setOne(AR, ['ar-2026', `måluppfyllelse.${goal}.bedömning`, assessment], `  - mål: ${goal}\n    bedömning: ""\n`, `  - mål: ${goal}\n    bedömning: ${assessment}\n`);
      await setOne(AR, ['ar-2026', `måluppfyllelse.${goal}.motivering`, reason], `    bedömning: ${assessment}\n    motivering: ""\n`, `    bedömning: ${assessment}\n    motivering: ${reason}\n`);
    }
    for (const [post, , utfall] of BUDGET) {
      await setOne(AR, ['ar-2026', `budgetutfall.${post}.utfall`, String(utfall)], `  - post: ${post}\n    utfall: ""\n`, `  - post: ${post}\n    utfall: ${utfall}\n`);
    }
    writeProse(AR, 'Verksamhetsåret 2026 var det fjärde året med SUP 2040. Sex av tio aktiviteter genomfördes.\n');

    // ── the documents, without --draft, and their key figures ──
    const report = await sup(['report', '2026', '--today', '2027-01-20']);
    expect(report.stderr).toBe('');
    expect(report.stdout).toContain('\n**6 av 10 planerade aktiviteter genomförda**\n');
    expect(report.stdout).toContain(
      [
        '| Status           | Antal |',
        '| :--------------- | ----: |',
        '| Genomförd        |     6 |',
        '| Delvis genomförd |     1 |',
        '| Pågår            |     2 |',
        '| Senarelagd       |     0 |',
        '| Ej påbörjad      |     0 |',
        '| Avbruten         |     1 |',
      ].join('\n'),
    );
    expect(report.stdout).toContain(
      [
        '| Bedömning       | Delmål | Programmets mål |',
        '| :-------------- | -----: | --------------: |',
        '| Uppfyllt        |      0 |               1 |',
        '| Delvis uppfyllt |      0 |               2 |',
        '| Ej uppfyllt     |      0 |               0 |',
        '| Kan ej bedömas  |      0 |               0 |',
      ].join('\n'),
    );
    // Amounts are grouped with no-break spaces, and the unit stays with its number.
    expect(report.stdout).toContain('\nBudgeten var 4\u00a0500\u00a0000\u00a0kr och utfallet 4\u00a0275\u00a0000\u00a0kr, en avvikelse på +225\u00a0000\u00a0kr (5,0\u00a0%).\n');
    const plan = await sup(['plan', '2026', '--today', '2027-01-20']);
    expect(plan.stderr).toBe('');
    expect(plan.stdout).toContain('År 2026 ligger tyngdpunkten på infrastrukturen');
    expect(plan.stdout).toContain('4\u00a0500\u00a0000');

    // ── the report is decided: a 2026 status is locked, and changed only with a reason ──
    await sup(['set', 'ar-2026', 'beslutad=2027-02-10', 'beslutad_av=samarbetskommitten']);
    const remissvar = ids[9]!;
    expect((await sup(['set', remissvar, 'status', 'genomförd'], 1)).stderr).toContain('är beslutat (ar-2026 beslutades 2027-02-10)');
    await sup(['set', remissvar, 'status', 'pågår']);
    commit('Årsredovisning 2026, beslutad');

    // ── autumn 2027 … the next plan, with what did not get done carried over ──
    const next = await sup(['new', 'verksamhetsplan', '--år', '2027', '--från', 'vp-2026', '--today', '2027-09-01']);
    expect(next.stdout.split('\n')[0]).toBe(
      'Skapade data/2027/verksamhetsplan.md (verksamhetsplan "vp-2027") med budgeten från "vp-2026" (6 poster, beloppen som förslag) och förde över 3 aktiviteter som inte blev klara:',
    );
    const carried = readdirSync(join(dir, 'data/2027/aktiviteter')).sort();
    expect(carried).toEqual([`${ids[1]}-2027.md`, `${ids[9]}-2027.md`, `${ids[6]}-2027.md`].sort());
    expect(read(`data/2027/aktiviteter/${ids[6]}-2027.md`)).toContain(`fortsätter: ${ids[6]}\n`);
    expect(read('data/2027/verksamhetsplan.md')).toContain('  - id: kansli\n    rubrik: Kansliets personal och drift\n    belopp: 2400000\n');
    // The check of the change since the decided report shows nothing decided as changed.
    const review = await sup(['check', '--changed-since', 'HEAD', '--today', '2027-09-01', '--format', 'json']);
    expect(JSON.parse(review.stdout).diagnostics.filter((d: { ruleId: string }) => d.ruleId === 'beslut/ändrat')).toEqual([]);

    // Every structured field of every data file is as sup last wrote it: the hand edits touched prose only.
    for (const [path, text] of files(dir)) expect(structured(path, text), path).toBe(bySup.get(path));
    expect(prose(read(AR))).toBe('Verksamhetsåret 2026 var det fjärde året med SUP 2040. Sex av tio aktiviteter genomfördes.\n');
  });
});
