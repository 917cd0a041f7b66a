import type { EditOutcome, EditSession } from './commit.js';
import { editErrorOutcome } from './commit.js';
import { checkWithChange } from './check-change.js';
import { renameReferences } from './rename-references.js';
import { writeAllOrNothing } from './write-files.js';
import { yearMsg } from './year-messages.js';
import { suggest } from '../util/suggest.js';

/** `sup mv <id> <nytt-id>`: the id, the file name that follows it and every reference, checked together and written as one change. */
export function moveEntity(session: EditSession, oldId: string, newId: string): EditOutcome {
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
