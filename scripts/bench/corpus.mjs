// Generates a seeded benchmark project: the programme's fixed files plus N activity files of about
// 2.5 kB each (frontmatter and a 330-word body), optionally with a share of invalid files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small, seeded pseudo-random generator (mulberry32), so every corpus is the same every run. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'samverkan kommunerna infrastruktur kollektivtrafik cykel laddning region planering utredning ' +
  'nätverket kansliet trafikverket länsplan stadskärna tillgänglighet omställning godstransporter ' +
  'arbetsmarknad näringsliv hållbar gemensam analys underlag dialog förslag beslut uppföljning ' +
  'effekt resultat budget kostnad pendling spårväg buss tåg väg station bytespunkt region'
).split(' ');
const KOMMUNER = ['botkyrka', 'haninge', 'huddinge', 'nykvarn', 'nynashamn', 'salem', 'sodertalje', 'tyreso'];
const STATUSES = ['ej påbörjad', 'pågår', 'genomförd', 'delvis genomförd', 'senarelagd', 'avbruten'];
const NETWORKS = ['rufs', 'trafikstrateger', 'klimatstrateger', 'kansliet'];
const GOALS = ['infrastruktur', 'klimatomstallning', 'tillganglighet'];

function body(rnd, words) {
  const out = [];
  for (let p = 0; p < 4; p++) {
    const para = [];
    for (let i = 0; i < words / 4; i++) para.push(WORDS[Math.floor(rnd() * WORDS.length)]);
    para[0] = para[0][0].toUpperCase() + para[0].slice(1);
    out.push(para.join(' ').replace(/(.{1,78})(\s|$)/g, '$1\n').trim() + '.');
  }
  return out.join('\n\n') + '\n';
}

/** The frontmatter fields of activity i, as YAML lines. */
function activityYaml(rnd, i, invalid) {
  const goals = [GOALS[i % 3], ...(rnd() < 0.3 ? [GOALS[(i + 1) % 3]] : [])];
  const month = 1 + Math.floor(rnd() * 11);
  const mm = String(month).padStart(2, '0');
  const lines = [
    'typ: aktivitet',
    `id: aktivitet-${i}`,
    `titel: Aktivitet ${i} om ${WORDS[i % WORDS.length]} och ${WORDS[(i * 7) % WORDS.length]}`,
    'verksamhetsplan: vp-2025',
    'mål:',
    ...goals.map((g) => `  - ${g}`),
    `ansvarig: ${NETWORKS[i % 4]}`,
    ...((m) => (m.length ? ['medverkande:', ...m.map((k) => `  - ${k}`)] : []))(KOMMUNER.filter(() => rnd() < 0.4)),
    'period:',
    `  från: "2025-${mm}-01"`,
    `  till: "2025-${String(month + 1).padStart(2, '0')}-28"`,
    'budget:',
    '  post: utredningar',
    `  belopp: ${1000 + Math.floor(rnd() * 9000)}`,
    `status: ${STATUSES[Math.floor(rnd() * STATUSES.length)]}`,
  ];
  if (invalid) {
    // One of three kinds of mistake: a wrong type, an unknown reference, an unknown field.
    const kind = i % 3;
    if (kind === 0) lines.splice(lines.findIndex((l) => l.startsWith('status:')), 1, 'status: klar');
    else if (kind === 1) lines.splice(lines.findIndex((l) => l.startsWith('ansvarig:')), 1, 'ansvarig: trafikstrateg');
    else lines.push('prioritet: hög');
  }
  return lines.join('\n') + '\n';
}

const FIXED = {
  'sup.yaml': 'version: 1\nregler:\n  budget/over: "off"\n  report/activity-missing: "off"\n',
  'data/kommuner.yaml':
    'typ: kommuner\nkommuner:\n' + KOMMUNER.map((k, i) => `  - id: ${k}\n    namn: K${i}\n    kommunkod: "01${20 + i}"\n`).join(''),
  'data/organisation.yaml':
    'typ: organisation\nnamn: Södertörnssamverkan\norgan:\n' +
    ['samarbetskommitten', 'ledningsgruppen', 'kansliet']
      .map((o) => `  - id: ${o}\n    namn: ${o}\n    roll: beredande\n    beskrivning: Organet ${o}.\n`)
      .join(''),
  'data/program.md':
    '---\ntyp: program\nid: sup-2040\nnamn: SUP 2040\nkortnamn: SUP 2040\ngiltighet:\n  från: 2023\n  till: 2026\nrevidering:\n  intervall_år: 4\n  tidpunkt: vart fjärde år\nbeslutas_av: kommunstyrelserna\nfokusområde:\n  namn: Infrastruktur\n  beskrivning: Infrastruktur.\nsyfte: Samverkan.\nprinciper: [nytta]\nstyrdokument:\n  - nivå: Regionalt\n    dokument: [RUFS 2050]\n---\nProgrammet.\n',
  'data/mal/vision.md': '---\ntyp: mål\nid: vision\nnivå: vision\ntitel: Visionen\nägare: rufs\n---\nVisionen.\n',
  'data/mal/infrastruktur.md': '---\ntyp: mål\nid: infrastruktur\nnivå: övergripande\ntitel: Infrastruktur\nförälder: vision\nägare: rufs\n---\nMålet.\n',
  'data/mal/klimatomstallning.md':
    '---\ntyp: mål\nid: klimatomstallning\nnivå: långsiktigt\ntitel: Klimat\nförälder: infrastruktur\nägare: klimatstrateger\n---\nMålet.\n',
  'data/mal/tillganglighet.md':
    '---\ntyp: mål\nid: tillganglighet\nnivå: långsiktigt\ntitel: Tillgänglighet\nförälder: infrastruktur\nägare: trafikstrateger\n---\nMålet.\n',
  'data/plan/verksamhetsplan.md':
    '---\ntyp: verksamhetsplan\nid: vp-2025\når: 2025\nprogram: sup-2040\nbudget:\n  - id: utredningar\n    rubrik: Utredningar\n    belopp: 1000000\n---\nPlanen.\n',
};
for (const n of ['rufs', 'trafikstrateger', 'klimatstrateger']) {
  FIXED[`data/natverk/${n}.md`] =
    `---\ntyp: nätverk\nid: ${n}\nnamn: Nätverk ${n}\nform: stående\nmedlemmar:\n` +
    KOMMUNER.map((k) => `  - kommun: ${k}\n    roll: strateg\n`).join('') +
    '---\nNätverket.\n';
}

/**
 * Writes a project with `count` activities into `dir`. `invalidShare` of them (0–1) carry a
 * mistake. `format` 'md' writes frontmatter + body; 'yaml' writes only the fields (for ajv-cli).
 */
export function writeCorpus(dir, count, { seed = 2040, invalidShare = 0, format = 'md' } = {}) {
  const rnd = random(seed);
  for (const [path, text] of Object.entries(FIXED)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const invalidEvery = invalidShare > 0 ? Math.round(1 / invalidShare) : 0;
  const per = 1000;
  for (let i = 0; i < count; i++) {
    const folder = join(dir, 'data', 'plan', 'aktiviteter', String(Math.floor(i / per)).padStart(3, '0'));
    if (i % per === 0) mkdirSync(folder, { recursive: true });
    const invalid = invalidEvery > 0 && i % invalidEvery === invalidEvery - 1;
    const yaml = activityYaml(rnd, i, invalid);
    if (format === 'yaml') writeFileSync(join(folder, `aktivitet-${i}.yaml`), yaml);
    else writeFileSync(join(folder, `aktivitet-${i}.md`), `---\n${yaml}---\n\n${body(rnd, 200)}`);
  }
}
