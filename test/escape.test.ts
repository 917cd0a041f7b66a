import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exportCsv } from '../src/reporters/export.js';
import { mermaid } from '../src/render/figures.js';
import {
  cleanDocumentText,
  codeownersText,
  escapeCodeownersPath,
  escapeCsvCell,
  escapeMarkdownText,
  escapeTerminal,
  escapeTerminalFrame,
  escapeWorkflowData,
  escapeWorkflowProperty,
  escapeXmlAttribute,
  escapeXmlText,
  guardTerminalOutput,
  markdownCode,
  mermaidLabel,
  terminal,
} from '../src/util/escape.js';
import type { Entity } from '../src/load/project.js';
import { composeFixture, copyRealData, git, run, TODAY, writeTree } from './helpers.js';

/** The same hostile strings for every output; each context's expected output is written out whole. */
const NASTY = [
  'x\n::error::pwned',
  '\u001b]8;;http://evil\u0007link\u001b]8;;\u0007',
  '\u001b[2J',
  'a\rb',
  '<details><summary>x</summary>',
  '<img src=x onerror=alert(1)>',
  '%%{init: {\'theme\':\'dark\'}}%%',
  ';=cmd|\' /C calc\'!A0',
  '=HYPERLINK("http://x")',
  '&commat;user @user',
  '`code`',
  '\u2028line',
  '\u009b31m',
];

