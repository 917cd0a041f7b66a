import type { DataPath, SourceFile } from './source-file.js';
import type { Reference } from '../model/reference.js';
import type { FileSource } from '../source/file-source.js';
import type { EntityKind, FileKind } from '../model/kinds.js';
import type { DataOf, ItemData, NestedData, SchemaOf } from '../model/entity-data.js';
import type { SupYaml } from '../model/generated/sup.js';

/**
 * Something with an id: a goal, a network, a municipality, an activity … Its `data` has the field
 * names of its kind's schema but is partial (`Loose`): the file may have failed the schema. Without
 * a kind it is the union of every kind's entity, so `e.kind === 'mål'` narrows `e.data`.
 */
export type Entity<K extends EntityKind = EntityKind> = K extends unknown ? EntityOfKind<K> : never;

/** An entity of one kind (see `Entity`). */
export interface EntityOfKind<K extends EntityKind> {
  kind: K;
  id: string;
  file: SourceFile;
  /** Where the entity's mapping is in its file ([] for a file that is one entity). */
  path: DataPath;
  data: DataOf<K>;
}

/** The field names any of the data types in `D` has (a union's members each count). */
export type KeyOf<D> = D extends unknown ? Exclude<keyof SchemaOf<D>, symbol> & string : never;

/** The field names of a kind's data, as its schema spells them. */
export type FieldOf<K extends EntityKind> = KeyOf<DataOf<K>>;

/** A data file after loading and schema validation. */
export interface CheckedFile {
  file: SourceFile;
  kind?: FileKind;
  valid: boolean;
  references: Reference[];
}

/**
 * The settings in sup.yaml: the generated `SupYaml` without `version`, with the defaults of
 * `data`, `undanta` and `regler` filled in (`loadConfig`).
 */
export type ProjectConfig = Omit<SupYaml, 'version' | 'data' | 'undanta' | 'regler'> & {
  data: string[];
  undanta: string[];
  regler: Record<string, NonNullable<NonNullable<SupYaml['regler']>[string]>>;
};

/** Everything loaded from one project root, with the inverse relations derived once. */
export interface Project {
  root: string;
  /** Where the project's files were read from: templates and texts are read through it too. */
  source: FileSource;
  config: ProjectConfig;
  files: CheckedFile[];
  entities: Entity[];
  /** Entities by id; more than one only when an id is duplicated. */
  byId: Map<string, Entity[]>;
}

const byKind = new WeakMap<Project, Map<EntityKind, Entity[]>>();

/** The entities of one kind, in file order (indexed once per project: rules ask for them in loops). */
export function entitiesOf<K extends EntityKind>(project: Project, kind: K): readonly Entity<K>[] {
  let index = byKind.get(project);
  if (!index) {
    index = new Map();
    for (const e of project.entities) {
      const list = index.get(e.kind);
      if (list) list.push(e);
      else index.set(e.kind, [e]);
    }
    byKind.set(project, index);
  }
  // The index is filled by `e.kind`, so the list under `kind` holds only Entity<K>.
  return (index.get(kind) ?? []) as Entity<K>[];
}

const inverse = new WeakMap<Project, Map<string, Map<string, Entity[]>>>();

/** The entities of `kind` whose field `key` holds (or, for a list, contains) `id`: an index built once per project and relation. */
function referring<K extends EntityKind>(project: Project, kind: K, key: KeyOf<DataOf<K>>, id: string): readonly Entity<K>[] {
  let relations = inverse.get(project);
  if (!relations) inverse.set(project, (relations = new Map()));
  const name = `${kind}\u0000${key}`;
  let index = relations.get(name);
  if (!index) {
    index = new Map();
    for (const e of entitiesOf(project, kind)) {
      const v: unknown = (e.data as Record<string, unknown>)[key];
      for (const target of new Set(Array.isArray(v) ? v : [v])) {
        if (typeof target !== 'string') continue;
        const list = index.get(target);
        if (list) list.push(e);
        else index.set(target, [e]);
      }
    }
    relations.set(name, index);
  }
  return (index.get(id) ?? []) as Entity<K>[];
}

