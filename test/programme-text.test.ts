import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { checkProject } from '../src/check/check-project.js';
import { arr, entitiesOf, obj, str } from '../src/load/project.js';
import { inProgramme } from '../src/load/programmes.js';
import { FIXTURES, REPO } from './helpers.js';

// data/ holds the adopted programme; test/fixtures/programme/sup-2040.md is a frozen copy of its
// text. Every sentence of data/'s programme texts must be a sentence of the programme (a drift,
// a silent correction or an invented sentence fails), and every sentence of the programme must be
// somewhere in data/ (a dropped sentence fails).

const FROZEN = readFileSync(join(FIXTURES, 'programme', 'sup-2040.md'), 'utf8');
const project = checkProject({ root: REPO }).project;

const record = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

const parse = (markdown: string): Root => unified().use(remarkParse).parse(markdown);

function textOf(node: RootContent): string {
  if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  return 'children' in node ? (node.children as RootContent[]).map(textOf).join('') : '';
}

/** Paragraphs and list items of a Markdown text, sections headed "Figur …" left out (figures are data in words, not text). */
function blocksOf(markdown: string): string[] {
  const out: string[] = [];
  let inFigure = false;
  for (const node of parse(markdown).children) {
    if (node.type === 'heading') inFigure = /^Figur\b/.test(textOf(node));
    else if (inFigure) continue;
    else if (node.type === 'paragraph') out.push(textOf(node));
    else if (node.type === 'list') for (const item of node.children) out.push(item.children.map(textOf).join(' '));
  }
  return out;
}

/** Sentences of a block, whitespace collapsed; the same splitting on both sides keeps the comparison fair. */
function sentencesOf(block: string): string[] {
  return block
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?:])\s+(?=[A-ZÅÄÖ0-9])/)
    .filter((s) => s !== '');
}

/** The body of one "## Name" section of the frozen copy. */
function section(name: string): string {
  const m = new RegExp(`^## ${name}\\n([\\s\\S]*?)(?=^## |(?![\\s\\S]))`, 'm').exec(FROZEN);
  if (!m) throw new Error(`no section ${name} in the frozen copy`);
  return m[1]!;
}

const listItems = (name: string): string[] => section(name).split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2));

const corrections = listItems('Rättelser').map((line) => {
  const m = /^(\S+): "([^"]+)" → "([^"]+)"$/.exec(line);
  if (!m) throw new Error(`unreadable correction: ${line}`);
  return { file: m[1]!, source: m[2]!, data: m[3]! };
});

/** Undoes data/'s declared corrections, so a corrected sentence compares with the programme's wording. */
const asInProgramme = (sentence: string): string => corrections.reduce((s, c) => s.split(c.data).join(c.source), sentence);

/** SUP 2040's own goals (not delmål, not the draft successor's copies, which stay out of this comparison). */
function sup2040Goals() {
  return entitiesOf(project, 'mål').filter((g) => g.data.nivå !== 'delmål' && inProgramme(project, g, 'sup-2040'));
}

/** Every programme text in data/, as blocks, each with the file it comes from. */
function dataBlocks(): { file: string; block: string }[] {
  const out: { file: string; block: string }[] = [];
  const add = (file: string, text: string | undefined) => text && out.push({ file, block: text });
  for (const p of entitiesOf(project, 'program').filter((p) => p.id === 'sup-2040')) {
    for (const b of blocksOf(p.file.body?.text ?? '')) add(p.file.path, b);
    for (const b of (str(p.data, 'syfte') ?? '').split(/\n\s*\n/)) add(p.file.path, b);
    add(p.file.path, str(obj(p.data, 'fokusområde') ?? {}, 'beskrivning'));
    add(p.file.path, str(obj(p.data, 'samarbetsavtal') ?? {}, 'beskrivning'));
    add(p.file.path, str(obj(p.data, 'revidering') ?? {}, 'under_perioden'));
    for (const principle of arr(p.data, 'principer')) add(p.file.path, String(principle));
  }
  for (const g of sup2040Goals()) {
    for (const b of blocksOf(g.file.body?.text ?? '')) add(g.file.path, b);
  }
  const organisation = project.files.find((f) => f.kind === 'organisation');
  if (organisation) add(organisation.file.path, str(record(organisation.file.data), 'beskrivning'));
  for (const o of entitiesOf(project, 'organ')) add(o.file.path, str(o.data, 'beskrivning'));
  for (const n of entitiesOf(project, 'nätverk').filter((n) => n.data.form === 'stående')) {
    for (const b of blocksOf(n.file.body?.text ?? '')) add(n.file.path, b);
  }
  return out;
}

