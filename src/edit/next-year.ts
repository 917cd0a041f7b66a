import { join, posix } from 'node:path';
import { ENDED_STATUSES } from '../check/rules/plan-carry-over.js';
import { arr, entitiesOf, lookup, num, obj, str } from '../load/project.js';
import type { Entity, Project } from '../load/project.js';
import { checkWithChange } from './check-change.js';
import type { FileChange } from './check-change.js';
import type { EditOutcome, EditSession } from './commit.js';
import { fillNewTemplate } from './create-entity.js';
import type { ExtraField } from './create-entity.js';
import { nextFreeId } from './make-id.js';
import { dataFolder, NEW_KIND_SPECS } from './new-kinds.js';
import type { EditPath, EditValue } from './yaml-edit.js';
import { writeAllOrNothing } from './write-files.js';
import { yearMsg } from '../messages/edit-year.js';

export interface NextYearRequest {
  year: number;
  /** The previous plan's id (`--från vp-2025`). */
  from: string;
  program: string;
  /** `--delmål`: carry over the delmål that were not assessed as uppfyllt. */
  subGoals: boolean;
  fields: readonly ExtraField[];
}

/** What an unfinished activity's status becomes in the new year. */
const NEXT_STATUS: Record<string, string> = { pågår: 'pågår', 'delvis genomförd': 'pågår', senarelagd: 'ej påbörjad', 'ej påbörjad': 'ej påbörjad' };

/** The id of an entity carried into `to`: the year in the id replaced, else the year added. */
export function nextYearId(id: string, from: number | undefined, to: number, taken: (id: string) => boolean): string {
  const base = from !== undefined && id.includes(String(from)) ? replaceLast(id, String(from), String(to)) : `${id}-${to}`;
  return nextFreeId(base, taken);
}

function replaceLast(text: string, what: string, by: string): string {
  const at = text.lastIndexOf(what);
  return text.slice(0, at) + by + text.slice(at + what.length);
}

const bodyOf = (e: Entity) => (e.path.length === 0 ? (e.file.body?.text ?? '').replace(/^\r?\n/, '') : '');

/**
 * `sup new verksamhetsplan --år N --från <plan>`: the new plan with the previous plan's budget lines
 * (amounts kept as a proposal), a new activity for each activity of the previous plan that is not
 * genomförd or avbruten (`fortsätter: <old id>`), and with `subGoals` the delmål not assessed as
 * uppfyllt. All files are checked together and written as one change.
 */