const CASES: [name: string, escape: (s: string) => string, expected: string[]][] = [
  [
    'escapeTerminal',
    escapeTerminal,
    [
      'x\\n::error::pwned',
      '\\u001b]8;;http://evil\\u0007link\\u001b]8;;\\u0007',
      '\\u001b[2J',
      'a\\rb',
      '<details><summary>x</summary>',
      '<img src=x onerror=alert(1)>',
      '%%{init: {\'theme\':\'dark\'}}%%',
      ';=cmd|\' /C calc\'!A0',
      '=HYPERLINK("http://x")',
      '&commat;user @user',
      '`code`',
      '\\u2028line',
      '\\u009b31m',
    ],
  ],
  [
    'escapeTerminalFrame',
    escapeTerminalFrame,
    [
      'x\n::error::pwned',
      '\\u001b]8;;http://evil\\u0007link\\u001b]8;;\\u0007',
      '\\u001b[2J',
      'a\\rb',
      '<details><summary>x</summary>',
      '<img src=x onerror=alert(1)>',
      '%%{init: {\'theme\':\'dark\'}}%%',
      ';=cmd|\' /C calc\'!A0',
      '=HYPERLINK("http://x")',
      '&commat;user @user',
      '`code`',
      '\\u2028line',
      '\\u009b31m',
    ],
  ],
  [
    'guardTerminalOutput (no colour)',
    (s) => guardTerminalOutput(s, false),
    [
      'x\n::error::pwned',
      '\\u001b]8;;http://evil\\u0007link\\u001b]8;;\\u0007',
      '\\u001b[2J',
      'a\\rb',
      '<details><summary>x</summary>',
      '<img src=x onerror=alert(1)>',
      '%%{init: {\'theme\':\'dark\'}}%%',
      ';=cmd|\' /C calc\'!A0',
      '=HYPERLINK("http://x")',
      '&commat;user @user',
      '`code`',
      '\\u2028line',
      '\\u009b31m',
    ],
  ],
  [
    'escapeWorkflowData',
    escapeWorkflowData,
    [
      'x%0A::error::pwned',
      '\\u001b]8;;http://evil\\u0007link\\u001b]8;;\\u0007',
      '\\u001b[2J',
      'a%0Db',
      '<details><summary>x</summary>',
      '<img src=x onerror=alert(1)>',
      '%25%25{init: {\'theme\':\'dark\'}}%25%25',
      ';=cmd|\' /C calc\'!A0',
      '=HYPERLINK("http://x")',
      '&commat;user @user',
      '`code`',
      '\\u2028line',
      '\\u009b31m',
    ],
  ],
  [
    'escapeWorkflowProperty',
    escapeWorkflowProperty,
    [
      'x%0A%3A%3Aerror%3A%3Apwned',
      '\\u001b]8;;http%3A//evil\\u0007link\\u001b]8;;\\u0007',
      '\\u001b[2J',
      'a%0Db',
      '<details><summary>x</summary>',
      '<img src=x onerror=alert(1)>',
      '%25%25{init%3A {\'theme\'%3A\'dark\'}}%25%25',
      ';=cmd|\' /C calc\'!A0',
      '=HYPERLINK("http%3A//x")',
      '&commat;user @user',
      '`code`',
      '\\u2028line',
      '\\u009b31m',
    ],
  ],
  [
    'escapeMarkdownText',
    escapeMarkdownText,
    [
      'x ::error::pwned',
      '\\\\u001b\\]8;;http://evil\\\\u0007link\\\\u001b\\]8;;\\\\u0007',
      '\\\\u001b\\[2J',
      'a b',
      '\\<details\\>\\<summary\\>x\\</summary\\>',
      '\\<img src=x onerror=alert(1)\\>',
      '%%{init: {\'theme\':\'dark\'}}%%',
      ';=cmd\\|\' /C calc\'\\!A0',
      '=HYPERLINK("http://x")',
      '&amp;commat;user @\u2060user',
      '\\`code\\`',
      'line',
      '\\\\u009b31m',
    ],
  ],
  [
    'markdownCode',
    (s) => markdownCode(s),
    [
      '`x ::error::pwned`',
      '`\\u001b]8;;http://evil\\u0007link\\u001b]8;;\\u0007`',
      '`\\u001b[2J`',
      '`a b`',
      '`<details><summary>x</summary>`',
      '`<img src=x onerror=alert(1)>`',
      '`%%{init: {\'theme\':\'dark\'}}%%`',
      '`;=cmd|\' /C calc\'!A0`',
      '`=HYPERLINK("http://x")`',
      '`&commat;user @user`',
      '`` `code` ``',
      '`line`',
      '`\\u009b31m`',
    ],
  ],
  [
    'markdownCode in a table',
    (s) => markdownCode(s, true),
    [
      '`x ::error::pwned`',
      '`\\u001b]8;;http://evil\\u0007link\\u001b]8;;\\u0007`',
      '`\\u001b[2J`',
      '`a b`',
      '`<details><summary>x</summary>`',
      '`<img src=x onerror=alert(1)>`',
      '`%%{init: {\'theme\':\'dark\'}}%%`',
      '`;=cmd\\|\' /C calc\'!A0`',
      '`=HYPERLINK("http://x")`',
      '`&commat;user @user`',
      '`` `code` ``',
      '`line`',
      '`\\u009b31m`',
    ],
  ],
  [
    'cleanDocumentText',
    cleanDocumentText,
    [
      'x\n::error::pwned',
      ']8;;http://evillink]8;;',
      '[2J',
      'a\nb',
      '<details><summary>x</summary>',
      '<img src=x onerror=alert(1)>',
      '%%{init: {\'theme\':\'dark\'}}%%',
      ';=cmd|\' /C calc\'!A0',
      '=HYPERLINK("http://x")',
      '&commat;user @user',
      '`code`',
      ' line',
      '31m',
    ],
  ],
  [
    'mermaidLabel',
    mermaidLabel,
    [
      '"x ::error::pwned"',
      '"#93;8#59;#59;http://evillink#93;8#59;#59;"',
      '"#91;2J"',
      '"a b"',
      '"#lt;details#gt;#lt;summary#gt;x#lt;/summary#gt;"',
      '"#lt;img src=x onerror=alert#40;1#41;#gt;"',
      '"#37;#37;#123;init: #123;#39;theme#39;:#39;dark#39;#125;#125;#37;#37;"',
      '"#59;=cmd#124;#39; /C calc#39;!A0"',
      '"=HYPERLINK#40;#quot;http://x#quot;#41;"',
      '"#amp;commat#59;user @user"',
      '"#96;code#96;"',
      '"line"',
      '"31m"',
    ],
  ],
  [
    'escapeCsvCell',
    escapeCsvCell,
    [
      '"x\n::error::pwned"',
      '"\u001b]8;;http://evil\u0007link\u001b]8;;\u0007"',
      '\u001b[2J',
      '"a\rb"',
      '<details><summary>x</summary>',
      '<img src=x onerror=alert(1)>',
      '%%{init: {\'theme\':\'dark\'}}%%',
      '";=cmd|\' /C calc\'!A0"',
      '"\'=HYPERLINK(""http://x"")"',
      '"&commat;user @user"',
      '`code`',
      '\u2028line',
      '\u009b31m',
    ],
  ],
  [
    'escapeXmlText',
    escapeXmlText,
    [
      'x\n::error::pwned',
      '\ufffd]8;;http://evil\ufffdlink\ufffd]8;;\ufffd',
      '\ufffd[2J',
      'a&#13;b',
      '&lt;details&gt;&lt;summary&gt;x&lt;/summary&gt;',
      '&lt;img src=x onerror=alert(1)&gt;',
      '%%{init: {&apos;theme&apos;:&apos;dark&apos;}}%%',
      ';=cmd|&apos; /C calc&apos;!A0',
      '=HYPERLINK(&quot;http://x&quot;)',
      '&amp;commat;user @user',
      '`code`',
      '\u2028line',
      '\u009b31m',
    ],
  ],
  [
    'escapeXmlAttribute',
    escapeXmlAttribute,
    [
      'x&#10;::error::pwned',
      '\ufffd]8;;http://evil\ufffdlink\ufffd]8;;\ufffd',
      '\ufffd[2J',
      'a&#13;b',
      '&lt;details&gt;&lt;summary&gt;x&lt;/summary&gt;',
      '&lt;img src=x onerror=alert(1)&gt;',
      '%%{init: {&apos;theme&apos;:&apos;dark&apos;}}%%',
      ';=cmd|&apos; /C calc&apos;!A0',
      '=HYPERLINK(&quot;http://x&quot;)',
      '&amp;commat;user @user',
      '`code`',
      '\u2028line',
      '\u009b31m',
    ],
  ],
  [
    'codeownersText',
    codeownersText,
    [
      'x ::error::pwned',
      ']8;;http://evillink]8;;',
      '[2J',
      'a b',
      '<details><summary>x</summary>',
      '<img src=x onerror=alert(1)>',
      '%%{init: {\'theme\':\'dark\'}}%%',
      ';=cmd|\' /C calc\'!A0',
      '=HYPERLINK("http://x")',
      '&commat;user @user',
      '`code`',
      'line',
      '31m',
    ],
  ],
  [
    'escapeCodeownersPath',
    escapeCodeownersPath,
    [
      'x\\ ::error::pwned',
      ']8;;http://evillink]8;;',
      '\\[2J',
      'a\\ b',
      '<details><summary>x</summary>',
      '<img\\ src=x\\ onerror=alert(1)>',
      '%%{init:\\ {\'theme\':\'dark\'}}%%',
      ';=cmd|\'\\ /C\\ calc\'!A0',
      '=HYPERLINK("http://x")',
      '&commat;user\\ @user',
      '`code`',
      'line',
      '31m',
    ],
  ],
];