/** The single entity of a kind with this id, if there is exactly one of that kind. */
export function lookup<K extends EntityKind = EntityKind>(project: Project, id: unknown, kind?: K): Entity<K> | undefined {
  if (typeof id !== 'string') return undefined;
  const found = project.byId.get(id);
  if (!found) return undefined;
  return (kind ? found.find((e) => e.kind === kind) : found[0]) as Entity<K> | undefined;
}

// The helpers below are the runtime check of partial data: the key is typed (a field of the data's
// schema, so a misspelt one fails to compile), the value is checked here because the file may have
// failed its schema.

/** The value under `key`, unchecked: for a field that several kinds share, or to check by hand. */
export function field<D extends object>(data: D, key: KeyOf<D>): unknown {
  return (data as Record<string, unknown>)[key];
}

/** A string field of an entity's data, or undefined. */
export function str<D extends object>(data: D, key: KeyOf<D>): string | undefined {
  const v = field(data, key);
  return typeof v === 'string' ? v : undefined;
}

/** A number field of an entity's data, or undefined. */
export function num<D extends object>(data: D, key: KeyOf<D>): number | undefined {
  const v = field(data, key);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** An array field of an entity's data ([] when missing or not an array). */
export function arr<D extends object>(data: D, key: KeyOf<D>): unknown[] {
  const v = field(data, key);
  return Array.isArray(v) ? v : [];
}

/** An object field of an entity's data (with its schema's field names), or undefined. */
export function obj<D extends object, K extends KeyOf<D>>(data: D, key: K): NestedData<D, K> | undefined {
  const v = field(data, key);
  return (typeof v === 'object' && v !== null && !Array.isArray(v) ? v : undefined) as never;
}

/** The entries of an array field as partial data of the schema's item type (`{}` for an entry that is no mapping; [] when missing). */
export function records<D extends object, K extends KeyOf<D>>(data: D, key: K): ItemData<D, K>[] {
  return arr(data, key).map((v) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {})) as ItemData<D, K>[];
}

/** Collects the entities in a checked file: one for most kinds, one per item in kommuner and organisation. */
export function entitiesIn(checked: CheckedFile): Entity[] {
  const { file, kind } = checked;
  const data = file.data;
  if (!kind || typeof data !== 'object' || data === null || Array.isArray(data)) return [];
  const record = data as Record<string, unknown>;
  // Built without the kind's type: which kind a file holds is known only at run time (`typ:`).
  const listed = (listKey: 'kommuner' | 'organ', entityKind: EntityKind): Entity[] =>
    arr(record, listKey).flatMap((item, i) => {
      if (typeof item !== 'object' || item === null) return [];
      const id = (item as Record<string, unknown>).id;
      return typeof id === 'string'
        ? [{ kind: entityKind, id, file, path: [listKey, i], data: item } as Entity]
        : [];
    });
  if (kind === 'kommuner') return listed('kommuner', 'kommun');
  if (kind === 'organisation') return listed('organ', 'organ');
  const id = record.id;
  return typeof id === 'string' ? [{ kind, id, file, path: [], data: record } as Entity] : [];
}

/** Builds the project model from checked files. */
export function buildProject(root: string, config: ProjectConfig, files: CheckedFile[], source: FileSource): Project {
  const entities = files.flatMap(entitiesIn);
  const byId = new Map<string, Entity[]>();
  for (const e of entities) {
    const list = byId.get(e.id);
    if (list) list.push(e);
    else byId.set(e.id, [e]);
  }
  return { root, source, config, files, entities, byId };
}

/** The activities that serve a goal (derived from each activity's `mål`). */
export function activitiesOfGoal(project: Project, goalId: string): readonly Entity[] {
  return referring(project, 'aktivitet', 'mål', goalId);
}

/** The goals a network owns (derived from each goal's `ägare`). */
export function goalsOfNetwork(project: Project, networkId: string): readonly Entity[] {
  return referring(project, 'mål', 'ägare', networkId);
}

/** The indicators that measure a goal (derived from each indicator's `mål`). */
export function indicatorsOfGoal(project: Project, goalId: string): readonly Entity[] {
  return referring(project, 'indikator', 'mål', goalId);
}

/** The text of a project file by its path, read only when asked for (code frames of findings). */
export function sourceText(project: Project): (path: string) => string | undefined {
  const byPath = new Map(project.files.map((f) => [f.file.path, f.file]));
  return (path) => byPath.get(path)?.text;
}
