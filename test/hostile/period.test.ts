/**
 * The period follow-up from a hostile data repository: a year with thousands of activities and
 * goals whose texts carry Markdown, HTML and links; a programme whose validity spans centuries;
 * a labels file that is a link out of the project; saved Kolada responses that are broken or carry
 * markup in their note (the sources appendix prints it), and kommun values whose total overflows.
 * The document stays bounded and escaped, and what cannot be followed up is a usage error, never a hang.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { composeFixture, copyRealData, run, runBin, writeTree } from '../helpers.js';

const HOSTILE = '<script>alert(1)</script> | **fet** [x](javascript:alert(1)) <img src=x onerror=alert(1)>';
const ACTIVITIES = 2000;
const SUBGOALS = 1000;
const GOALS = 300;

function floodedProject(): string {
  const dir = composeFixture('base');
  const files: Record<string, string> = {};
  for (let i = 0; i < GOALS; i++) {
    files[`data/mal/mal-${i}.md`] = `---\ntyp: mål\nid: mal-${i}\nnivå: långsiktigt\ntitel: ${JSON.stringify(`Mål ${i} ${HOSTILE}`)}\nförälder: infrastruktur\n---\nText.\n`;
  }
  for (let i = 0; i < SUBGOALS; i++) {
    files[`data/2025/delmal/d-${i}.md`] = `---\ntyp: mål\nid: d-${i}\nnivå: delmål\ntitel: ${JSON.stringify(`Delmål ${i} ${HOSTILE}`)}\nförälder: klimat\nverksamhetsplan: vp-2025\n---\nText.\n`;
  }
  for (let i = 0; i < ACTIVITIES; i++) {
    files[`data/2025/aktiviteter/a-${i}.md`] =
      `---\ntyp: aktivitet\nid: a-${i}\ntitel: ${JSON.stringify(`Aktivitet ${i} ${HOSTILE}`)}\nverksamhetsplan: vp-2025\nmål: [d-${i % SUBGOALS}]\nansvarig: klimatstrateger\nperiod:\n  från: 2025-02-01\n  till: 2025-11-30\nstatus: pågår\n---\nText.\n`;
  }
  const annual = readFileSync(join(dir, 'data/2025/arsredovisning.md'), 'utf8');
  const results = Array.from({ length: ACTIVITIES }, (_, i) => `  - aktivitet: a-${i}\n    resultat: ${JSON.stringify(HOSTILE)}\n`).join('');
  const assessed = Array.from({ length: SUBGOALS }, (_, i) => `  - mål: d-${i}\n    bedömning: ej uppfyllt\n    motivering: ${JSON.stringify(HOSTILE)}\n`).join('');
  files['data/2025/arsredovisning.md'] = annual
    .replace('aktiviteter:\n', `aktiviteter:\n${results}`)
    .replace('måluppfyllelse:\n', `måluppfyllelse:\n${assessed}`);
  writeTree(dir, files);
  return dir;
}

describe('a flooded year', () => {
  const dir = floodedProject();

  test('thousands of activities and goals: every activity listed once, each kind of finding capped, every data string escaped', async () => {
    const r = await run(['-C', dir, 'report', '--period', '2023-2026', '--draft', '--today', '2026-12-02']);
    expect(r.code).toBe(0);
    const md = r.stdout;
    expect(md.match(/^\| Aktivitet \d+ /gm)).toHaveLength(ACTIVITIES);
    // 2 000 activities not carried out and 300 goals without activities: 50 of each, then a count.
    expect(md).toContain('- … och 1\u00a0950 till.');
    expect(md).toContain('- … och 250 till.');
    expect(md.match(/^- ”Aktivitet \d+ /gm)).toHaveLength(50);
    // The data's markup is text: no tag, no link, no table cell from it.
    expect(md).not.toMatch(/(?<!\\)<script>/);
    expect(md).not.toMatch(/(?<!\\)<img/);
    expect(md).not.toContain('](javascript:');
    expect(md).not.toMatch(/(?<!\\)\| \*\*fet/);
    expect(md.length).toBeLessThan(3_000_000);
  });

  test('the HTML carries no script, handler or javascript: link from the data', async () => {
    const out = join(dir, 'slut.html');
    const r = await run(['-C', dir, 'report', '--period', '2023-2026', '--draft', '--format', 'html', '-o', out, '--today', '2026-12-02']);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/href="javascript:/i);
    // The data's Markdown and tags are text in a table cell: escaped, not bold, not a link, not an element.
    expect(html).toContain('<td>Aktivitet 0 &#x3C;script>alert(1)&#x3C;/script> | **fet** [x](javascript:alert(1)) &#x3C;img src=x onerror=alert(1)></td>');
  });
});

describe('periods a hostile programme file asks for', () => {
  test('a programme valid 1990–2100 (the schema allows it) is too long to follow up: exit 2, by id or by years', async () => {
    const dir = composeFixture('base');
    const program = join(dir, 'data/program.md');
    writeFileSync(program, readFileSync(program, 'utf8').replace('  från: 2023\n  till: 2026\n', '  från: 1990\n  till: 2100\n'));
    for (const period of ['sup-2040', '1990-2100']) {
      const r = await run(['-C', dir, 'report', '--period', period, '--today', '2026-12-02']);
      expect(r).toEqual({ code: 2, stdout: '', stderr: 'sup report: perioden 1990-2100 är längre än 20 år och följs inte upp.\n' });
    }
  });

  test('a validity of 1–999999 (a schema error, rendered anyway with --draft) is refused before any year is collected', async () => {
    const dir = composeFixture('base');
    const program = join(dir, 'data/program.md');
    writeFileSync(program, readFileSync(program, 'utf8').replace('  från: 2023\n  till: 2026\n', '  från: 1\n  till: 999999\n'));
    const r = await run(['-C', dir, 'report', '--period', 'sup-2040', '--draft', '--today', '2026-12-02']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('sup report: perioden 1-999999 är längre än 20 år och följs inte upp.\n');
  });

  test('the labels file linked out of the project is not read: a template error, exit 2, nothing written', async () => {
    const dir = composeFixture('base');
    writeTree(dir, { 'templates/.keep': '' });
    symlinkSync('/etc/passwd', join(dir, 'templates/etiketter-slutuppfoljning.yaml'));
    const r = await run(['-C', dir, 'report', '--period', '2023-2026', '--today', '2026-12-02']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('sup report: fel i mallen templates/etiketter-slutuppfoljning.yaml:1:1: mallen är en länk som pekar utanför projektet och läses inte\n');
  });
});

describe('workflow commands, terminal escapes and HTML in the data, and special files as templates', () => {
  // A newline and ::error (a GitHub annotation if it began a line of a log), ESC (a terminal
  // sequence) and <details> (a fold in a PR comment or a Markdown viewer).
  const NASTY = 'Mål\n::error file=x::falskt\u001b[31m röd <details><summary>dold</summary>';

  test('in the title of a goal: neither the Markdown nor the HTML carries them raw', async () => {
    const dir = composeFixture('base');
    const goal = readFileSync(join(dir, 'data/mal/klimat.md'), 'utf8');
    writeTree(dir, { 'data/mal/klimat.md': goal.replace(/^titel: .*$/m, `titel: ${JSON.stringify(NASTY)}`) });
    const md = await run(['-C', dir, 'report', '--period', '2023-2026', '--draft', '--today', '2026-12-02']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('falskt');
    expect(md.stdout).not.toContain('\u001b');
    expect(md.stdout).not.toMatch(/^::error/m);
    expect(md.stdout).not.toMatch(/(?<!\\)<details>/);
    const html = await run(['-C', dir, 'report', '--period', '2023-2026', '--draft', '--format', 'html', '--today', '2026-12-02']);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('falskt');
    expect(html.stdout).not.toContain('\u001b');
    expect(html.stdout).not.toMatch(/^::error/m);
    expect(html.stdout).not.toMatch(/<details|<summary/);
  });

  test('the template as a FIFO and the labels file as a link to /dev/zero: refused unread, exit 2, no hang', async () => {
    const fifo = composeFixture('base');
    writeTree(fifo, { 'templates/.keep': '' });
    execFileSync('mkfifo', [join(fifo, 'templates/slutuppfoljning.md')]);
    const a = await run(['-C', fifo, 'report', '--period', '2023-2026', '--today', '2026-12-02']);
    expect(a.code).toBe(2);
    expect(a.stdout).toBe('');
    expect(a.stderr).toMatch(/^sup report: fel i mallen templates\/slutuppfoljning\.md:1:1: /);
    const zero = composeFixture('base');
    writeTree(zero, { 'templates/.keep': '' });
    symlinkSync('/dev/zero', join(zero, 'templates/etiketter-slutuppfoljning.yaml'));
    const b = await run(['-C', zero, 'report', '--period', '2023-2026', '--today', '2026-12-02']);
    expect(b.code).toBe(2);
    expect(b.stdout).toBe('');
    expect(b.stderr).toBe('sup report: fel i mallen templates/etiketter-slutuppfoljning.yaml:1:1: mallen är en länk som pekar utanför projektet och läses inte\n');
  });
});

describe('the indicators and their sources from a hostile pull request', () => {
  const SAVED = 'data/kolada/hamtning-2026-12-02.json';
  const STACK = /\n\s+at .+:\d+:\d+|TypeError|RangeError|internt fel/;
  const period = (dir: string, ...args: string[]) => {
    const r = runBin(['report', '--period', '2023-2026', '--today', '2026-12-02', ...args], { cwd: dir });
    expect(r.stdout + r.stderr).not.toMatch(STACK);
    return r;
  };

  test('a broken saved response is an error at its line and column, exit 1, and no document is written', () => {
    const dir = copyRealData();
    const text = readFileSync(join(dir, SAVED), 'utf8');
    writeFileSync(join(dir, SAVED), text.replace('"api": "https://api.kolada.se/v3",', '"api": "https://api.kolada.se/v3"'));
    const out = join(dir, 'slut.html');
    const r = period(dir, '--format', 'html', '-o', out);
    expect(r.code).toBe(1);
    // One line, at the key after the missing comma (the parser's own detail in brackets, as in sup report 2025).
    expect(r.stderr).toMatch(new RegExp(`^sup report: ${SAVED.replace(/\./g, '\\.')}:5:3: de sparade svaren från Kolada kan inte användas: ogiltig JSON \\([^\\n]+\\)\\n$`));
    expect(existsSync(out)).toBe(false);
  });

  test('markup and control characters in a saved file\'s note are text in the appendix, never elements', () => {
    const dir = copyRealData();
    const saved = JSON.parse(readFileSync(join(dir, SAVED), 'utf8'));
    saved.anmärkning = '<script>alert(1)</script><svg onload="alert(2)"></svg>\u202e\u0007[länk](javascript:alert(3))';
    writeFileSync(join(dir, SAVED), `${JSON.stringify(saved, null, 2)}\n`);
    const file = join(dir, 'slut.html');
    expect(period(dir, '--format', 'html', '-o', file).code).toBe(0);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>&#x3C;svg onload="alert(2)">&#x3C;/svg>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('href="javascript:');
    expect(html).not.toContain('\u0007');
  });

  test('kommun values whose sum overflows (a draft past the check) give Södertörn saknas, never Infinity or NaN', () => {
    const dir = copyRealData();
    const file = join(dir, 'data/exempel/2025/indikatorer/utslapp-vaxthusgaser-transporter.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('värde: 81000', 'värde: 1.7e308').replace('värde: 70500', 'värde: 1.7e308'));
    const md = period(dir, '--draft');
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^\| 2022 \(basvärde 510\u00a0100\) \| +saknas \| 1,7e\+308 \| 1,7e\+308 \|/m);
    const html = period(dir, '--draft', '--format', 'html');
    expect(html.code).toBe(0);
    expect(html.stdout).not.toMatch(/Infinity|NaN/);
  });
});
