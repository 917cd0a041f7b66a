import { inProgramme, periodOf, programForYear, programmesInOrder } from '../load/programmes.js';
import { posix } from 'node:path';
import type { EntityKind, FileKind } from '../model/kinds.js';
import { ACTIVITY_STATUSES } from '../model/kinds.js';
import { entitiesOf, lookup, num } from '../load/project.js';
import type { Entity, Project } from '../load/project.js';
import type { EditPath, EditValue } from './yaml-edit.js';

/** The kinds of file `sup new` makes, by their Swedish names. */
export const NEW_KINDS = ['aktivitet', 'mål', 'delmål', 'nätverk', 'arbetsgrupp', 'indikator', 'verksamhetsplan', 'årsredovisning'] as const;
export type NewKindName = (typeof NEW_KINDS)[number];

/** What has been given for a new file, by input name: text, or a list for list inputs. */
export type Given = Record<string, string | string[]>;

/** One thing `sup new` needs to know, from an option, from the project, or asked for on a terminal. */
export interface NewInput {
  /** The name shown to the person (and the key in `Given`). */
  name: string;
  /** The options that give it (commander attribute names); the first is the one shown. */
  options: readonly string[];
  /** How the option is written in messages. */
  flag: string;
  /** Where the value goes in the new file; none for inputs that only shape other values. */
  path?: EditPath;
  type: 'text' | 'id' | 'ids' | 'date' | 'year' | 'enum' | 'number';
  /** Asked on a terminal although it is optional: an empty answer leaves it out. */
  ask?: boolean;
  refKinds?: readonly EntityKind[];
  choices?: readonly string[];
  required: boolean | ((given: Given) => boolean);
  /** A value that follows from the project when none is given (never a guess). */
  fallback?: (project: Project, given: Given) => string | undefined;
  /** An answer offered when asking on a terminal. */
  proposal?: (project: Project, given: Given) => string | undefined;
  /** Own description, when the schema has none for `path`. */
  description?: 'roll' | 'planForFolder';
}

/** Where and how one kind of new file is made. */
export interface NewKind {
  name: NewKindName;
  fileKind: FileKind;
  /** The template file in templates/ny/. */
  template: string;
  inputs: readonly NewInput[];
  /** The id: from the title, or computed from the inputs. */
  id: 'title' | ((project: Project, given: Given) => string | undefined);
  /** The new file's path relative to the project root. */
  location: (place: Place) => string;
  /** Values that follow from the inputs and the project, in the order they are filled in. */
  derive?: (project: Project, given: Given) => [EditPath, EditValue][];
}

export interface Place {
  project: Project;
  given: Given;
  id: string;
  /** The folder the data lives in, from the first pattern under data in sup.yaml (normally data). */
  dataDir: string;
}

const GOAL_LEVELS_IN_PROGRAMME = ['vision', 'övergripande', 'långsiktigt'] as const;

const text = (name: string, path: EditPath, options: readonly string[] = [name]): NewInput => ({
  name,
  options,
  flag: `--${options[0]} <text>`,
  path,
  type: 'text',
  required: true,
});

const plan = (required = true): NewInput => ({
  name: 'verksamhetsplan',
  options: ['verksamhetsplan'],
  flag: '--verksamhetsplan <id>',
  path: ['verksamhetsplan'],
  type: 'id',
  refKinds: ['verksamhetsplan'],
  required,
  proposal: (project) => newestPlan(project)?.id,
});

const goals: NewInput = {
  name: 'mål',
  options: ['mål'],
  flag: '--mål <id> (kan upprepas)',
  path: ['mål'],
  type: 'ids',
  refKinds: ['mål'],
  required: true,
};