describe('one escaping function per output, the same hostile strings for each', () => {
  for (const [name, escape, expected] of CASES) {
    test(name, () => {
      expect(NASTY.map(escape)).toEqual(expected);
    });
  }
});

describe('details of the contexts', () => {
  test('terminal: the tagged template escapes only the values, never the literal text', () => {
    expect(terminal`sup: kunde inte skriva ${'a\n::error::b'}: ${'\u001b[2J'}\n`).toBe('sup: kunde inte skriva a\\n::error::b: \\u001b[2J\n');
  });

  test('the last guard keeps LF, tab and CR LF, and with colour only the SGR sequences chalk writes', () => {
    expect(guardTerminalOutput('a\tb\r\nc\rd\u0008\u007f', false)).toBe('a\tb\r\nc\\rd\\u0008\\u007f');
    expect(guardTerminalOutput('\u001b[31mfel\u001b[39m \u001b[2J', true)).toBe('\u001b[31mfel\u001b[39m \\u001b[2J');
    expect(guardTerminalOutput('\u001b[31mfel\u001b[39m', false)).toBe('\\u001b[31mfel\\u001b[39m');
    expect(guardTerminalOutput('{"a":"\u2028"}', false)).toBe('{"a":"\\u2028"}');
  });

  test('workflow commands: % first, so an escape is never escaped again', () => {
    expect(escapeWorkflowData('100%0A\r\n')).toBe('100%250A%0D%0A');
    expect(escapeWorkflowProperty('a,b:c%')).toBe('a%2Cb%3Ac%25');
  });

  test('Markdown code spans: longer fences around backticks, and an empty value is still a span', () => {
    expect(markdownCode('a``b')).toBe('```a``b```');
    expect(markdownCode('')).toBe('` `');
    expect(markdownCode('a|b', true)).toBe('`a\\|b`');
    expect(escapeMarkdownText('a\n\n# b\n- c\n> d')).toBe('a \\# b - c \\> d');
  });

  test('CSV: formulas after white space, plain numbers, and both separators quoted', () => {
    expect(['  =1+1', '\t1', '-5', '-5.5', '+5', '-x', 'a;b', 'a,b', '1;2'].map(escapeCsvCell)).toEqual([
      "'  =1+1",
      "'\t1",
      '-5',
      '-5.5',
      "'+5",
      "'-x",
      '"a;b"',
      '"a,b"',
      '"1;2"',
    ]);
  });

  test('XML: lone surrogates, U+FFFE and U+FFFF become U+FFFD; a pair stays', () => {
    expect(escapeXmlText('a\ud800b\udc00c\ufffe\uffff\ud83d\ude00')).toBe('a\ufffdb\ufffdc\ufffd\ufffd\ud83d\ude00');
    expect(escapeXmlAttribute('a\tb\nc')).toBe('a&#9;b&#10;c');
  });

  test('Mermaid: a whole figure with hostile labels has one line per statement and no directive', () => {
    const source = mermaid({
      caption: 'x',
      direction: 'TD',
      nodes: [
        { id: 'a', label: "%%{init: {'theme':'dark'}}%%", rank: 0, kind: 'vision' },
        { id: 'b', label: 'x"]\n  c[ond];click b', rank: 1, kind: 'delmål' },
      ],
      edges: [['a', 'b']],
      bands: [{ from: 0, to: 0, label: '<b>#1</b>' }],
    });
    expect(source).toBe(
      [
        'flowchart TD',
        '  subgraph b0["#lt;b#gt;#35;1#lt;/b#gt;"]',
        '    n0["#37;#37;#123;init: #123;#39;theme#39;:#39;dark#39;#125;#125;#37;#37;"]',
        '  end',
        '  n1["x#quot;#93; c#91;ond#93;#59;click b"]',
        '  n0 --- n1',
      ].join('\n'),
    );
  });

  test('CSV export: a title like a formula is text in Excel with either separator', () => {
    const entity = (id: string, titel: string) => ({ kind: 'aktivitet', id, file: { path: `data/${id}.md` }, data: { id, typ: 'aktivitet', titel } }) as unknown as Entity;
    expect(exportCsv([entity('a', ';=cmd|\' /C calc\'!A0'), entity('b', '=HYPERLINK("http://x")')])).toBe(
      'id,fil,titel\r\na,data/a.md,";=cmd|\' /C calc\'!A0"\r\nb,data/b.md,"\'=HYPERLINK(""http://x"")"\r\n',
    );
  });
});

