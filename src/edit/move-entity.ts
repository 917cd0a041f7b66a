import type { EditOutcome, EditSession } from './commit.js';
import { editErrorOutcome } from './commit.js';
import { checkWithChange } from './check-change.js';
import { renameReferences } from './rename-references.js';
import { writeAllOrNothing } from './write-files.js';
import { yearMsg } from '../messages/edit-year.js';
import { suggest } from '../util/suggest.js';
import type { RenameFileChange, ReferencePlace } from './rename-references.js';
import type { Entity, Project } from '../load/project.js';
import { AFTER_DECISION_FIELD, lockOf } from './decision-lock.js';
import type { Lock } from './decision-lock.js';
import { localDate } from '../check/check-project.js';
import { readDataText, withYaml, yamlOf } from './data-text.js';
import { dataOf, EditError, getIn, insertIntoSequence } from './yaml-edit.js';
import type { EditValue } from './yaml-edit.js';

/** `sup mv <id> <nytt-id>`: the id, the file name that follows it and every reference, checked together and written as one change. */
export function moveEntity(session: EditSession, oldId: string, newId: string, afterDecision?: string): EditOutcome {
  const { msg, before } = session;
  const project = before.project;
  const ymsg = yearMsg(session.lang);
  const plan = renameReferences(project, oldId, newId);
  if (!plan.ok) {
    switch (plan.problem) {
      case 'bad-id':
        return { status: 'refused', message: msg.badId(newId) };
      case 'unknown':
        return { status: 'refused', message: msg.unknownId(oldId, suggest(oldId, project.entities.map((e) => e.id))) };
      case 'ambiguous':
        return { status: 'refused', message: msg.ambiguousId(oldId, [...new Set((project.byId.get(oldId) ?? []).map((e) => e.file.path))]) };
      case 'taken':
        return { status: 'refused', message: msg.idTaken(newId, plan.file ?? '') };
      case 'unreadable':
        return { status: 'refused', message: msg.frontmatter(plan.file ?? '') };
      case 'edit':
        return editErrorOutcome(msg, plan.file, plan.error);
    }
  }
  const locked = lockedPlaces(project, plan.places);
  if (locked.length > 0) {
    const reason = afterDecision?.trim() ?? '';
    if (reason === '') return { status: 'refused', message: ymsg.locked(oldId, locked[0]!.lock.document.id, locked[0]!.lock.decided, ['id']), details: locked.map((l) => `${l.place.file}:${l.place.line}:${l.place.column}`) };
    const recorded = recordRename(plan.changes, locked, { datum: session.today ?? localDate(), fält: `id ${oldId} → ${newId}`, skäl: reason });
    if ('file' in recorded) return editErrorOutcome(msg, recorded.file, recorded.error);
  }
  const check = checkWithChange(before, plan.changes, { lang: session.lang, today: session.today });
  if (check.addedErrors.length > 0) return { status: 'refused', message: msg.refusedErrors(), diagnostics: check.addedErrors, source: check.source };
  const failure = writeAllOrNothing(session.root, plan.changes, session.hooks);
  if (failure) return { status: failure.exists ? 'refused' : 'failed', message: failure.exists ? msg.exists(failure.path) : msg.writeFailed(failure.path, failure.code, failure.reason) };
  const files = new Set(plan.places.map((p) => p.file)).size;
  return {
    status: 'written',
    message: ymsg.moved(oldId, newId, plan.places.length - plan.places.filter((p) => p.own).length, files, plan.movedTo),
    details: plan.places.filter((p) => !p.own).map((p) => `${p.file}:${p.line}:${p.column}`),
    warnings: check.addedWarnings,
    source: check.source,
  };
}

interface LockedPlace {
  place: ReferencePlace;
  entity: Entity;
  lock: Lock;
}

/** The places a rename rewrites that decided content covers: the id of an activity in a decided plan, a reference inside a decided report … */
function lockedPlaces(project: Project, places: readonly ReferencePlace[]): LockedPlace[] {
  return places.flatMap((place) => {
    const entity = project.entities.find((e) => e.file.path === place.file && e.path.every((p, i) => place.path[i] === p));
    const lock = entity ? lockOf(project, entity, place.path.slice(entity.path.length)) : undefined;
    return entity && lock ? [{ place, entity, lock }] : [];
  });
}

/** Adds the `ändrat_efter_beslut` entry to each locked entity in the rename's new file contents (once per entity). */
function recordRename(changes: RenameFileChange[], locked: readonly LockedPlace[], entry: EditValue): { ok: true } | { file: string; error: EditError } {
  const done = new Set<Entity>();
  for (const { entity, place } of locked) {
    if (done.has(entity)) continue;
    done.add(entity);
    // The owner's file may have moved: its new content is the change that is not a removal.
    const change = changes.find((c) => c.content !== null && c.path === place.file) ?? changes.find((c) => c.content !== null && c.expected === undefined);
    if (!change || !change.content) continue;
    const text = readDataText(change.content, change.path);
    if ('problem' in text) continue;
    try {
      const yaml = yamlOf(text);
      const list = [...entity.path, AFTER_DECISION_FIELD];
      const existing = getIn(dataOf(yaml), list);
      change.content = withYaml(text, insertIntoSequence(yaml, list, Array.isArray(existing) ? existing.length : 0, entry));
    } catch (error) {
      if (error instanceof EditError) return { file: change.path, error };
      throw error;
    }
  }
  return { ok: true };
}
