import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FormatsPlugin } from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { FILE_RULE_IDS, RULES } from '../src/check/rules/index.js';
import { FILE_RULE_SEVERITIES, RULE_DESCRIPTIONS, ruleAnchor } from '../src/messages/rule-descriptions.js';
import type { Diagnostic, Summary } from '../src/model/diagnostic.js';
import { formatGithub, formatGithubSummary } from '../src/reporters/github.js';
import { formatJunit } from '../src/reporters/junit.js';
import { formatPretty } from '../src/reporters/pretty.js';
import { formatSarif, SARIF_SCHEMA_URI } from '../src/reporters/sarif.js';
import { composeFixture, REPO, run, tempDir, TODAY } from './helpers.js';

const ALL_RULE_IDS = [...FILE_RULE_IDS, ...RULES.map((r) => r.id)];

/** Findings that exercise every part of a report: hint, related place, odd characters, all severities. */
const SAMPLE: Diagnostic[] = [
  {
    ruleId: 'ref/unknown',
    severity: 'error',
    message: 'Okänd referens "klimatstrateg": 100% fel,\nrad två',
    file: 'data/mål/a,b:c.md',
    start: { line: 7, column: 8 },
    end: { line: 7, column: 21 },
    hint: 'Menade du "klimatstrateger"?',
  },
  {
    ruleId: 'goal/cycle',
    severity: 'error',
    message: 'Målstrukturen går i cirkel.',
    file: 'data/mal/b.md',
    start: { line: 2, column: 1 },
    end: { line: 4, column: 1 },
    related: [{ message: 'definierad här', file: 'data/mal/c.md', start: { line: 5, column: 11 } }],
  },
  { ruleId: 'network/no-goal', severity: 'warning', message: 'Nätverket "n" äger inget mål.', file: 'data/natverk/n.md', start: { line: 3, column: 5 } },
  { ruleId: 'goal/no-activity', severity: 'info', message: 'Info | *x* <b>', file: 'data/natverk/n.md', start: { line: 4, column: 1 } },
];
const SAMPLE_SUMMARY: Summary = { errors: 2, warnings: 1, infos: 1, files: 5 };

// ajv-formats is CommonJS; under NodeNext its default import is the module, which is the plugin.
const addFormats = addFormatsModule as unknown as FormatsPlugin;