export function createNextYear(session: EditSession, request: NextYearRequest): EditOutcome {
  const { msg, before, root } = session;
  const project = before.project;
  const ymsg = yearMsg(session.lang);
  const previous = lookup(project, request.from, 'verksamhetsplan');
  if (!previous) return { status: 'refused', message: msg.unknownOfKind('verksamhetsplan', request.from) };
  const fromYear = num(previous.data, 'år');
  const year = request.year;
  const planId = `vp-${year}`;
  const taken = project.byId.get(planId);
  if (taken) return { status: 'refused', message: msg.idTaken(planId, taken[0]!.file.path) };
  const dataDir = dataFolder(project.config.data);
  const planRel = posix.join(dataDir, String(year), 'verksamhetsplan.md');
  const planDir = posix.dirname(planRel);
  const example = previous.data.exempel === true;
  const used = new Set<string>();
  const isTaken = (id: string) => project.byId.has(id) || used.has(id);
  const changes: FileChange[] = [];
  const details: string[] = [];

  const make = (kindName: 'verksamhetsplan' | 'delmål' | 'aktivitet', rel: string, values: [EditPath, EditValue][], body?: string): EditOutcome | undefined => {
    const filled = fillNewTemplate(session, NEW_KIND_SPECS[kindName], join(root, rel), values, body);
    if ('outcome' in filled) return filled.outcome;
    changes.push({ path: rel, content: filled.content });
    return undefined;
  };

  // The plan: the budget lines as they were, for the kansli to revise.
  const budget = arr(previous.data, 'budget')
    .filter((b): b is Record<string, unknown> => typeof b === 'object' && b !== null)
    .map((b) => Object.fromEntries(['id', 'rubrik', 'belopp', 'kommentar'].filter((k) => b[k] !== undefined).map((k) => [k, b[k] as EditValue])));
  const planValues: [EditPath, EditValue][] = [[['id'], planId], [['år'], year], [['program'], request.program]];
  if (budget.length > 0) planValues.push([['budget'], budget]);
  if (example) planValues.push([['exempel'], true]);
  for (const f of request.fields) planValues.push([f.path, f.value]);
  const planFailure = make('verksamhetsplan', planRel, planValues);
  if (planFailure) return planFailure;
  used.add(planId);

  // Delmål not assessed as uppfyllt, with --delmål.
  const annual = entitiesOf(project, 'årsredovisning').find((a) => a.data.verksamhetsplan === previous.id);
  const assessment = new Map(arr(annual?.data ?? {}, 'måluppfyllelse').map((m) => [(m as Record<string, unknown>)?.mål, (m as Record<string, unknown>)?.bedömning]));
  const oldSubGoals = entitiesOf(project, 'mål').filter((g) => g.data.nivå === 'delmål' && g.data.verksamhetsplan === previous.id);
  const newGoalOf = new Map<string, string>();
  if (request.subGoals) {
    for (const goal of oldSubGoals) {
      if (assessment.get(goal.id) === 'uppfyllt') continue;
      const id = nextYearId(goal.id, fromYear, year, isTaken);
      used.add(id);
      newGoalOf.set(goal.id, id);
      const values: [EditPath, EditValue][] = [[['id'], id]];
      for (const key of ['titel', 'område', 'förälder', 'ägare'] as const) {
        const v = str(goal.data, key);
        if (v !== undefined) values.push([[key], v]);
      }
      values.push([['verksamhetsplan'], planId], [['fortsätter'], goal.id]);
      if (example) values.push([['exempel'], true]);
      const rel = posix.join(planDir, 'delmal', `${id}.md`);
      const failure = make('delmål', rel, values, bodyOf(goal));
      if (failure) return failure;
      details.push(ymsg.carriedGoal(rel, id, goal.id));
    }
  }

  // Activities that were not finished.
  const oldGoalIds = new Set(oldSubGoals.map((g) => g.id));
  for (const activity of entitiesOf(project, 'aktivitet')) {
    if (activity.data.verksamhetsplan !== previous.id) continue;
    const status = String(activity.data.status ?? 'ej påbörjad');
    if (ENDED_STATUSES.includes(status)) continue;
    const id = nextYearId(activity.id, fromYear, year, isTaken);
    used.add(id);
    const goals = [...new Set(arr(activity.data, 'mål').filter((g): g is string => typeof g === 'string').flatMap((g) => carriedGoal(project, g, oldGoalIds, newGoalOf)))];
    const values: [EditPath, EditValue][] = [
      [['id'], id],
      [['titel'], str(activity.data, 'titel') ?? id],
      [['verksamhetsplan'], planId],
      [['mål'], goals],
    ];
    const responsible = str(activity.data, 'ansvarig');
    if (responsible) values.push([['ansvarig'], responsible]);
    const contributors = arr(activity.data, 'medverkande').filter((m): m is string => typeof m === 'string');
    if (contributors.length > 0) values.push([['medverkande'], contributors]);
    values.push([['period', 'från'], `${year}-01-01`], [['period', 'till'], `${year}-12-31`]);
    const money = obj(activity.data, 'budget');
    if (money && typeof money.post === 'string' && typeof money.belopp === 'number') values.push([['budget', 'post'], money.post], [['budget', 'belopp'], money.belopp]);
    values.push([['status'], NEXT_STATUS[status] ?? 'ej påbörjad'], [['fortsätter'], activity.id]);
    if (example) values.push([['exempel'], true]);
    const rel = posix.join(planDir, 'aktiviteter', `${id}.md`);
    const failure = make('aktivitet', rel, values, bodyOf(activity));
    if (failure) return failure;
    details.push(ymsg.carriedActivity(rel, id, activity.id, status));
  }

  const check = checkWithChange(before, changes, { lang: session.lang, today: session.today });
  if (check.addedErrors.length > 0) return { status: 'refused', message: msg.refusedNew(planRel), diagnostics: check.addedErrors, source: check.source };
  const failure = writeAllOrNothing(root, changes, session.hooks);
  if (failure) {
    if (failure.exists) return { status: 'refused', message: msg.exists(failure.path) };
    return { status: 'failed', message: msg.createFailed(failure.path, failure.code, failure.reason) };
  }
  const activities = details.length - newGoalOf.size;
  return {
    status: 'written',
    message: ymsg.nextYearDone(planRel, planId, previous.id, budget.length, activities, newGoalOf.size),
    details,
    warnings: check.addedWarnings,
    source: check.source,
  };
}

/** The goal an activity serves next year: a programme goal stays, a delmål of the old plan becomes its continuation or else its parent. */
function carriedGoal(project: Project, goal: string, oldSubGoals: Set<string>, newGoalOf: Map<string, string>): string[] {
  if (!oldSubGoals.has(goal)) return lookup(project, goal, 'mål') ? [goal] : [];
  const continued = newGoalOf.get(goal);
  if (continued) return [continued];
  const parent = lookup(project, goal, 'mål')?.data.förälder;
  return typeof parent === 'string' ? [parent] : [];
}