const parent: NewInput = { name: 'förälder', options: ['förälder'], flag: '--förälder <id>', path: ['förälder'], type: 'id', refKinds: ['mål'], required: true };
const owner = (required: NewInput['required']): NewInput => ({
  name: 'ägare',
  options: ['ägare'],
  flag: '--ägare <id>',
  path: ['ägare'],
  type: 'id',
  refKinds: ['nätverk'],
  required,
});
const date = (name: string, option: string, path: EditPath, required: boolean, proposal?: NewInput['proposal']): NewInput => ({
  name,
  options: [option],
  flag: `--${option} <ÅÅÅÅ-MM-DD>`,
  path,
  type: 'date',
  required,
  ...(proposal ? { proposal } : {}),
});

/** The plan the given verksamhetsplan names. */
function planOf(project: Project, given: Given): Entity<'verksamhetsplan'> | undefined {
  return lookup(project, given.verksamhetsplan, 'verksamhetsplan');
}

function newestPlan(project: Project): Entity<'verksamhetsplan'> | undefined {
  return [...entitiesOf(project, 'verksamhetsplan')].sort((a, b) => (num(b.data, 'år') ?? 0) - (num(a.data, 'år') ?? 0))[0];
}

/** A plan-bound file of an example plan is an example too. */
function exampleOfPlan(project: Project, given: Given): [EditPath, EditValue][] {
  return planOf(project, given)?.data.exempel === true ? [[['exempel'], true]] : [];
}