/** The official SARIF 2.1.0 schema as the package ships it, compiled as draft-07 (the OASIS file's own draft). */
function sarifValidator() {
  const require = createRequire(import.meta.url);
  const pkg = dirname(dirname(require.resolve('@microsoft/sarif-multitool-ts')));
  const schema = JSON.parse(readFileSync(join(pkg, 'assets', 'sarif-2.1.0.schema.json'), 'utf8')) as Record<string, unknown>;
  // The package relabels the OASIS schema as 2020-12; its keywords are draft-07's, as the OASIS original says.
  schema.$schema = 'http://json-schema.org/draft-07/schema#';
  schema.$id = SARIF_SCHEMA_URI;
  const ajv = new Ajv({ allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('rule descriptions', () => {
  const docs = readFileSync(join(REPO, 'docs', 'rules.md'), 'utf8');
  const table = new Map(
    [...docs.matchAll(/^\| \[`([^`]+)`\]\(#([^)]+)\) \| ([^|]+) \| (.*) \|$/gm)].map((m) => [m[1]!, { anchor: m[2]!, severity: m[3]!.trim(), text: m[4]!.trim() }]),
  );

  test('every rule id has a Swedish and an English description, and there are none for ids that do not exist', () => {
    for (const id of ALL_RULE_IDS) {
      expect(RULE_DESCRIPTIONS[id]?.sv, id).toMatch(/\S/);
      expect(RULE_DESCRIPTIONS[id]?.en, id).toMatch(/\S/);
    }
    expect(Object.keys(RULE_DESCRIPTIONS).sort()).toEqual([...ALL_RULE_IDS].sort());
  });

  test('the Swedish text, the anchor and the file rules\' severity are those of the overview in docs/rules.md', () => {
    expect([...table.keys()].sort()).toEqual([...ALL_RULE_IDS].sort());
    for (const id of ALL_RULE_IDS) {
      const row = table.get(id)!;
      expect(RULE_DESCRIPTIONS[id]!.sv, id).toBe(row.text);
      expect(ruleAnchor(id), id).toBe(row.anchor);
      const severity = (FILE_RULE_SEVERITIES as Record<string, string>)[id] ?? RULES.find((r) => r.id === id)!.severity;
      expect(row.severity.startsWith(severity === 'error' ? 'fel' : 'varning'), id).toBe(true);
    }
  });
});

describe('github format', () => {
  test('annotations with escaped properties and messages, then the plain report with commands stopped', () => {
    expect(formatGithub(SAMPLE, SAMPLE_SUMMARY, { lang: 'sv', pathPrefix: 'sub' })).toBe(
      [
        '::error file=sub/data/mål/a%2Cb%3Ac.md,line=7,col=8,endLine=7,endColumn=21,title=ref/unknown::Okänd referens "klimatstrateg": 100%25 fel,%0Arad två%0ATips: Menade du "klimatstrateger"?',
        '::error file=sub/data/mal/b.md,line=2,endLine=4,title=goal/cycle::Målstrukturen går i cirkel.%0ASe även: data/mal/c.md:5:11 (definierad här)',
        '::warning file=sub/data/natverk/n.md,line=3,col=5,title=network/no-goal::Nätverket "n" äger inget mål.',
        '::notice file=sub/data/natverk/n.md,line=4,col=1,title=goal/no-activity::Info | *x* <b>',
        '::stop-commands::sup-66fa53e2011c1349',
        // The line break in the message is data: in the plain report it is shown, never a new line.
        'data/mål/a,b:c.md:7:8  fel  Okänd referens "klimatstrateg": 100% fel,\\nrad två  ref/unknown',
        '    Tips: Menade du "klimatstrateger"?',
        '',
        'data/mal/b.md:2:1  fel  Målstrukturen går i cirkel.  goal/cycle',
        '    Se även: data/mal/c.md:5:11 (definierad här)',
        '',
        'data/natverk/n.md:3:5  varning  Nätverket "n" äger inget mål.  network/no-goal',
        'data/natverk/n.md:4:1  info  Info | *x* <b>  goal/no-activity',
        '',
        '✖ 2 fel och 1 varning i 5 filer.',
        '::sup-66fa53e2011c1349::',
        '',
      ].join('\n'),
    );
  });

  test('a clean project: no annotations, only the report', () => {
    expect(formatGithub([], { errors: 0, warnings: 0, infos: 0, files: 3 }, { lang: 'en' })).toBe(
      ['::stop-commands::sup-7cb76095761bcafb', '✔ No problems in 3 files.', '::sup-7cb76095761bcafb::', ''].join('\n'),
    );
  });

  const at = (file: string, line: number, severity: Diagnostic['severity']): Diagnostic => ({
    ruleId: severity === 'error' ? 'ref/unknown' : severity === 'warning' ? 'network/no-goal' : 'goal/no-activity',
    severity,
    message: `m${line}`,
    file,
    start: { line, column: 1 },
  });

  test('at most 10 errors and 10 warnings, changed files first, then a notice with the rest (Swedish)', () => {
    const diagnostics = [
      ...Array.from({ length: 12 }, (_, i) => at('a.md', i + 1, 'error')),
      ...Array.from({ length: 11 }, (_, i) => at('a.md', i + 20, 'warning')),
      at('z.md', 1, 'error'),
      at('z.md', 2, 'warning'),
      at('z.md', 3, 'error'),
    ];
    const summary: Summary = { errors: 14, warnings: 12, infos: 0, files: 2 };
    const out = formatGithub(diagnostics, summary, { lang: 'sv', changedFiles: new Set(['z.md']) });
    const [annotations, rest] = out.split('::stop-commands::');
    expect(annotations).toBe(
      [
        '::error file=z.md,line=1,col=1,title=ref/unknown::m1',
        '::error file=z.md,line=3,col=1,title=ref/unknown::m3',
        '::warning file=z.md,line=2,col=1,title=network/no-goal::m2',
        '::error file=a.md,line=1,col=1,title=ref/unknown::m1',
        '::error file=a.md,line=2,col=1,title=ref/unknown::m2',
        '::error file=a.md,line=3,col=1,title=ref/unknown::m3',
        '::error file=a.md,line=4,col=1,title=ref/unknown::m4',
        '::error file=a.md,line=5,col=1,title=ref/unknown::m5',
        '::error file=a.md,line=6,col=1,title=ref/unknown::m6',
        '::error file=a.md,line=7,col=1,title=ref/unknown::m7',
        '::error file=a.md,line=8,col=1,title=ref/unknown::m8',
        '::warning file=a.md,line=20,col=1,title=network/no-goal::m20',
        '::warning file=a.md,line=21,col=1,title=network/no-goal::m21',
        '::warning file=a.md,line=22,col=1,title=network/no-goal::m22',
        '::warning file=a.md,line=23,col=1,title=network/no-goal::m23',
        '::warning file=a.md,line=24,col=1,title=network/no-goal::m24',
        '::warning file=a.md,line=25,col=1,title=network/no-goal::m25',
        '::warning file=a.md,line=26,col=1,title=network/no-goal::m26',
        '::warning file=a.md,line=27,col=1,title=network/no-goal::m27',
        '::warning file=a.md,line=28,col=1,title=network/no-goal::m28',
        '::notice::4 fel och 2 varningar till visas inte som anteckningar här. Hela rapporten står i loggen för steget.',
        '',
      ].join('\n'),
    );
    // The whole report follows, every finding in it, whatever the annotations left out.
    expect(rest).toBe(`${rest!.split('\n')[0]}\n${formatPretty(diagnostics, summary, { color: false, lang: 'sv' })}::${rest!.split('\n')[0]}::\n`);
  });

  test('without changed files the order is the report\'s; infos are notices, nine when the closing notice needs the tenth (English)', () => {
    const diagnostics = [...Array.from({ length: 11 }, (_, i) => at('a.md', i + 1, 'info')), at('b.md', 1, 'error')];
    const out = formatGithub(diagnostics, { errors: 1, warnings: 0, infos: 11, files: 2 }, { lang: 'en' });
    expect(out.split('::stop-commands::')[0]).toBe(
      [
        '::error file=b.md,line=1,col=1,title=ref/unknown::m1',
        ...Array.from({ length: 9 }, (_, i) => `::notice file=a.md,line=${i + 1},col=1,title=goal/no-activity::m${i + 1}`),
        '::notice::0 errors, 0 warnings and 2 info more are not shown as annotations here. The full report is in the log of this step.',
        '',
      ].join('\n'),
    );
  });

  test('the step summary: counts, findings with changed files first, Markdown escaped, cut at maxRows', () => {
    expect(formatGithubSummary(SAMPLE, SAMPLE_SUMMARY, { lang: 'sv', changedFiles: new Set(['data/natverk/n.md']), maxRows: 3 })).toBe(
      [
        '## sup check',
        '',
        '✖ 2 fel och 1 varning i 5 filer.',
        '',
        '| Allvarlighet | Antal |',
        '| --- | ---: |',
        '| Fel | 2 |',
        '| Varningar | 1 |',
        '| Info | 1 |',
        '',
        'Fynd i filer som ändringen rör står först.',
        '',
        '| Allvarlighet | Plats | Regel | Meddelande |',
        '| --- | --- | --- | --- |',
        '| Varning | `data/natverk/n.md:3:5` | `network/no-goal` | Nätverket "n" äger inget mål. |',
        '| Info | `data/natverk/n.md:4:1` | `goal/no-activity` | Info \\| \\*x\\* \\<b\\> |',
        '| Fel | `data/mål/a,b:c.md:7:8` | `ref/unknown` | Okänd referens "klimatstrateg": 100% fel, rad två |',
        '',
        'Tabellen visar 3 av 4 fynd. Hela rapporten står i loggen för steget.',
        '',
      ].join('\n'),
    );
  });

  test('the step summary of a clean project in English, and a very long message is shortened', () => {
    expect(formatGithubSummary([], { errors: 0, warnings: 0, infos: 0, files: 3 }, { lang: 'en' })).toBe(
      ['## sup check', '', '✔ No problems in 3 files.', '', '| Severity | Count |', '| --- | ---: |', '| Errors | 0 |', '| Warnings | 0 |', '| Info | 0 |', ''].join('\n'),
    );
    const long: Diagnostic = { ...SAMPLE[2]!, message: 'å'.repeat(2000), file: 'x`|y.md' };
    const row = formatGithubSummary([long], { errors: 0, warnings: 1, infos: 0, files: 1 }, { lang: 'en' }).split('\n').at(-2)!;
    expect(row).toBe(`| Warning | \`\`x\`\\|y.md:3:5\`\` | \`network/no-goal\` | ${'å'.repeat(499)}… |`);
  });

  test('sup check --format github: exit code, annotations, and the summary appended to GITHUB_STEP_SUMMARY', async () => {
    const dir = composeFixture('base');
    const path = join(dir, 'data/mal/klimat.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('ägare: klimatstrateger', 'ägare: klimatstrateg'));
    const summaryFile = join(tempDir(), 'step-summary.md');
    writeFileSync(summaryFile, 'Tidigare steg.\n');
    const env = { GITHUB_STEP_SUMMARY: summaryFile };
    const r = await run(['-C', dir, 'check', '--format', 'github', '--today', TODAY], { env, isTTY: true });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      '::error file=data/mal/klimat.md,line=7,col=8,endLine=7,endColumn=21,title=ref/unknown::Okänd referens "klimatstrateg": det finns inget nätverk med den identiteten. Menade du "klimatstrateger"?',
      '::warning file=data/natverk/klimatstrateger.md,line=3,col=5,endLine=3,endColumn=20,title=network/no-goal::Nätverket "klimatstrateger" äger inget mål.',
    ]);
    // The full report is plain even on a terminal, with its code frames.
    expect(r.stdout).toContain('    > 7 | ägare: klimatstrateg\n');
    expect(r.stdout).not.toContain('\u001b[');
    expect(r.stdout).toContain('✖ 1 fel och 1 varning i 12 filer.\n');
    const first = readFileSync(summaryFile, 'utf8');
    expect(first.startsWith('Tidigare steg.\n## sup check\n\n✖ 1 fel och 1 varning i 12 filer.\n')).toBe(true);
    expect(first).toContain('| Fel | `data/mal/klimat.md:7:8` | `ref/unknown` | Okänd referens "klimatstrateg"');
    // A second step appends again; nothing is overwritten.
    await run(['-C', dir, 'check', '--format', 'github', '--today', TODAY], { env });
    expect(readFileSync(summaryFile, 'utf8')).toBe(first + first.slice('Tidigare steg.\n'.length));
  });

  test('a summary file that cannot be written is a warning on stderr, not a failure', async () => {
    const r = await run(['-C', composeFixture('base'), 'check', '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: tempDir() } });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^sup check: kunde inte skriva sammanfattningen till /);
  });
});

describe('sarif format', () => {
  const rules = [
    { id: 'ref/unknown', severity: 'error' as const },
    { id: 'goal/cycle', severity: 'error' as const },
    { id: 'network/no-goal', severity: 'warning' as const },
  ];

  test('one run: sup with its rules, one result per finding with locations and related locations', () => {
    const out = formatSarif(SAMPLE, SAMPLE_SUMMARY, { lang: 'sv', version: '1.2.3', rules, rootUri: 'file:///srv/sup/' });
    expect(out).toBe(`{
  "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {
        "driver": {
          "name": "sup",
          "version": "1.2.3",
          "rules": [
            {
              "id": "ref/unknown",
              "shortDescription": {
                "text": "Varje referens pekar på en befintlig post av rätt sort."
              },
              "help": {
                "text": "Vad regeln kontrollerar och hur felet rättas: docs/rules.md#refunknown",
                "markdown": "Vad regeln kontrollerar och hur felet rättas: [docs/rules.md#refunknown](docs/rules.md#refunknown)"
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "goal/cycle",
              "shortDescription": {
                "text": "Kedjan av föräldrar går inte i cirkel."
              },
              "help": {
                "text": "Vad regeln kontrollerar och hur felet rättas: docs/rules.md#goalcycle",
                "markdown": "Vad regeln kontrollerar och hur felet rättas: [docs/rules.md#goalcycle](docs/rules.md#goalcycle)"
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "network/no-goal",
              "shortDescription": {
                "text": "Ett stående nätverk äger minst ett mål."
              },
              "help": {
                "text": "Vad regeln kontrollerar och hur felet rättas: docs/rules.md#networkno-goal",
                "markdown": "Vad regeln kontrollerar och hur felet rättas: [docs/rules.md#networkno-goal](docs/rules.md#networkno-goal)"
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            }
          ]
        }
      },
      "originalUriBaseIds": {
        "%SRCROOT%": {
          "uri": "file:///srv/sup/"
        }
      },
      "language": "sv-SE",
      "columnKind": "utf16CodeUnits",
      "results": [
        {
          "ruleId": "ref/unknown",
          "ruleIndex": 0,
          "level": "error",
          "message": {
            "text": "Okänd referens \\"klimatstrateg\\": 100% fel,\\nrad två Tips: Menade du \\"klimatstrateger\\"?"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "data/m%C3%A5l/a%2Cb%3Ac.md",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 7,
                  "startColumn": 8,
                  "endLine": 7,
                  "endColumn": 21
                }
              }
            }
          ]
        },
        {
          "ruleId": "goal/cycle",
          "ruleIndex": 1,
          "level": "error",
          "message": {
            "text": "Målstrukturen går i cirkel."
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "data/mal/b.md",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 2,
                  "startColumn": 1,
                  "endLine": 4,
                  "endColumn": 1
                }
              }
            }
          ],
          "relatedLocations": [
            {
              "id": 0,
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "data/mal/c.md",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 5,
                  "startColumn": 11
                }
              },
              "message": {
                "text": "definierad här"
              }
            }
          ]
        },
        {
          "ruleId": "network/no-goal",
          "ruleIndex": 2,
          "level": "warning",
          "message": {
            "text": "Nätverket \\"n\\" äger inget mål."
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "data/natverk/n.md",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 3,
                  "startColumn": 5
                }
              }
            }
          ]
        },
        {
          "ruleId": "goal/no-activity",
          "level": "note",
          "message": {
            "text": "Info | *x* <b>"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "data/natverk/n.md",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 4,
                  "startColumn": 1
                }
              }
            }
          ]
        }
      ]
    }
  ]
}
`);
    const validate = sarifValidator();
    expect(validate(JSON.parse(out)), JSON.stringify(validate.errors)).toBe(true);
  });

  test('odd input still gives a valid log: positions below 1, an end before the start, lone surrogates, no findings', () => {
    const validate = sarifValidator();
    const odd: Diagnostic[] = [
      { ruleId: 'x/unknown-rule', severity: 'error', message: 'a\u0000b\uD800', file: 'data/\uDC00 #?%.md', start: { line: 0, column: -3 }, end: { line: 0, column: 0 } },
      { ruleId: 'schema', severity: 'warning', message: '', file: 'sup.yaml', start: { line: 5, column: 9 }, end: { line: 5, column: 2 }, related: [{ message: 'här', file: 'a:b.md' }] },
    ];
    const log = JSON.parse(formatSarif(odd, SAMPLE_SUMMARY, { lang: 'en', version: '0.1.0', rules: [] }));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'data/%EF%BF%BD%20%23%3F%25.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
    });
    expect(log.runs[0].results[1].locations[0].physicalLocation.region).toEqual({ startLine: 5, startColumn: 9 });
    expect(log.runs[0].results[1].relatedLocations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'a%3Ab.md', uriBaseId: '%SRCROOT%' } });
    const empty = JSON.parse(formatSarif([], { errors: 0, warnings: 0, infos: 0, files: 0 }, { lang: 'en', version: '0.1.0', rules }));
    expect(validate(empty), JSON.stringify(validate.errors)).toBe(true);
    expect(empty.runs[0].language).toBe('en-US');
    expect(empty.runs[0].tool.driver.rules[0].shortDescription.text).toBe('Every reference points at an existing entry of the right kind.');
    // The validator does reject what is not SARIF: a driver without a name, a level that does not exist.
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validate({ ...empty, runs: [{ ...empty.runs[0], results: [{ message: { text: 'x' }, level: 'fel' }] }] })).toBe(false);
  });

  test('sup check --format sarif lists every rule and validates against the SARIF 2.1.0 schema', async () => {
    const dir = composeFixture('base');
    const path = join(dir, 'data/mal/klimat.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('ägare: klimatstrateger', 'ägare: klimatstrateg'));
    const r = await run(['-C', dir, 'check', '--format', 'sarif', '--today', TODAY]);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const driver = log.runs[0].tool.driver;
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    expect(driver.version).toBe(pkg.version);
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(ALL_RULE_IDS);
    expect(driver.rules.find((r: { id: string }) => r.id === 'file/link').defaultConfiguration.level).toBe('warning');
    expect(log.runs[0].results.map((r: { ruleId: string; ruleIndex: number; level: string }) => [r.ruleId, driver.rules[r.ruleIndex].id, r.level])).toEqual([
      ['ref/unknown', 'ref/unknown', 'error'],
      ['network/no-goal', 'network/no-goal', 'warning'],
    ]);
    expect(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/\/.*\/$/);
  });
});

