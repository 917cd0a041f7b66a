import { entitiesOf, lookup, str } from '../model/project.js';
import type { Entity, Project } from '../model/project.js';
import { localDate as todayIso } from '../check/check-project.js';
import type { EditSession } from './commit.js';
import type { EditPath, EditValue } from './yaml-edit.js';
import { yearMsg } from '../messages/edit-year.js';
import type { Lang } from '../messages/catalogue.js';

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
export function lockOf(project: Project, entity: Entity, path: EditPath): Lock | undefined {
  const top = String(path[0] ?? '');
  if (top === AFTER_DECISION_FIELD) return undefined;
  const decided = (doc: Entity | undefined): Lock | undefined => {
    const date = doc ? str(doc.data, 'beslutad') : undefined;
    return doc && date ? { document: doc, decided: date } : undefined;
  };
  if (entity.kind === 'verksamhetsplan' || entity.kind === 'årsredovisning') return decided(entity);
  const planId = entity.data.verksamhetsplan;
  if (typeof planId !== 'string' || (entity.kind !== 'aktivitet' && entity.kind !== 'mål')) return undefined;
  const plan = lookup(project, planId, 'verksamhetsplan');
  const report = entitiesOf(project, 'årsredovisning').find((a) => a.data.verksamhetsplan === planId);
  if (entity.kind === 'aktivitet' && top === 'status') return decided(report);
  return decided(plan) ?? decided(report);
}

/**
 * The answer to an edit of decided content: a refusal without `--efter-beslut`, or with it the
 * record of the change to write into the file (date, fields, reason).
 */
export function decisionLock(
  session: EditSession,
  entity: Entity,
  fields: readonly { path: EditPath; name: string }[],
  reason: string | undefined,
): { refusal?: string; record?: { list: EditPath; entry: EditValue } } {
  const project = session.before.project;
  const locked = fields.map((f) => ({ name: f.name, lock: lockOf(project, entity, f.path) })).filter((l) => l.lock !== undefined);
  if (locked.length === 0) return {};
  const names = [...new Set(locked.map((l) => l.name))];
  const lock = locked[0]!.lock!;
  const msg = yearMsg(session.lang);
  if (reason === undefined || reason.trim() === '') return { refusal: msg.locked(entity.id, lock.document.id, lock.decided, names) };
  const entry = { datum: session.today ?? todayIso(), fält: names.join(', '), skäl: reason.trim() };
  return { record: { list: [...entity.path, AFTER_DECISION_FIELD], entry } };
}

/**
 * A new activity or delmål in a decided plan: refused without `--efter-beslut`; with it, the
 * `ändrat_efter_beslut` entry the new file starts with.
 */
export function newInDecidedPlan(
  project: Project,
  planId: unknown,
  kindName: 'aktivitet' | 'delmål',
  reason: string | undefined,
  options: { lang: Lang; today?: string },
): { refusal?: string; entry?: EditValue } {
  const plan = lookup(project, planId, 'verksamhetsplan');
  const decided = plan ? str(plan.data, 'beslutad') : undefined;
  if (!plan || !decided) return {};
  if (reason === undefined || reason.trim() === '') return { refusal: yearMsg(options.lang).lockedNew(kindName, plan.id, decided) };
  return { entry: { datum: options.today ?? todayIso(), fält: kindName === 'aktivitet' ? 'ny aktivitet' : 'nytt delmål', skäl: reason.trim() } };
}
