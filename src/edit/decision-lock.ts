import { lookup, str } from '../load/project.js';
import type { Entity, Project } from '../load/project.js';
import { AFTER_DECISION_FIELD, lockOf } from '../check/lock-of.js';
import { localDate as todayIso } from '../check/check-project.js';
import type { EditSession } from './commit.js';
import type { EditPath, EditValue } from './yaml-edit.js';
import { yearMsg } from '../messages/edit-year.js';
import type { Lang } from '../messages/catalogue.js';

// Which decision locks a field is a question about the project, so check/ answers it for both.
export { AFTER_DECISION_FIELD, lockOf } from '../check/lock-of.js';
export type { Lock } from '../check/lock-of.js';

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
