import type { Aktivitet } from './generated/aktivitet.js';
import type { Arsredovisning } from './generated/arsredovisning.js';
import type { Indikator } from './generated/indikator.js';
import type { Mal } from './generated/mal.js';
import type { Verksamhetsplan } from './generated/verksamhetsplan.js';

/**
 * The words of a union generated from a schema's `enum` as a list for run time, in the order
 * given: fails to compile when a word is not in the union or one of the union's words is missing,
 * so the list and the schema cannot drift apart.
 */
function wordsOf<U extends string>() {
  return <const T extends readonly U[]>(words: T & ([U] extends [T[number]] ? unknown : { missing: Exclude<U, T[number]> })): T => words;
}

/** The value of `typ:` in a data file, one per schema. */
export type FileKind =
  | 'program'
  | 'kommuner'
  | 'organisation'
  | 'mål'
  | 'nätverk'
  | 'indikator'
  | 'verksamhetsplan'
  | 'aktivitet'
  | 'årsredovisning';

/** The kinds of entity that ids name; a file of kind kommuner or organisation holds several. */
export type EntityKind = Exclude<FileKind, 'kommuner' | 'organisation'> | 'kommun' | 'organ';

/** Which schema file validates each kind of file. */
export const SCHEMA_FILES: Record<FileKind, string> = {
  program: 'program.schema.json',
  kommuner: 'kommuner.schema.json',
  organisation: 'organisation.schema.json',
  mål: 'mal.schema.json',
  nätverk: 'natverk.schema.json',
  indikator: 'indikator.schema.json',
  verksamhetsplan: 'verksamhetsplan.schema.json',
  aktivitet: 'aktivitet.schema.json',
  årsredovisning: 'arsredovisning.schema.json',
};

export const FILE_KINDS = Object.keys(SCHEMA_FILES) as FileKind[];

export const ENTITY_KINDS: readonly EntityKind[] = [
  'program',
  'kommun',
  'organ',
  'mål',
  'nätverk',
  'indikator',
  'verksamhetsplan',
  'aktivitet',
  'årsredovisning',
];

/** True for a string that names a kind of file. */
export function isFileKind(value: unknown): value is FileKind {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(SCHEMA_FILES, value);
}

/** Goal levels from the top of the goal structure (Figur 2) down. */
export const GOAL_LEVELS = wordsOf<Mal['nivå']>()(['vision', 'övergripande', 'långsiktigt', 'delmål']);
export type GoalLevel = Mal['nivå'];

export const ACTIVITY_STATUSES = wordsOf<Aktivitet['status']>()([
  'ej påbörjad',
  'pågår',
  'genomförd',
  'delvis genomförd',
  'senarelagd',
  'avbruten',
]);
export type ActivityStatus = Aktivitet['status'];

export type Assessment = NonNullable<Arsredovisning['indikatorbedömningar']>[number]['bedömning'];
export const ASSESSMENTS = wordsOf<Assessment>()(['uppfyllt', 'delvis uppfyllt', 'ej uppfyllt', 'kan ej bedömas']);

export type Direction = NonNullable<NonNullable<Arsredovisning['måluppfyllelse']>[number]['utveckling']>;
export const DIRECTIONS = wordsOf<Direction>()(['positiv', 'oförändrad', 'negativ', 'ej bedömd']);

/** The kinds of meeting of samarbetskommittén that an årsredovisning reports. */
export const MEETING_KINDS = wordsOf<NonNullable<Arsredovisning['sammanträden']>[number]['slag']>()(['sammanträde', 'planeringskonferens']);

/** The kinds of joint statement the cooperation sends. */
export const STATEMENT_KINDS = wordsOf<NonNullable<Arsredovisning['skrivelser']>[number]['slag']>()(['inspel', 'remissvar', 'skrivelse']);

/** The bases of the cost-sharing key between the kommuner. */
export const COST_KEYS = wordsOf<NonNullable<Verksamhetsplan['kostnadsfördelning']>['grund']>()(['fasta andelar', 'folkmängd']);

/** How an indicator's value for Södertörn is computed from the kommuner's values. */
export type Aggregation = NonNullable<Indikator['sammanvägning']>;
export const AGGREGATIONS = wordsOf<Aggregation>()(['medelvärde', 'befolkningsviktat', 'summa']);