const ANSVARIG = 'x\\n::error::pwned\\e]8;;http://evil\\alink';
const HOSTILE_ACTIVITY =
  '---\ntyp: aktivitet\nid: akt-ond\ntitel: "Titel\\n::error::titel \\e[2J"\nverksamhetsplan: vp-2025\nmål: [klimat]\n' +
  `ansvarig: "${ANSVARIG}"\nperiod: {från: "2025-02-01", till: "2025-03-01"}\nstatus: pågår\n---\n`;

/** A project with a file whose name and values hold line breaks, workflow commands and escape sequences. */
function hostileProject(): string {
  const dir = composeFixture('base');
  writeTree(dir, {
    // A name with a newline is refused by the file source (file/name); a name with :: is a legal one.
    'data/2025/a::error::fil.md': HOSTILE_ACTIVITY,
    'data/2025/n\n::error::x.md': HOSTILE_ACTIVITY,
    // A raw ESC and CR in the file itself, for the code frame.
    'data/2025/rå.md': '---\ntyp: aktivitet\nid: akt-ra\ntitel: "rå \u001b[2J\rtext"\nverksamhetsplan: vp-2025\nmål: [klimat]\nansvarig: "finns\u001b]8;;x\u0007-inte"\nperiod: {från: "2025-02-01", till: "2025-03-01"}\nstatus: pågår\n---\n',
  });
  return dir;
}

/** Markdown without its code spans, where raw HTML and @names are inert. */
const outsideCode = (md: string) => md.replace(/(`+)[^`]*?(?:`(?!\1)[^`]*?)*\1/g, '');