describe('junit format', () => {
  test('a suite and a test case per checked file; errors fail it, other findings go to system-out; XML escaped', () => {
    const diagnostics: Diagnostic[] = [
      ...SAMPLE,
      { ruleId: 'schema', severity: 'error', message: 'Fel <"x"> & \'y\' \u0001 ]]>', file: 'data/natverk/n.md', start: { line: 9, column: 2 } },
    ];
    expect(formatJunit(diagnostics, SAMPLE_SUMMARY, { lang: 'sv', files: ['data/natverk/n.md', 'data/ren.md', 'data/mal/b.md'] })).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="sup check" tests="4" failures="3" errors="0" time="0">',
        '  <testsuite name="data/mal/b.md" tests="1" failures="1" errors="0" skipped="0" time="0">',
        '    <testcase name="data/mal/b.md" classname="sup check" file="data/mal/b.md" time="0">',
        '      <failure message="1 fel" type="goal/cycle">data/mal/b.md:2:1  fel  Målstrukturen går i cirkel.  goal/cycle',
        '    Se även: data/mal/c.md:5:11 (definierad här)',
        '</failure>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="data/mål/a,b:c.md" tests="1" failures="1" errors="0" skipped="0" time="0">',
        '    <testcase name="data/mål/a,b:c.md" classname="sup check" file="data/mål/a,b:c.md" time="0">',
        '      <failure message="1 fel" type="ref/unknown">data/mål/a,b:c.md:7:8  fel  Okänd referens &quot;klimatstrateg&quot;: 100% fel,',
        'rad två  ref/unknown',
        '    Tips: Menade du &quot;klimatstrateger&quot;?',
        '</failure>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="data/natverk/n.md" tests="1" failures="1" errors="0" skipped="0" time="0">',
        '    <testcase name="data/natverk/n.md" classname="sup check" file="data/natverk/n.md" time="0">',
        '      <failure message="1 fel" type="schema">data/natverk/n.md:9:2  fel  Fel &lt;&quot;x&quot;&gt; &amp; &apos;y&apos; \uFFFD ]]&gt;  schema',
        '</failure>',
        '      <system-out>data/natverk/n.md:3:5  varning  Nätverket &quot;n&quot; äger inget mål.  network/no-goal',
        'data/natverk/n.md:4:1  info  Info | *x* &lt;b&gt;  goal/no-activity',
        '</system-out>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="data/ren.md" tests="1" failures="0" errors="0" skipped="0" time="0">',
        '    <testcase name="data/ren.md" classname="sup check" file="data/ren.md" time="0"/>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  test('with --strict warnings fail too; attributes escape quotes and line breaks (English)', () => {
    const diagnostics: Diagnostic[] = [
      { ruleId: 'network/no-goal', severity: 'warning', message: 'w', file: 'a "b"\n<c>&.md', start: { line: 1, column: 1 } },
      { ruleId: 'id/duplicate', severity: 'error', message: 'e', file: 'a "b"\n<c>&.md', start: { line: 2, column: 1 } },
    ];
    expect(formatJunit(diagnostics, SAMPLE_SUMMARY, { lang: 'en', files: [], strict: true })).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="sup check" tests="1" failures="1" errors="0" time="0">',
        '  <testsuite name="a &quot;b&quot;&#10;&lt;c&gt;&amp;.md" tests="1" failures="1" errors="0" skipped="0" time="0">',
        '    <testcase name="a &quot;b&quot;&#10;&lt;c&gt;&amp;.md" classname="sup check" file="a &quot;b&quot;&#10;&lt;c&gt;&amp;.md" time="0">',
        '      <failure message="1 error and 1 warning" type="id/duplicate network/no-goal">a &quot;b&quot;',
        '&lt;c&gt;&amp;.md:1:1  warning  w  network/no-goal',
        'a &quot;b&quot;',
        '&lt;c&gt;&amp;.md:2:1  error  e  id/duplicate',
        '</failure>',
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  test('sup check --format junit: every data file is a test case, the same output each run', async () => {
    const dir = composeFixture('base', 'rules/network-no-goal/not-ok');
    const first = await run(['-C', dir, 'check', '--format', 'junit', '--today', TODAY]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="sup check" tests="13" failures="0" errors="0" time="0">\n/);
    expect(first.stdout.match(/<testcase /g)).toHaveLength(13);
    expect(first.stdout).toContain('<system-out>data/natverk/');
    const strict = await run(['-C', dir, 'check', '--format', 'junit', '--strict', '--today', TODAY]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('failures="1"');
    expect((await run(['-C', dir, 'check', '--format', 'junit', '--today', TODAY])).stdout).toBe(first.stdout);
  });
});

describe('formats and exit codes', () => {
  test('every format gives the same exit code; an unknown format is still a usage error', async () => {
    const dir = composeFixture('base');
    const path = join(dir, 'data/mal/klimat.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('ägare: klimatstrateger', 'ägare: klimatstrateg'));
    for (const format of ['pretty', 'json', 'github', 'sarif', 'junit']) {
      expect((await run(['-C', dir, 'check', '--format', format, '--today', TODAY])).code, format).toBe(1);
      expect((await run(['-C', composeFixture('base'), 'check', '--format', format, '--today', TODAY])).code, format).toBe(0);
    }
    const r = await run(['-C', dir, 'check', '--format', 'xml']);
    expect(r.code).toBe(2);
  });
});