/** The folder most of `entities` live in, if any. */
function commonFolder(entities: readonly Entity[]): string | undefined {
  const counts = new Map<string, number>();
  for (const e of entities) counts.set(posix.dirname(e.file.path), (counts.get(posix.dirname(e.file.path)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

function planFolder(place: Place): string {
  const p = planOf(place.project, place.given);
  return p ? posix.dirname(p.file.path) : place.dataDir;
}

/** Every kind `sup new` can make. */
export const NEW_KIND_SPECS: Record<NewKindName, NewKind> = {
  aktivitet: {
    name: 'aktivitet',
    fileKind: 'aktivitet',
    template: 'aktivitet.md',
    id: 'title',
    inputs: [
      text('titel', ['titel']),
      plan(),
      goals,
      { name: 'ansvarig', options: ['ansvarig'], flag: '--ansvarig <id>', path: ['ansvarig'], type: 'id', refKinds: ['nätverk', 'organ'], required: true },
      date('från', 'från', ['period', 'från'], true, (project, given) => yearOf(project, given, '01-01')),
      date('till', 'till', ['period', 'till'], true, (project, given) => yearOf(project, given, '12-31')),
      { name: 'status', options: ['status'], flag: '--status <status>', path: ['status'], type: 'enum', choices: ACTIVITY_STATUSES, required: false },
      { name: 'budgetpost', options: ['budgetpost'], flag: '--budgetpost <id>', path: ['budget', 'post'], type: 'text', required: false, ask: true },
      { name: 'belopp', options: ['belopp'], flag: '--belopp <kronor>', path: ['budget', 'belopp'], type: 'number', required: (given) => given.budgetpost !== undefined },
      { name: 'medverkande', options: ['medverkande'], flag: '--medverkande <id,id>', path: ['medverkande'], type: 'ids', refKinds: ['nätverk', 'organ', 'kommun'], required: false, ask: true },
    ],
    derive: exampleOfPlan,
    // Next to the plan's other activities, else in aktiviteter/ beside the plan.
    location: (place) => {
      const p = planOf(place.project, place.given);
      const siblings = entitiesOf(place.project, 'aktivitet').filter((a) => p && a.data.verksamhetsplan === p.id);
      return posix.join(commonFolder(siblings) ?? posix.join(planFolder(place), 'aktiviteter'), `${place.id}.md`);
    },
  },
  mål: {
    name: 'mål',
    fileKind: 'mål',
    template: 'mal.md',
    id: 'title',
    inputs: [
      text('titel', ['titel']),
      { name: 'nivå', options: ['nivå'], flag: '--nivå <nivå>', path: ['nivå'], type: 'enum', choices: GOAL_LEVELS_IN_PROGRAMME, required: true },
      { ...parent, required: (given) => given.nivå !== 'vision' },
      owner((given) => given.nivå === 'övergripande' || given.nivå === 'långsiktigt'),
    ],
    location: (place) => posix.join(place.dataDir, 'mal', `${place.id}.md`),
  },
  delmål: {
    name: 'delmål',
    fileKind: 'mål',
    template: 'delmal.md',
    id: 'title',
    inputs: [text('titel', ['titel']), plan(), parent, owner(false)],
    derive: exampleOfPlan,
    location: (place) => {
      const p = planOf(place.project, place.given);
      const siblings = entitiesOf(place.project, 'mål').filter((g) => p && g.data.nivå === 'delmål' && g.data.verksamhetsplan === p.id);
      return posix.join(commonFolder(siblings) ?? posix.join(planFolder(place), 'delmal'), `${place.id}.md`);
    },
  },
  nätverk: {
    name: 'nätverk',
    fileKind: 'nätverk',
    template: 'natverk.md',
    id: 'title',
    inputs: [text('namn', ['namn'], ['namn', 'titel']), { name: 'roll', options: ['roll'], flag: '--roll <text>', type: 'text', required: true, description: 'roll' }],
    // A standing network has one member from every municipality.
    derive: (project, given) => [
      [['medlemmar'], entitiesOf(project, 'kommun').map((k) => ({ kommun: k.id, roll: String(given.roll) }))],
    ],
    location: (place) => posix.join(place.dataDir, 'natverk', `${place.id}.md`),
  },
  arbetsgrupp: {
    name: 'arbetsgrupp',
    fileKind: 'nätverk',
    template: 'arbetsgrupp.md',
    id: 'title',
    inputs: [text('namn', ['namn'], ['namn', 'titel']), date('slutdatum', 'till', ['slutdatum'], true), date('inrättad', 'från', ['inrättad'], false)],
    location: (place) => posix.join(place.dataDir, 'natverk', `${place.id}.md`),
  },
  indikator: {
    name: 'indikator',
    fileKind: 'indikator',
    template: 'indikator.yaml',
    id: 'title',
    inputs: [
      text('namn', ['namn'], ['namn', 'titel']),
      goals,
      text('enhet', ['enhet']),
      { name: 'riktning', options: ['riktning'], flag: '--riktning <riktning>', path: ['riktning'], type: 'enum', choices: ['ökar', 'minskar'], required: true },
      { name: 'källa', options: ['källa'], flag: '--källa <typ>', path: ['källa', 'typ'], type: 'enum', choices: ['kolada', 'egen', 'annan'], required: true },
      { name: 'kpi', options: ['kpi'], flag: '--kpi <id>', path: ['källa', 'kpi'], type: 'text', required: (given) => given.källa === 'kolada' },
      { name: 'källnamn', options: ['källnamn'], flag: '--källnamn <text>', path: ['källa', 'namn'], type: 'text', required: (given) => given.källa === 'annan' },
      { name: 'källbeskrivning', options: ['källbeskrivning'], flag: '--källbeskrivning <text>', path: ['källa', 'beskrivning'], type: 'text', required: false, ask: true },
      { ...plan(false), path: undefined, description: 'planForFolder', proposal: undefined },
    ],
    location: (place) =>
      posix.join(place.given.verksamhetsplan ? posix.join(planFolder(place), 'indikatorer') : posix.join(place.dataDir, 'indikatorer'), `${place.id}.yaml`),
  },
  verksamhetsplan: {
    name: 'verksamhetsplan',
    fileKind: 'verksamhetsplan',
    template: 'verksamhetsplan.md',
    id: (_project, given) => (typeof given.år === 'string' ? `vp-${given.år}` : undefined),
    inputs: [
      { name: 'år', options: ['år'], flag: '--år <år>', path: ['år'], type: 'year', required: true },
      {
        name: 'program',
        options: ['program'],
        flag: '--program <id>',
        path: ['program'],
        type: 'id',
        refKinds: ['program'],
        required: true,
        fallback: (project, given) => {
          const programmes = entitiesOf(project, 'program');
          if (programmes.length === 1) return programmes[0]!.id;
          // With several programmes, the one valid in the plan's year (a decided one before a draft).
          const year = typeof given.år === 'string' && /^\d{4}$/.test(given.år) ? Number(given.år) : undefined;
          if (year === undefined) return undefined;
          // A year after every period (a plan ahead of the next programme) goes with the latest one, as with a single programme.
          return (programForYear(project, year) ?? programmesInOrder(project).filter((p) => (periodOf(p)?.from ?? Infinity) <= year).at(-1))?.id;
        },
      },
      // --från <plan>: next year's plan with what carries over from this one (src/edit/next-year.ts).
      { name: 'från', options: ['från'], flag: '--från <verksamhetsplan>', type: 'id', refKinds: ['verksamhetsplan'], required: false },
    ],
    location: (place) => posix.join(place.dataDir, String(place.given.år), 'verksamhetsplan.md'),
  },
  årsredovisning: {
    name: 'årsredovisning',
    fileKind: 'årsredovisning',
    template: 'arsredovisning.md',
    id: (project, given) => {
      const p = planOf(project, given);
      if (!p) return undefined;
      const year = num(p.data, 'år');
      return year === undefined ? `ar-${p.id}` : `ar-${year}`;
    },
    inputs: [plan()],
    derive: (project, given) => [...followUpInputs(project, given), ...exampleOfPlan(project, given)],
    location: (place) => posix.join(planFolder(place), 'arsredovisning.md'),
  },
};

/**
 * The follow-up of a plan, pre-filled for a person to complete: one entry per activity (empty
 * resultat), one assessment per programme goal and delmål of the plan (empty bedömning and
 * motivering), one outcome per budget line (empty utfall). "" is what sup check warns about and
 * what sup report refuses until it is filled in.
 */
function followUpInputs(project: Project, given: Given): [EditPath, EditValue][] {
  const p = planOf(project, given);
  if (!p) return [];
  const activities = entitiesOf(project, 'aktivitet').filter((a) => a.data.verksamhetsplan === p.id);
  const goals = entitiesOf(project, 'mål').filter(
    (g) =>
      ((g.data.nivå === 'övergripande' || g.data.nivå === 'långsiktigt') && inProgramme(project, g, typeof p.data.program === 'string' ? p.data.program : undefined)) ||
      (g.data.nivå === 'delmål' && g.data.verksamhetsplan === p.id),
  );
  const posts = (Array.isArray(p.data.budget) ? (p.data.budget as unknown[]) : [])
    .map((b) => (typeof b === 'object' && b !== null ? (b as Record<string, unknown>).id : undefined))
    .filter((id): id is string => typeof id === 'string');
  return [
    [['aktiviteter'], activities.map((a) => ({ aktivitet: a.id, resultat: '' }))],
    [['måluppfyllelse'], goals.map((g) => ({ mål: g.id, bedömning: '', motivering: '' }))],
    [['budgetutfall'], posts.map((post) => ({ post, utfall: '' }))],
  ];
}

function yearOf(project: Project, given: Given, monthDay: string): string | undefined {
  const p = planOf(project, given);
  const year = p ? num(p.data, 'år') : undefined;
  return year === undefined ? undefined : `${year}-${monthDay}`;
}

/** The folder of the data, from the first pattern under data in sup.yaml: `data/**\/*.md` gives `data`. */
export function dataFolder(patterns: readonly string[]): string {
  const first = patterns[0] ?? 'data';
  const fixed: string[] = [];
  for (const part of first.split('/')) {
    if (/[*?[\]{}!]/.test(part)) break;
    fixed.push(part);
  }
  // A pattern that names a file (data/kommuner.yaml) leaves its folder.
  if (fixed.length > 0 && fixed.length === first.split('/').length) fixed.pop();
  return fixed.join('/') || 'data';
}

