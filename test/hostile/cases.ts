/**
 * Hostile inputs for sup check and sup report: each case is a set of files laid over the base
 * fixture (test/fixtures/base). `expect` says what a correct tool does: 1 with a finding in the
 * named file (at a line inside it), or 0 where the input is in fact acceptable.
 */
export interface HostileCase {
  name: string;
  files: Record<string, string | Buffer>;
  /** Paths to make into links: [link, target] (target relative to the project, or absolute). */
  links?: [string, string][];
  /** Folders to create (for "a folder where a file is expected"). */
  dirs?: string[];
  /** Named pipes to create (reading one would block forever). */
  fifos?: string[];
  expect: { code: 0 | 1; file?: string; ruleId?: string };
}

const activity = (extra = '', body = 'Aktiviteten.\n') =>
  `---\ntyp: aktivitet\nid: aktivitet-x\ntitel: En aktivitet\nverksamhetsplan: vp-2025\nmål: [klimat]\nansvarig: klimatstrateger\nperiod:\n  från: 2025-02-01\n  till: 2025-03-01\nstatus: pågår\n${extra}---\n${body}`;
const goal = (id: string, parent: string, extra = '') =>
  `---\ntyp: mål\nid: ${id}\nnivå: delmål\ntitel: Delmål ${id}\nförälder: ${parent}\nverksamhetsplan: vp-2025\n${extra}---\nText.\n`;
const A = 'data/2025/x.md';
const Y = 'data/x.yaml';
const AR = 'data/2025/arsredovisning.md';
/** The base fixture's årsredovisning with extra frontmatter. */
const annual = (extra: string) =>
  `---
typ: årsredovisning
id: ar-2025
verksamhetsplan: vp-2025
aktiviteter:
  - aktivitet: aktivitet-a
    resultat: Klar.
måluppfyllelse:
  - mål: klimat
    bedömning: delvis uppfyllt
    motivering: I gång.
  - mål: delmal-ladd
    bedömning: uppfyllt
    motivering: Antagen.
budgetutfall:
  - post: kansli
    utfall: 90000
${extra}---
Året.
`;
const err = (file: string, ruleId?: string) => ({ code: 1 as const, file, ruleId });
const ok = { code: 0 as const };

function billionLaughs(): string {
  let s = 'typ: kommuner\na0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  for (let i = 1; i < 10; i++) s += `a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(',')}]\n`;
  return s;
}

