import { entitiesOf, field, lookup, str } from '../load/project.js';
import type { Entity, Project } from '../load/project.js';
import type { DataPath } from '../model/reference.js';

/** The field where changes after a decision are recorded. */
export const AFTER_DECISION_FIELD = 'ändrat_efter_beslut';

/** The decided document that locks a field of an entity, if any. */
export interface Lock {
  /** The verksamhetsplan or årsredovisning whose decision covers the field. */
  document: Entity;
  decided: string;
}

/**
 * Which decision covers a field of an entity: a decided plan or report locks itself; a decided plan
 * locks its activities and delmål (all but an activity's status, which is followed up during the
 * year); a decided årsredovisning also locks the statuses of the plan's activities.
 */
export function lockOf(project: Project, entity: Entity, path: DataPath): Lock | undefined {
  const top = String(path[0] ?? '');
  if (top === AFTER_DECISION_FIELD) return undefined;
  const decided = (doc: Entity | undefined): Lock | undefined => {
    const date = doc ? str(doc.data, 'beslutad') : undefined;
    return doc && date ? { document: doc, decided: date } : undefined;
  };
  if (entity.kind === 'verksamhetsplan' || entity.kind === 'årsredovisning') return decided(entity);
  const planId = field(entity.data, 'verksamhetsplan');
  if (typeof planId !== 'string' || (entity.kind !== 'aktivitet' && entity.kind !== 'mål')) return undefined;
  const plan = lookup(project, planId, 'verksamhetsplan');
  const report = entitiesOf(project, 'årsredovisning').find((a) => a.data.verksamhetsplan === planId);
  if (entity.kind === 'aktivitet' && top === 'status') return decided(report);
  return decided(plan) ?? decided(report);
}