// eslint-disable-next-line no-control-regex -- raw control characters are what the output must not hold
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('end to end through the CLI', () => {
  test('sup check, pretty: no line starts from data, no raw control character', async () => {
    const r = await run(['-C', hostileProject(), 'check', '--today', TODAY]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('data/2025/a::error::fil.md:7:11  fel  Okänd referens "x\\n::error::pwned\\u001b]8;;http://evil\\u0007link"');
    expect(r.stdout).toContain('data/2025/n\\u000a::error::x.md:1:1  fel  Filnamnet innehåller ett styrtecken');
    expect(r.stdout).toContain('\\u001b]8;;x\\u0007');
    for (const line of r.stdout.split('\n')) expect(line).not.toMatch(/^\s*::/);
    expect(r.stdout + r.stderr).not.toMatch(RAW_CONTROL);
  });

  test('sup check --format github: the only lines starting with :: are the real commands', async () => {
    const r = await run(['-C', hostileProject(), 'check', '--format', 'github', '--today', TODAY]);
    expect(r.code).toBe(1);
    const commands = r.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(commands.length).toBeGreaterThan(2);
    for (const c of commands) expect(c).toMatch(/^::(error|warning|notice) file=[^\n]*::|^::stop-commands::sup-[0-9a-f]{16}$|^::sup-[0-9a-f]{16}::$/);
    expect(commands.filter((c) => c.startsWith('::error')).every((c) => /^::error file=[^:]*,line=\d+/.test(c))).toBe(true);
    expect(r.stdout).toContain('::error file=data/2025/a%3A%3Aerror%3A%3Afil.md,line=7,col=11,endLine=7,endColumn=53,title=ref/unknown::Okänd referens "x%0A::error::pwned\\u001b]8;;http://evil\\u0007link"');
    expect(r.stdout).toContain('::error file=data/2025/n\\u000a%3A%3Aerror%3A%3Ax.md,line=1,col=1,title=file/name::Filnamnet');
    expect(r.stdout + r.stderr).not.toMatch(RAW_CONTROL);
  });

  test('the step summary escapes file names as Markdown: no raw HTML, no new block', async () => {
    const dir = hostileProject();
    writeTree(dir, { 'data/2025/<details>x.md': HOSTILE_ACTIVITY.replace('akt-ond', 'akt-html').replace(ANSVARIG, '<img src=x onerror=alert(1)>') });
    const summary = join(dir, 'summary.md');
    await run(['-C', dir, 'check', '--format', 'github', '--today', TODAY], { env: { GITHUB_STEP_SUMMARY: summary }, cwd: dir });
    const md = readFileSync(summary, 'utf8');
    expect(outsideCode(md)).not.toMatch(/<details>|<img/);
    expect(md).toContain('`data/2025/<details>x.md:7:11`');
    expect(md).toContain('`data/2025/a::error::fil.md:7:11`');
    for (const line of md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'))) expect(line).toMatch(/ \|$/);
  });

  test('a message naming a file or revision cannot start a line of its own', async () => {
    const r = await run(['-C', '/finns/inte\n::error::x', 'check']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('sup: mappen /finns/inte\\n::error::x finns inte.\n');
    const dir = copyRealData();
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'data');
    const bad = await run(['-C', dir, 'diff', 'x\n::error::y\u001b[2J']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^sup diff: "x\\n::error::y\\u001b\[2J" är ingen känd revision/);
    expect(bad.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  test('sup diff: names, titles, keys and values from data stay inert in the Markdown', async () => {
    const dir = copyRealData();
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'data');
    const goal = join(dir, 'data/mal/klimatomstallning.md');
    writeFileSync(
      goal,
      readFileSync(goal, 'utf8')
        .replace(/^titel: .*$/m, 'titel: "<details><summary>x</summary>\\n\\n# rubrik\\n&commat;user @user"')
        .replace(/^kortnamn: .*$/m, 'kortnamn: "`code`\\n<img src=x onerror=alert(1)>"'),
    );
    const network = join(dir, 'data/natverk/klimatstrateger.md');
    writeFileSync(network, readFileSync(network, 'utf8').replace(/^namn: .*$/m, 'namn: "<a href=x>Nät</a>\\n\\n- lista"'));
    const r = await run(['-C', dir, 'diff', 'HEAD']);
    expect(r.code).toBe(0);
    const md = r.stdout;
    expect(outsideCode(md)).not.toMatch(/<details>|<img|<a |&commat;|@user/);
    expect(md).toContain('### \\<a href=x\\>Nät\\</a\\> - lista (`klimatstrateger`)');
    expect(md).toContain('\\<details\\>\\<summary\\>x\\</summary\\> \\# rubrik &amp;commat;user @\u2060user');
    expect(md).toContain('`` `code` <img src=x onerror=alert(1)> ``');
    // Every line is one the formatter starts: a heading, a list item, a summary or a blank line.
    for (const line of md.split('\n')) expect(line).toMatch(/^(|### .*|- \*\*.*| {2}- .*|\*\*.*|> .*)$/);
  });

  test('sup export --format csv: ;=cmd stays one quoted cell', async () => {
    const dir = composeFixture('base');
    const file = join(dir, 'data/2025/aktivitet-a.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('titel: Kartlägga laddplatser', "titel: \";=cmd|' /C calc'!A0\""));
    const r = await run(['-C', dir, 'export', '--format', 'csv', '--kind', 'aktivitet']);
    expect(r.stdout).toContain(`aktivitet-a,data/2025/aktivitet-a.md,";=cmd|' /C calc'!A0",`);
  });

  test('the Markdown report: Mermaid labels coded, no control characters; the HTML escapes by construction', async () => {
    const dir = copyRealData();
    const goal = join(dir, 'data/mal/klimatomstallning.md');
    const hostile = "%%{init: {'theme':'dark'}}%%\\\"];<img src=x onerror=alert(1)>\\e[2J";
    writeFileSync(goal, readFileSync(goal, 'utf8').replace(/^titel: .*$/m, `titel: "${hostile}"`).replace(/^kortnamn: .*$/m, `kortnamn: "${hostile}"`));
    const md = (await run(['-C', dir, 'report', '2025', '--today', TODAY])).stdout;
    const figures = md.split('```mermaid').slice(1).map((f) => f.slice(0, f.indexOf('```')));
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) {
      // eslint-disable-next-line no-control-regex -- the escape character is what must not get through
      expect(f).not.toMatch(/%%|<img|\u001b/);
      for (const line of f.trim().split('\n')) expect(line).toMatch(/^(flowchart (TD|LR)| +subgraph b\d+\["[^"]*"\]| +n\d+\["[^"]*"\]| +end| +n\d+ --- n\d+)$/);
    }
    expect(md).toContain('#37;#37;#123;init: #123;#39;theme#39;:#39;dark#39;#125;#125;#37;#37;#quot;#93;#59;#lt;img src=x onerror=alert#40;1#41;#gt;#91;2J');
    expect(md).not.toMatch(RAW_CONTROL);
    const html = (await run(['-C', dir, 'report', '2025', '--format', 'html', '--today', TODAY])).stdout;
    expect(html).not.toMatch(/<img|<details|\\u001b/i);
    expect(html).toContain('<h3>%%{init: {\'theme\':\'dark\'}}%%"];&#x3C;img src=x onerror=alert(1)>[2J</h3>');
    expect(html).not.toMatch(RAW_CONTROL);
  });
});

describe('CODEOWNERS and duplicate ids', () => {
  test('two files with one network id: sup codeowners and --check exit 1 and the file stays', async () => {
    const top = composeFixture('base');
    git(top, 'init', '-q');
    writeTree(top, {
      'data/natverk/kopia.md': '---\ntyp: nätverk\nid: klimatstrateger\nnamn: Kapat\nform: stående\nmedlemmar:\n  - {kommun: botkyrka, roll: x, användarnamn: inkraktare}\n---\n',
    });
    const target = join(top, '.github/CODEOWNERS');
    writeTree(top, { '.github/CODEOWNERS': 'orört\n' });
    const r = await run(['-C', top, 'codeowners']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('sup codeowners: samma id finns mer än en gång, så CODEOWNERS skrivs inte');
    expect(r.stderr).toContain('  id:t "klimatstrateger" (nätverk) finns i data/natverk/klimatstrateger.md och data/natverk/kopia.md\n');
    expect(readFileSync(target, 'utf8')).toBe('orört\n');
    expect((await run(['-C', top, 'codeowners', '--check'])).code).toBe(1);
    expect((await run(['-C', top, 'codeowners', '-o', '-'])).code).toBe(1);
    expect(readFileSync(target, 'utf8')).toBe('orört\n');
  });

  test('CODEOWNERS text and paths stay on one line', () => {
    expect(codeownersText('a\n/evil @x')).toBe('a /evil @x');
    expect(escapeCodeownersPath('/data/a b#c*.md')).toBe('/data/a\\ b\\#c\\*.md');
  });
});
