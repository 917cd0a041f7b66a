import type { Root } from 'mdast';
import type { Project } from '../load/project.js';
import { str } from '../load/project.js';
import type { SavedRecord, savedRecord } from '../kolada/saved-record.js';
import { isDraft, missingDecisions, programForYear } from '../load/programmes.js';
import { annualBlocks } from './blocks/annual.js';
import { planBlocks } from './blocks/plan.js';
import { fillToc } from './blocks/governance.js';
import { renderContext } from './context.js';
import { date, inSentence } from './format.js';
import { applyTemplate } from './template.js';
import type { Labels } from './template.js';
import { collectYear } from './year-data.js';

export type DocumentKind = 'årsredovisning' | 'verksamhetsplan';

export interface BuiltDocument {
  tree: Root;
  title: string;
  /** The organisation whose document it is: the PDF's Author. */
  author: string;
  draft: boolean;
}

/** What a document is built from besides the data: its template and the labels, read by the caller. */
export interface DocumentAssets {
  template: { path: string; text: string };
  labels: Labels;
  /** The saved Kolada responses (data/kolada/), read by the CLI: what they credit and when they were fetched. */
  saved: ReturnType<typeof savedRecord>;
}

/** Why a document could not be built from the data, as data: the CLI phrases it. */
export type MissingData =
  | { code: 'no-plan'; year: number; years: readonly number[] }
  | { code: 'no-annual'; year: number; plan: string }
  | { code: 'kolada-saved'; path: string; line: number; column: number; problem: string };

/** Why a document could not be built from the data (not a fault in the program). */
export class MissingDataError extends Error {
  constructor(readonly missing: MissingData) {
    super(missing.code);
  }
}

/** The template a document kind is built from (in templates/). */
export function templateNameOf(kind: DocumentKind): string {
  return kind === 'årsredovisning' ? 'arsredovisning.md' : 'verksamhetsplan.md';
}

/**
 * Builds the Markdown tree of the årsredovisning or verksamhetsplan of a year from the template
 * and the data. The same data always gives the same tree.
 */
export function buildDocument(project: Project, kind: DocumentKind, year: number, draft: boolean, assets: DocumentAssets): BuiltDocument {
  const data = collectYear(project, year);
  if (!data) {
    const years = project.entities
      .filter((e) => e.kind === 'verksamhetsplan')
      .map((e) => e.data.år)
      .filter((y): y is number => typeof y === 'number')
      .sort();
    throw new MissingDataError({ code: 'no-plan', year, years });
  }
  if (kind === 'årsredovisning' && !data.annual && !draft) {
    throw new MissingDataError({ code: 'no-annual', year, plan: data.plan.id });
  }
  const ctx = renderContext(data, assets.labels, draft, { kolada: usableSaved(assets.saved), undecided: undecidedProgramme(project, year) });
  const decision = kind === 'årsredovisning' ? data.annual : data.plan;
  const decided = decision?.decided && !draft;
  const vars: Record<string, string> = {
    år: String(year),
    föregående_år: String(year - 1),
    nästa_år: String(year + 1),
    organisation: data.organisationName,
    program: data.programShortName,
    program_namn: data.programName,
    vision: data.vision?.title ?? '',
    beslutsdatum: decision?.decided ? date(decision.decided) : '',
    beslutsrad: decided
      ? ctx.t('beslutad', { organ: inSentence(decision!.decidedBy ?? ''), datum: date(decision!.decided!) }).replace(/\s+/g, ' ').trim()
      : ctx.t('ej_beslutad'),
  };
  const blocks = kind === 'årsredovisning' ? annualBlocks(ctx) : planBlocks(ctx);
  const tree = applyTemplate(assets.template, vars, blocks);
  fillToc(tree.children);
  return { tree, title: titleOf(tree, templateNameOf(kind)), author: data.organisationName, draft };
}

/**
 * The saved Kolada responses a document credits; a saved file that cannot be read is an error at
 * its place (MissingDataError), never a silent "Källa: Kolada" for example values.
 */
export function usableSaved(saved: DocumentAssets['saved']): SavedRecord {
  if (saved.ok) return saved.record;
  const f = saved.fault;
  throw new MissingDataError({ code: 'kolada-saved', path: f.path, line: f.line, column: f.column, problem: f.problem });
}

/** A document's title: the text of its first level-1 heading, else the fallback (the template's name). */
export function titleOf(tree: Root, fallback: string): string {
  const h1 = tree.children.find((n) => n.type === 'heading' && n.depth === 1);
  return h1 && 'children' in h1 ? h1.children.map((c) => ('value' in c ? c.value : '')).join('') : fallback;
}

/**
 * The programme in force in the year (decided, not a draft) whose adoption is recorded (`beslut`)
 * but lacks a member kommunstyrelse's decision: the same condition as program/decisions-missing.
 */
function undecidedProgramme(project: Project, year: number): { program: string; kommuner: string[] } | undefined {
  const program = programForYear(project, year);
  if (!program || isDraft(program) || !Array.isArray(program.data.beslut)) return undefined;
  const missing = missingDecisions(project, program);
  if (missing.length === 0) return undefined;
  return { program: str(program.data, 'kortnamn') ?? str(program.data, 'namn') ?? program.id, kommuner: missing.map((k) => str(k.data, 'namn') ?? k.id) };
}
