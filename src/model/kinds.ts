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
export const GOAL_LEVELS = ['vision', 'övergripande', 'långsiktigt', 'delmål'] as const;
export type GoalLevel = (typeof GOAL_LEVELS)[number];

export const ACTIVITY_STATUSES = [
  'ej påbörjad',
  'pågår',
  'genomförd',
  'delvis genomförd',
  'senarelagd',
  'avbruten',
] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const ASSESSMENTS = ['uppfyllt', 'delvis uppfyllt', 'ej uppfyllt', 'kan ej bedömas'] as const;
export type Assessment = (typeof ASSESSMENTS)[number];

export const DIRECTIONS = ['positiv', 'oförändrad', 'negativ', 'ej bedömd'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** The kinds of meeting of samarbetskommittén that an årsredovisning reports. */
export const MEETING_KINDS = ['sammanträde', 'planeringskonferens'] as const;

/** The kinds of joint statement the cooperation sends. */
export const STATEMENT_KINDS = ['inspel', 'remissvar', 'skrivelse'] as const;

/** The bases of the cost-sharing key between the kommuner. */
export const COST_KEYS = ['fasta andelar', 'folkmängd'] as const;

/** How an indicator's value for Södertörn is computed from the kommuner's values. */
export const AGGREGATIONS = ['medelvärde', 'befolkningsviktat', 'summa'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];