describe("data/'s programme texts against the frozen copy of SUP 2040", () => {
  const programme = new Set(blocksOf(section('Text')).flatMap(sentencesOf));
  const data = dataBlocks().flatMap(({ file, block }) => sentencesOf(block).map((s) => ({ file, sentence: asInProgramme(s) })));

  test('the frozen copy and data/ are both read (a comparison of nothing would pass)', () => {
    expect(programme.size).toBeGreaterThan(80);
    expect(new Set(data.map((d) => d.file)).size).toBe(9);
  });

  test('every sentence of data/ is a sentence of the programme', () => {
    expect(data.filter((d) => !programme.has(d.sentence)).map((d) => `${d.file}: ${d.sentence}`)).toEqual([]);
  });

  test('every sentence of the programme is in data/', () => {
    const present = new Set(data.map((d) => d.sentence));
    expect([...programme].filter((s) => !present.has(s))).toEqual([]);
  });

  test('each correction of a source typo is noted in its file, quoting the programme', () => {
    for (const c of corrections) {
      const text = readFileSync(join(REPO, c.file), 'utf8');
      const comments = text
        .split('\n')
        .filter((l) => l.trim().startsWith('#'))
        .map((l) => l.trim().replace(/^#\s?/, ''))
        .join(' ');
      expect(comments, c.file).toContain('Rättat skrivfel');
      expect(comments, c.file).toContain(c.source);
      expect(text.replace(/\s+/g, ' '), c.file).toContain(c.data);
    }
  });

  test('the goals are worded as the programme words them', () => {
    const goals = sup2040Goals()
      .map((g) => `${str(g.data, 'nivå')}: ${str(g.data, 'titel')}`);
    expect(goals.sort()).toEqual(listItems('Mål').sort());
  });

  test('Figur 1 has the five levels of the programme with their documents', () => {
    const program = entitiesOf(project, 'program').find((p) => p.id === 'sup-2040')!;
    const levels = arr(program.data, 'styrdokument').map(record).map((l) => `${str(l, 'nivå')}: ${arr(l, 'dokument').join('; ')}`);
    expect(levels).toEqual(listItems('Figur 1'));
  });

  test('the standing networks in the programme order, with the short name the programme gives', () => {
    const standing = [...entitiesOf(project, 'nätverk')]
      .filter((n) => n.data.form === 'stående')
      .sort((a, b) => (Number(a.data.ordning) || 0) - (Number(b.data.ordning) || 0))
      .map((n) => str(n.data, 'namn') + (str(n.data, 'kortnamn') ? ` (${str(n.data, 'kortnamn')})` : ''));
    expect(standing).toEqual(listItems('Figur 3'));
  });

  test('the short names of the long-term goals as the programme writes them', () => {
    const short = sup2040Goals()
      .filter((g) => g.data.nivå === 'långsiktigt')
      .map((g) => `${str(g.data, 'titel')}: ${str(g.data, 'kortnamn')}`);
    expect(short.sort()).toEqual(listItems('Figur 4').sort());
  });

  test('no member role is invented: the RUFS network has the neutral role until the kansli fills it in', () => {
    const rufs = entitiesOf(project, 'nätverk').find((n) => n.id === 'rufs')!;
    expect(new Set(arr(rufs.data, 'medlemmar').map(record).map((m) => m.roll))).toEqual(new Set(['kommunens företrädare']));
  });
});