export const CASES: HostileCase[] = [
  // YAML syntax of every kind
  { name: 'unclosed flow sequence', files: { [A]: activity().replace('mål: [klimat]', 'mål: [klimat, ') }, expect: err(A, 'yaml/syntax') },
  { name: 'unclosed flow mapping', files: { [Y]: 'typ: kommuner\nkommuner: [{id: a, namn: b\n' }, expect: err(Y, 'yaml/syntax') },
  { name: 'unclosed double quote', files: { [A]: activity().replace('titel: En aktivitet', 'titel: "En aktivitet') }, expect: err(A, 'yaml/syntax') },
  { name: 'unclosed single quote', files: { [Y]: "typ: 'kommuner\n" }, expect: err(Y, 'yaml/syntax') },
  { name: 'tab as indentation', files: { [Y]: 'typ: kommuner\nkommuner:\n\t- id: a\n' }, expect: err(Y, 'yaml/syntax') },
  { name: 'duplicate key', files: { [A]: activity('status: genomförd\n') }, expect: err(A, 'yaml/syntax') },
  { name: 'bad indentation', files: { [Y]: 'typ: kommuner\nkommuner:\n  - id: a\n     namn: b\n' }, expect: err(Y, 'yaml/syntax') },
  { name: 'mapping key is a sequence', files: { [Y]: 'typ: kommuner\n? [a, b]\n: c\n' }, expect: err(Y) },
  { name: 'colon missing', files: { [Y]: 'typ kommuner\n' }, expect: err(Y) },
  { name: 'stray closing bracket', files: { [Y]: 'typ: kommuner]\nkommuner: ]\n' }, expect: err(Y) },
  { name: 'invalid escape in double quotes', files: { [Y]: 'typ: "komm\\xuner"\n' }, expect: err(Y, 'yaml/syntax') },
  { name: 'alias to a missing anchor', files: { [Y]: 'typ: *nope\n' }, expect: err(Y, 'yaml/syntax') },
  { name: 'billion laughs', files: { [Y]: billionLaughs() }, expect: err(Y, 'yaml/alias') },
  { name: 'deep nesting (10 000 levels)', files: { [Y]: 'typ: kommuner\nkommuner: ' + '['.repeat(10000) + ']'.repeat(10000) + '\n' }, expect: err(Y) },
  { name: 'deep nesting of mappings (200 levels)', files: { [Y]: 'typ: kommuner\n' + Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' 1\n' }, expect: err(Y) },
  { name: 'anchor used across documents', files: { [Y]: 'typ: &t kommuner\n---\ntyp: *t\n' }, expect: err(Y, 'yaml/syntax') },
  { name: 'several documents in one file', files: { [Y]: 'typ: kommuner\nkommuner: []\n---\ntyp: kommuner\n' }, expect: err(Y, 'yaml/syntax') },
  { name: 'a JavaScript function tag', files: { [Y]: 'typ: !!js/function "function () { process.exit(7) }"\n' }, expect: err(Y) },
  { name: 'a binary tag', files: { [Y]: 'typ: !!binary aGVq\n' }, expect: err(Y) },
  { name: 'a merge key', files: { [Y]: 'bas: &b {typ: kommuner}\n<<: *b\nkommuner: []\n' }, expect: err(Y) },
  { name: 'non-UTF-8 bytes', files: { [Y]: Buffer.from('typ: kommuner\nnamn: S\xf6dert\xf6rn\n', 'latin1') }, expect: err(Y, 'file/encoding') },
  { name: 'NUL bytes', files: { [Y]: Buffer.from('typ: kommuner\0\nkommuner: []\n') }, expect: err(Y, 'file/nul') },
  { name: 'a 10 MB file', files: { [Y]: 'typ: kommuner\n' + `# ${'x'.repeat(1000)}\n`.repeat(10 * 1024) }, expect: err(Y, 'file/too-large') },
  { name: 'a 100 000-character line', files: { [A]: activity().replace('En aktivitet', 'x'.repeat(100_000)) }, expect: ok },
  { name: 'a lone scalar', files: { [Y]: 'hej\n' }, expect: err(Y, 'schema') },
  { name: 'a null document', files: { [Y]: '~\n' }, expect: err(Y, 'schema') },
  { name: 'a list at the top', files: { [Y]: '- typ: kommuner\n' }, expect: err(Y, 'schema') },
  { name: 'old Mac line ends (CR only)', files: { [Y]: 'typ: kommuner\rkommuner: []\r' }, expect: err(Y) },
  { name: 'a BOM in the middle of a line', files: { [A]: activity().replace('En aktivitet', 'En \uFEFFaktivitet') }, expect: ok },

  // Frontmatter
  { name: 'frontmatter never closed', files: { [A]: activity().replace(/\n---\n/, '\n\n') }, expect: err(A, 'frontmatter/unclosed') },
  { name: 'frontmatter closed twice', files: { [A]: activity().replace(/\n---\n/, '\n---\n---\n') }, expect: ok },
  // A line that starts with --- but is no closing line (---x: 1) is YAML, for the loader and the editor alike.
  { name: 'a frontmatter line that starts with --- but does not close it', files: { [A]: activity('---x: 1\n') }, expect: err(A, 'schema') },
  { name: 'closing line with trailing spaces and CRLF', files: { [A]: activity().replace(/\n/g, '\r\n').replace('\r\n---\r\n', '\r\n---  \r\n') }, expect: ok },
  { name: 'empty frontmatter', files: { [A]: '---\n---\nText.\n' }, expect: err(A, 'frontmatter/empty') },
  { name: 'only a body', files: { [A]: '# Rubrik\n\nBara text.\n' }, expect: err(A, 'frontmatter/missing') },
  { name: 'a body full of --- lines', files: { [A]: activity('', 'a\n---\nb\n---\n---\nc\n') }, expect: ok },
  { name: 'frontmatter in another language (---js)', files: { [A]: '---js\n{ typ: "aktivitet" }\n---\nText\n' }, expect: err(A, 'frontmatter/language') },
  { name: 'indented opening line', files: { [A]: ' ---\ntyp: aktivitet\n---\n' }, expect: err(A, 'frontmatter/missing') },
  { name: 'frontmatter that is a list', files: { [A]: '---\n- typ: aktivitet\n---\nText\n' }, expect: err(A, 'schema') },

  // Keys that could pollute prototypes
  { name: '__proto__ as a key', files: { [A]: activity('__proto__:\n  polluted: true\n') }, expect: err(A, 'schema') },
  { name: 'constructor as a key', files: { [A]: activity('constructor: {prototype: {polluted: true}}\n') }, expect: err(A, 'schema') },
  { name: 'prototype as a key', files: { [A]: activity('prototype: x\n') }, expect: err(A, 'schema') },
  { name: '__proto__ inside a list item', files: { [Y]: 'typ: kommuner\nkommuner:\n  - id: nykvarn\n    namn: Nykvarn\n    kommunkod: "0140"\n    __proto__: {isAdmin: true}\n' }, expect: err(Y, 'schema') },

  // References and ids
  { name: 'a goal that is its own parent', files: { [A]: goal('delmal-x', 'delmal-x') }, expect: err(A, 'goal/cycle') },
  { name: 'a cycle of two goals', files: { [A]: goal('delmal-x', 'delmal-y'), 'data/2025/y.md': goal('delmal-y', 'delmal-x') }, expect: err(A, 'goal/cycle') },
  { name: 'ids that differ only in case', files: { [A]: goal('Delmal-ladd', 'klimat') }, expect: err(A) },
  { name: 'ids that differ only in å/ä/ö', files: { [A]: goal('delmål-ladd', 'klimat') }, expect: err(A) },
  { name: 'a reference that is a number', files: { [A]: activity().replace('mål: [klimat]', 'mål: [2025]') }, expect: err(A, 'schema') },
  { name: 'a reference to the wrong kind', files: { [A]: activity().replace('ansvarig: klimatstrateger', 'ansvarig: klimat') }, expect: err(A, 'ref/unknown') },
  { name: 'a 10 000-character id', files: { [A]: activity().replace('id: aktivitet-x', `id: ${'a'.repeat(10_000)}`) }, expect: err(A, 'schema') },
  { name: 'an id with control characters', files: { [A]: activity().replace('id: aktivitet-x', 'id: "akt\\u0007ivitet"') }, expect: err(A, 'schema') },

  // Values
  { name: 'an impossible date', files: { [A]: activity().replace('från: 2025-02-01', 'från: 2025-02-30') }, expect: err(A, 'schema') },
  { name: 'a negative amount', files: { [A]: activity('budget:\n  post: kansli\n  belopp: -5\n') }, expect: err(A, 'schema') },
  { name: 'an infinite amount', files: { [A]: activity('budget:\n  post: kansli\n  belopp: .inf\n') }, expect: err(A) },
  { name: 'a number too large for a double', files: { [A]: activity('budget:\n  post: kansli\n  belopp: 1e400\n') }, expect: err(A) },
  { name: 'a list where a mapping belongs', files: { [A]: activity().replace('period:\n  från: 2025-02-01\n  till: 2025-03-01\n', 'period: [2025-02-01, 2025-03-01]\n') }, expect: err(A, 'schema') },
  { name: 'an empty goal list', files: { [A]: activity().replace('mål: [klimat]', 'mål: []') }, expect: err(A, 'schema') },
  { name: 'right-to-left override characters in a title', files: { [A]: activity().replace('En aktivitet', 'En \u202Eaktivitet\u202C') }, expect: ok },

  // File system
  { name: 'a symlink loop', files: {}, links: [['data/loop-a.md', 'data/loop-b.md'], ['data/loop-b.md', 'data/loop-a.md']], expect: { code: 0, file: 'data/loop-a.md', ruleId: 'file/link' } },
  { name: 'a link pointing outside the project', files: {}, links: [['data/ute.yaml', '/etc/passwd']], expect: { code: 0, file: 'data/ute.yaml', ruleId: 'file/link' } },
  { name: 'a dangling link', files: {}, links: [['data/borta.md', 'data/finns-inte.md']], expect: { code: 0, file: 'data/borta.md', ruleId: 'file/link' } },
  { name: 'a folder where a file is expected', files: {}, dirs: ['data/mapp.md'], expect: ok },
  { name: 'a named pipe (reading it would block)', files: {}, fifos: ['data/ror.yaml'], expect: { code: 1, file: 'data/ror.yaml', ruleId: 'file/special' } },

  // Markdown bodies (checked, then rendered by sup report)
  { name: 'raw HTML and <script> in a body', files: { [A]: activity('', '<script>alert(1)</script>\n\n<div onclick="x()">a</div>\n') }, expect: ok },
  { name: 'a javascript: link in a body', files: { [A]: activity('', '[klicka](javascript:alert(1)) och [data](data:text/html,<script>alert(1)</script>)\n') }, expect: ok },
  { name: 'event attributes in a body', files: { [A]: activity('', '<img src=x onerror="alert(1)">\n<svg onload="alert(2)"></svg>\n') }, expect: ok },
  { name: '5 000 nested block quotes in a body', files: { [A]: activity('', '>'.repeat(5000) + ' djupt\n') }, expect: ok },
  // Bounds: sizes that overflowed the stack, ran for minutes or took gigabytes (docs/rules.md)
  { name: 'a block list of 150 000 items', files: { [Y]: 'typ: kommuner\nkommuner:\n' + '  - a\n'.repeat(150_000) }, expect: err(Y, 'yaml/too-large') },
  { name: 'a flow list of 1 000 000 items', files: { [Y]: 'typ: kommuner\nkommuner: [' + 'a,'.repeat(1_000_000) + 'a]\n' }, expect: err(Y, 'yaml/too-large') },
  { name: 'a list of 10 001 items', files: { [Y]: 'typ: kommuner\nkommuner: [' + 'a,'.repeat(10_000) + 'a]\n' }, expect: err(Y, 'yaml/too-large') },
  { name: '200 000 keys in one mapping', files: { [Y]: 'typ: kommuner\n' + Array.from({ length: 200_000 }, (_, i) => `k${i}: 1`).join('\n') + '\n' }, expect: err(Y, 'yaml/too-large') },
  { name: '*a repeated in a body', files: { [A]: activity('', '*a'.repeat(40_000) + '\n') }, expect: err(A, 'body/too-large') },
  { name: '*_ repeated in a body', files: { [A]: activity('', '*_'.repeat(2_000) + '\n') }, expect: err(A, 'body/too-complex') },
  { name: '[a]( repeated in a body', files: { [A]: activity('', '[a]('.repeat(20_000) + '\n') }, expect: err(A, 'body/too-large') },
  { name: '[a]( repeated in a short body', files: { [A]: activity('', '[a]('.repeat(2_000) + '\n') }, expect: err(A, 'body/too-complex') },
  { name: 'a table of 50 000 columns in a body', files: { [A]: activity('', '|' + 'a|'.repeat(50_000) + '\n|' + '-|'.repeat(50_000) + '\n') }, expect: err(A, 'body/too-large') },
  { name: 'a table of 200 columns in a body', files: { [A]: activity('', '|' + 'a|'.repeat(200) + '\n|' + '-|'.repeat(200) + '\n') }, expect: err(A, 'body/too-complex') },
  { name: 'an amount of 1.7e308', files: { [A]: activity('budget:\n  post: kansli\n  belopp: 1.7e308\n') }, expect: err(A, 'value/number') },
  { name: 'an amount beyond the safe integers', files: { [A]: activity('budget:\n  post: kansli\n  belopp: 12345678901234567890\n') }, expect: err(A, 'value/number') },
  { name: 'an amount that is not a number (.nan)', files: { [A]: activity('budget:\n  post: kansli\n  belopp: .nan\n') }, expect: err(A, 'value/number') },
  { name: 'a fractional amount', files: { [A]: activity('budget:\n  post: kansli\n  belopp: 36.2\n') }, expect: ok },
  { name: '2 000 nested lists in a body', files: { [A]: activity('', Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- punkt`).join('\n') + '\n') }, expect: err(A, 'body/too-large') }, // 4 MB of indentation
  // Governance and financing: strings from a pull request reach tables, and numbers reach sums.
  {
    name: 'a statement and a meeting with markup, a workflow command and pipes',
    files: { [AR]: annual("skrivelser:\n  - datum: \"2025-03-01\"\n    slag: inspel\n    titel: \"<script>alert(1)</script> | ::error::x\"\n    mottagare: \"[x](//evil.example) <img src=//evil.example/x.png>\"\n    diarienummer: \"```mermaid\"\nsammanträden:\n  - datum: \"2025-02-01\"\n    slag: sammanträde\n    kommuner: [botkyrka]\n    protokoll: \"<iframe src=//evil>\"\n") },
    expect: { code: 0 },
  },
  {
    name: '3 000 sammanträden (within the parse limits) render as one table',
    files: { [AR]: annual('sammanträden:\n' + '  - { datum: "2025-02-01", slag: sammanträde, kommuner: [botkyrka] }\n'.repeat(3_000)) },
    expect: { code: 0 },
  },
  {
    name: '10 000 sammanträden stop at the YAML size limit',
    files: { [AR]: annual('sammanträden:\n' + '  - { datum: "2025-02-01", slag: sammanträde, kommuner: [botkyrka] }\n'.repeat(10_000)) },
    expect: err(AR, 'yaml/too-large'),
  },
  {
    name: 'a cost share of 1e308 and a disposition past the safe integers',
    files: {
      'data/2025/vp.md': '---\ntyp: verksamhetsplan\nid: vp-2025\når: 2025\nprogram: sup-2040\nbudget:\n  - id: kansli\n    rubrik: Kansliet\n    belopp: 100000\nkostnadsfördelning:\n  grund: fasta andelar\n  andelar:\n    - { kommun: botkyrka, andel: 1e308 }\n    - { kommun: haninge, andel: 50 }\n---\nPlanen.\n',
      [AR]: annual('ekonomi:\n  intäkter:\n    - { kommun: botkyrka, belopp: 12345678901234567890 }\n  resultatdisposition: { förslag: Överskott., belopp: 12345678901234567890 }\n'),
    },
    expect: err('data/2025/vp.md', 'schema'),
  },
  {
    name: 'a population-weighted key with a kommun of 0 inhabitants',
    files: {
      'data/kommuner.yaml': 'typ: kommuner\nkommuner:\n  - { id: botkyrka, namn: Botkyrka, kommunkod: "0127", folkmängd: { antal: 0, år: 2024 } }\n  - { id: haninge, namn: Haninge, kommunkod: "0136", folkmängd: { antal: 1, år: 2024 } }\n',
    },
    expect: err('data/kommuner.yaml', 'schema'),
  },
  {
    name: 'a network ordning of 1e308, a negative one and text: a schema finding, and the order stays total',
    files: {
      'data/natverk/rufs.md': '---\ntyp: nätverk\nid: rufs\nnamn: Nätverk rufs\nordning: 1e308\nform: stående\nmedlemmar:\n  - kommun: botkyrka\n    roll: strateg\n  - kommun: haninge\n    roll: strateg\n---\nNätverket.\n',
      'data/natverk/klimatstrateger.md': '---\ntyp: nätverk\nid: klimatstrateger\nnamn: Nätverk klimatstrateger\nordning: "<b>1</b>"\nform: stående\nmedlemmar:\n  - kommun: botkyrka\n    roll: strateg\n  - kommun: haninge\n    roll: strateg\n---\nNätverket.\n',
    },
    expect: err('data/natverk/klimatstrateger.md', 'schema'),
  },
  {
    name: 'a kommunkod written as a huge number gets the quoting hint, not a crash',
    files: {
      'data/kommuner.yaml': 'typ: kommuner\nkommuner:\n  - { id: botkyrka, namn: Botkyrka, kommunkod: 0127 }\n  - { id: haninge, namn: Haninge, kommunkod: 99999999999999999999999 }\n',
    },
    expect: err('data/kommuner.yaml', 'schema'),
  },
  {
    // The typed readers (records, obj) see a list entry that is no mapping as an empty one: a
    // string, a list, null and a number where a budget line, a cost share, an income row and a
    // meeting belong give schema findings, and sup report renders the year without them.
    name: 'list entries that are not mappings, where the typed readers expect mappings',
    files: {
      'data/2025/vp.md': '---\ntyp: verksamhetsplan\nid: vp-2025\når: 2025\nprogram: sup-2040\nbudget:\n  - kansli\n  - [id, kansli]\n  -\n  - 7\n  - id: kansli\n    rubrik: Kansliet\n    belopp: 100000\nkostnadsfördelning:\n  grund: fasta andelar\n  andelar:\n    - botkyrka\n    - [haninge, 50]\n    -\n---\nPlanen.\n',
      [AR]: annual('ekonomi:\n  intäkter:\n    - botkyrka\n    - [1, 2]\n    -\n  föregående_år: [1, 2]\n  resultatdisposition: Överskott.\nsammanträden:\n  - 2025-03-01\n  - [sammanträde]\npresidium:\n  ordförande: [botkyrka]\n'),
    },
    expect: err('data/2025/vp.md', 'schema'),
  },
  {
    name: 'impossible dates in a period give schema findings only',
    files: { [A]: activity().replace('från: 2025-02-01', 'från: 2025-02-31').replace('till: 2025-03-01', 'till: 2025-00-00') },
    expect: err(A, 'schema'),
  },
];
