import type { DataPath, SourceFile } from './source-file.js';
import type { Reference } from '../model/reference.js';
import type { FileSource } from '../source/file-source.js';
import type { EntityKind, FileKind } from '../model/kinds.js';

/** Something with an id: a goal, a network, a municipality, an activity … */
export interface Entity {
  kind: EntityKind;
  id: string;
  file: SourceFile;
  /** Where the entity's mapping is in its file ([] for a file that is one entity). */
  path: DataPath;
  data: Record<string, unknown>;
}

/** A data file after loading and schema validation. */
export interface CheckedFile {
  file: SourceFile;
  kind?: FileKind;
  valid: boolean;
  references: Reference[];
}

/** The settings in sup.yaml. */
export interface ProjectConfig {
  namn?: string;
  data: string[];
  undanta: string[];
  språk?: 'sv' | 'en';
  regler: Record<string, 'error' | 'warning' | 'info' | 'off'>;
  /** CODEOWNERS settings: `reserv` owns every file no network owns. */
  granskare?: { reserv?: string[] };
}

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
export function entitiesOf(project: Project, kind: EntityKind): readonly Entity[] {
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
  return index.get(kind) ?? [];
}

const inverse = new WeakMap<Project, Map<string, Map<string, Entity[]>>>();

/** The entities of `kind` whose field `key` holds (or, for a list, contains) `id`: an index built once per project and relation. */
function referring(project: Project, kind: EntityKind, key: string, id: string): readonly Entity[] {
  let relations = inverse.get(project);
  if (!relations) inverse.set(project, (relations = new Map()));
  const name = `${kind}\u0000${key}`;
  let index = relations.get(name);
  if (!index) {
    index = new Map();
    for (const e of entitiesOf(project, kind)) {
      const v = e.data[key];
      for (const target of new Set(Array.isArray(v) ? v : [v])) {
        if (typeof target !== 'string') continue;
        const list = index.get(target);
        if (list) list.push(e);
        else index.set(target, [e]);
      }
    }
    relations.set(name, index);
  }
  return index.get(id) ?? [];
}

/** The single entity of a kind with this id, if there is exactly one of that kind. */
export function lookup(project: Project, id: unknown, kind?: EntityKind): Entity | undefined {
  if (typeof id !== 'string') return undefined;
  const found = project.byId.get(id);
  if (!found) return undefined;
  return kind ? found.find((e) => e.kind === kind) : found[0];
}

/** A string field of an entity's data, or undefined. */
export function str(data: Record<string, unknown>, key: string): string | undefined {
  const v = data[key];
  return typeof v === 'string' ? v : undefined;
}

/** A number field of an entity's data, or undefined. */
export function num(data: Record<string, unknown>, key: string): number | undefined {
  const v = data[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** An array field of an entity's data ([] when missing or not an array). */
export function arr(data: Record<string, unknown>, key: string): unknown[] {
  const v = data[key];
  return Array.isArray(v) ? v : [];
}

/** An object field of an entity's data, or undefined. */
export function obj(data: Record<string, unknown>, key: string): Record<string, unknown> | undefined {
  const v = data[key];
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** Collects the entities in a checked file: one for most kinds, one per item in kommuner and organisation. */
export function entitiesIn(checked: CheckedFile): Entity[] {
  const { file, kind } = checked;
  const data = file.data;
  if (!kind || typeof data !== 'object' || data === null || Array.isArray(data)) return [];
  const record = data as Record<string, unknown>;
  const listed = (listKey: string, entityKind: EntityKind): Entity[] =>
    arr(record, listKey).flatMap((item, i) => {
      if (typeof item !== 'object' || item === null) return [];
      const id = (item as Record<string, unknown>).id;
      return typeof id === 'string'
        ? [{ kind: entityKind, id, file, path: [listKey, i], data: item as Record<string, unknown> }]
        : [];
    });
  if (kind === 'kommuner') return listed('kommuner', 'kommun');
  if (kind === 'organisation') return listed('organ', 'organ');
  const id = record.id;
  return typeof id === 'string' ? [{ kind, id, file, path: [], data: record }] : [];
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
