import { arr, entitiesOf } from '../load/project.js';
import { suggest } from '../util/suggest.js';
import { findEntity } from './find-entity.js';
import { changeEntityFile } from './commit.js';
import { setFields } from './set-fields.js';
import type { EditOutcome, EditSession } from './commit.js';
import { appendToSequence, removeFromSequence } from './yaml-edit.js';

/** `sup link`: adds a goal to an activity's `mål`. */
export function linkGoal(session: EditSession, activityId: string, goalId: string): EditOutcome {
  const { msg } = session;
  const activity = findEntity(session, activityId, 'aktivitet');
  if ('outcome' in activity) return activity.outcome;
  const goal = findGoal(session, goalId);
  if (goal) return goal;
  const goals = arr(activity.entity.data, 'mål');
  if (goals.includes(goalId)) return { status: 'unchanged', message: msg.linkAlready(activityId, goalId) };
  const path = [...activity.entity.path, 'mål'];
  return changeEntityFile(session, activity.entity, (yaml) => appendToSequence(yaml, path, goalId), msg.linkDone(activityId, goalId, activity.entity.file.path));
}

/** `sup unlink`: removes a goal from an activity's `mål`, never the last one. */
export function unlinkGoal(session: EditSession, activityId: string, goalId: string): EditOutcome {
  const { msg, before } = session;
  const activity = findEntity(session, activityId, 'aktivitet');
  if ('outcome' in activity) return activity.outcome;
  const items = arr(activity.entity.data, 'mål');
  const goals = items.filter((g): g is string => typeof g === 'string');
  // The position in the list as it stands in the file, other entries (a number, say) included.
  const index = items.indexOf(goalId);
  if (index === -1) {
    const known = before.project.byId.get(goalId)?.some((e) => e.kind === 'mål');
    if (known) return { status: 'unchanged', message: msg.unlinkNotLinked(activityId, goalId) };
    // A typo most likely means one of the activity's own goals.
    const suggestion = suggest(goalId, goals) ?? suggest(goalId, entitiesOf(before.project, 'mål').map((e) => e.id));
    return { status: 'refused', message: msg.unlinkUnknown(activityId, goalId, goals, suggestion) };
  }
  if (goals.length === 1) return { status: 'refused', message: msg.unlinkLast(activityId, goalId) };
  const path = [...activity.entity.path, 'mål'];
  return changeEntityFile(session, activity.entity, (yaml) => removeFromSequence(yaml, path, index), msg.unlinkDone(activityId, goalId, activity.entity.file.path));
}

/** `sup set`: sets one value of an entity, read as its schema expects (a number for a number field, text otherwise). */
export function setField(session: EditSession, id: string, field: string, raw: string): EditOutcome {
  return setFields(session, id, { assignments: [{ field, raw }] });
}

/** The refusal for a goal id that is unknown or names something else, or undefined for a goal. */
function findGoal(session: EditSession, goalId: string): EditOutcome | undefined {
  const { msg, before } = session;
  const all = before.project.byId.get(goalId) ?? [];
  if (all.some((e) => e.kind === 'mål')) return undefined;
  if (all.length > 0) return { status: 'refused', message: msg.notAGoal(goalId, all[0]!.kind) };
  const suggestion = suggest(goalId, entitiesOf(before.project, 'mål').map((e) => e.id));
  return { status: 'refused', message: msg.unknownOfKind('mål', goalId, suggestion) };
}
