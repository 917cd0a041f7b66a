import { isDeepStrictEqual } from 'node:util';
import { locate } from '../load/source-file.js';
import type { DataPath } from '../load/source-file.js';
import type { Lang } from '../messages/catalogue.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { field } from '../load/project.js';
import type { Entity, Project } from '../load/project.js';
import { AFTER_DECISION_FIELD, lockOf } from './lock-of.js';
import type { Lock } from './lock-of.js';

/** The id of the finding for decided content changed since the base revision of --changed-since. */
export const DECIDED_CHANGED = 'beslut/ändrat';

const q = (s: string) => `"${s}"`;
const MESSAGES = {
  sv: {
    changed: (id: string, field: string, doc: string, date: string, recorded: boolean) =>
      `${field} för ${q(id)} är ändrat sedan basversionen, men är beslutat (${doc} beslutades ${date}).` +
      (recorded ? ' Skälet står under ändrat_efter_beslut.' : ' Inget skäl står under ändrat_efter_beslut.'),
    added: (id: string, doc: string, date: string) => `${q(id)} är ny sedan basversionen i en plan som är beslutad (${doc} beslutades ${date}).`,
    removed: (id: string, doc: string, date: string) => `${q(id)} är borttagen sedan basversionen, men omfattades av beslutet (${doc} beslutades ${date}).`,
    hint: 'Granska ändringen: beslutat innehåll ändras bara med sup … --efter-beslut "<skäl>", som skriver in skälet.',
  },
  en: {
    changed: (id: string, field: string, doc: string, date: string, recorded: boolean) =>
      `${field} of ${q(id)} has changed since the base revision, but is decided (${doc} was decided on ${date}).` +
      (recorded ? ' The reason is under ändrat_efter_beslut.' : ' No reason is given under ändrat_efter_beslut.'),
    added: (id: string, doc: string, date: string) => `${q(id)} is new since the base revision in a plan that is decided (${doc} was decided on ${date}).`,
    removed: (id: string, doc: string, date: string) => `${q(id)} has been removed since the base revision, but was covered by the decision (${doc} was decided on ${date}).`,
    hint: 'Review the change: decided content is changed only with sup … --efter-beslut "<reason>", which records the reason.',
  },
};

const keyOf = (e: Entity) => `${e.kind}\u0000${e.id}`;

/**
 * Changes to decided content between the project at the base revision and now, as warnings for
 * reviewers (`beslut/ändrat`): each top-level field of an entity that a decision at the base
 * covered and that differs now (reported at the field, or at the entity when the field is gone),
 * each decided entity that is gone (reported at the decided document), and each new activity or
 * delmål in a plan decided at the base. The lock is the one at the base: a decision added in
 * the change itself locks nothing yet.
 */
export function decidedChanges(base: Project, head: Project, lang: Lang): Diagnostic[] {
  const msg = MESSAGES[lang];
  const out: Diagnostic[] = [];
  const warn = (file: Entity['file'], path: DataPath, message: string, entityId: string) =>
    out.push({ ruleId: DECIDED_CHANGED, severity: 'warning', message, file: file.path, start: locate(file, path).start, entityId, hint: msg.hint });
  const now = new Map(head.entities.map((e) => [keyOf(e), e]));
  const then = new Set(base.entities.map(keyOf));
  for (const old of base.entities) {
    const current = now.get(keyOf(old));
    if (!current) {
      const lock = lockOf(base, old, ['id']);
      const doc = lock ? head.entities.find((e) => keyOf(e) === keyOf(lock.document)) : undefined;
      if (lock && doc) warn(doc.file, doc.path, msg.removed(old.id, lock.document.id, lock.decided), old.id);
      continue;
    }
    const recorded = Array.isArray(field(current.data, AFTER_DECISION_FIELD)) && !isDeepStrictEqual(field(current.data, AFTER_DECISION_FIELD), field(old.data, AFTER_DECISION_FIELD));
    const fields = [...new Set([...Object.keys(old.data), ...Object.keys(current.data)])].filter((k) => k !== AFTER_DECISION_FIELD);
    const locked: { field: string; lock: Lock }[] = [];
    // Every top-level field either side holds, whatever its kind's schema says: plain data here.
    const before = old.data as Readonly<Record<string, unknown>>;
    const after = current.data as Readonly<Record<string, unknown>>;
    for (const field of fields) {
      if (isDeepStrictEqual(before[field], after[field])) continue;
      const lock = lockOf(base, old, [field]);
      if (lock) locked.push({ field, lock });
    }
    for (const { field, lock } of locked) {
      const path = field in current.data ? [...current.path, field] : current.path;
      warn(current.file, path, msg.changed(current.id, field, lock.document.id, lock.decided, recorded), current.id);
    }
  }
  for (const added of head.entities) {
    if (then.has(keyOf(added)) || (added.kind !== 'aktivitet' && added.kind !== 'mål')) continue;
    const plan = base.entities.find((e): e is Entity<'verksamhetsplan'> => e.kind === 'verksamhetsplan' && e.id === added.data.verksamhetsplan);
    const decided = plan?.data.beslutad;
    if (plan && typeof decided === 'string') warn(added.file, added.path, msg.added(added.id, plan.id, decided), added.id);
  }
  return out;
}
