import { locate } from '../load/source-file.js';
import type { EntityKind } from '../model/kinds.js';
import { activitiesOfGoal, arr, entitiesOf, field, goalsOfNetwork, indicatorsOfGoal, lookup, str } from '../load/project.js';
import type { Entity, Project } from '../load/project.js';
import { referencesTo } from './rename-references.js';

/** One entity named in a relation: its id, kind and title (or name), and where it is. */
export interface RelatedEntity {
  id: string;
  kind: EntityKind;
  title?: string;
  file: string;
  line: number;
}

/** A place that refers to an entity, with the entity whose file holds it. */
export interface ReferringPlace {
  file: string;
  line: number;
  column: number;
  field: string;
  /** The entity that holds the reference (none in a file without entities). */
  from?: string;
}

/** An entity with its derived relations, as `sup show` prints it (and as JSON). */
export interface EntityDescription {
  id: string;
  kind: EntityKind;
  title?: string;
  file: string;
  line: number;
  /** The year it belongs to: its own `år`, or that of its verksamhetsplan. */
  year?: number;
  status?: string;
  /** Who owns it: a goal's `ägare`, an activity's `ansvarig`. */
  owner?: RelatedEntity;
  /** The goals it serves or measures, or a goal's parent and the goals a network owns. */
  goals: RelatedEntity[];
  /** The activities that serve it (a goal), that a network leads, or that a plan holds. */
  activities: RelatedEntity[];
  /** The indicators that measure it (a goal). */
  indicators: RelatedEntity[];
  /** Every place that refers to it. */
  referencedBy: ReferringPlace[];
  data: Record<string, unknown>;
}

/** The title of an entity: `titel`, else `namn`. */
export function titleOf(entity: Entity): string | undefined {
  return str(entity.data, 'titel') ?? str(entity.data, 'namn');
}

/** The year an entity belongs to: its own `år` (a plan), or the `år` of the plan it names. */
export function yearOf(project: Project, entity: Entity): number | undefined {
  const own = field(entity.data, 'år');
  if (entity.kind === 'verksamhetsplan') return typeof own === 'number' ? own : undefined;
  const plan = lookup(project, field(entity.data, 'verksamhetsplan'), 'verksamhetsplan');
  const year = plan?.data.år;
  return typeof year === 'number' ? year : undefined;
}

/** An entity as a relation: id, kind, title and where it is. */
export function related(entity: Entity): RelatedEntity {
  return { id: entity.id, kind: entity.kind, title: titleOf(entity), file: entity.file.path, line: locate(entity.file, entity.path).start.line };
}

const unique = (list: readonly Entity[]) => [...new Set(list)].map(related);
const targets = (project: Project, ids: unknown[], kind?: EntityKind) =>
  ids.flatMap((id) => {
    const e = lookup(project, id, kind);
    return e ? [e] : [];
  });

/** An entity with its owner, goals, activities, indicators and every place that refers to it; derived, nothing stored. */
export function describeEntity(project: Project, entity: Entity): EntityDescription {
  const d = entity.data;
  const goalsOf = (): Entity[] => {
    if (entity.kind === 'aktivitet' || entity.kind === 'indikator') return targets(project, arr(d, 'mål'), 'mål');
    if (entity.kind === 'mål') return targets(project, [entity.data.förälder], 'mål');
    if (entity.kind === 'nätverk') return [...goalsOfNetwork(project, entity.id)];
    if (entity.kind === 'verksamhetsplan') return entitiesOf(project, 'mål').filter((g) => g.data.verksamhetsplan === entity.id);
    return [];
  };
  const activitiesOf = (): Entity[] => {
    if (entity.kind === 'mål') return [...activitiesOfGoal(project, entity.id)];
    if (entity.kind === 'nätverk' || entity.kind === 'organ') return entitiesOf(project, 'aktivitet').filter((a) => a.data.ansvarig === entity.id);
    if (entity.kind === 'verksamhetsplan') return entitiesOf(project, 'aktivitet').filter((a) => a.data.verksamhetsplan === entity.id);
    if (entity.kind === 'aktivitet') return targets(project, [entity.data.fortsätter], 'aktivitet');
    return [];
  };
  const ownerId = entity.kind === 'mål' ? entity.data.ägare : entity.kind === 'aktivitet' ? entity.data.ansvarig : undefined;
  const owner = lookup(project, ownerId);
  const entityAt = (file: string, line: number) =>
    project.entities
      .filter((e) => e.file.path === file)
      .map((e) => ({ e, at: locate(e.file, e.path) }))
      .find(({ at }) => at.start.line <= line && line <= (at.end?.line ?? at.start.line))?.e.id;
  return {
    id: entity.id,
    kind: entity.kind,
    title: titleOf(entity),
    file: entity.file.path,
    line: locate(entity.file, entity.path).start.line,
    year: yearOf(project, entity),
    status: str(d, 'status'),
    owner: owner ? related(owner) : undefined,
    goals: unique(goalsOf()),
    activities: unique(activitiesOf()),
    indicators: entity.kind === 'mål' ? unique(indicatorsOfGoal(project, entity.id)) : [],
    referencedBy: referencesTo(project, entity.id)
      .filter((p) => !p.own)
      .map((p) => ({ file: p.file, line: p.line, column: p.column, field: p.path.join('.'), from: entityAt(p.file, p.line) })),
    data: d,
  };
}

/** What `sup ls` selects: a kind (delmål and arbetsgrupp included) and optional year, status and owner. */
export interface ListFilter {
  kind: ListKind;
  year?: number;
  status?: string;
  owner?: string;
}

/** The kinds `sup ls` lists, by their Swedish names. */
export const LIST_KINDS = ['aktivitet', 'mål', 'delmål', 'nätverk', 'arbetsgrupp', 'indikator', 'verksamhetsplan', 'årsredovisning', 'program', 'kommun', 'organ'] as const;
export type ListKind = (typeof LIST_KINDS)[number];

/** The entities of a kind that pass the filter, in file order. */
export function listEntities(project: Project, filter: ListFilter): Entity[] {
  const kind: EntityKind = filter.kind === 'delmål' ? 'mål' : filter.kind === 'arbetsgrupp' ? 'nätverk' : filter.kind;
  return entitiesOf(project, kind).filter((e) => {
    if (filter.kind === 'delmål' && field(e.data, 'nivå') !== 'delmål') return false;
    if (filter.kind === 'arbetsgrupp' && field(e.data, 'form') !== 'arbetsgrupp') return false;
    if (filter.year !== undefined && yearOf(project, e) !== filter.year) return false;
    if (filter.status !== undefined && field(e.data, 'status') !== filter.status) return false;
    if (filter.owner !== undefined && (e.kind === 'mål' ? e.data.ägare : field(e.data, 'ansvarig')) !== filter.owner) return false;
    return true;
  });
}
