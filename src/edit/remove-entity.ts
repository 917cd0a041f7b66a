import type { EditOutcome, EditSession } from './commit.js';
import { checkWithChange } from './check-change.js';
import { findEntity } from './find-entity.js';
import { referencesTo } from './rename-references.js';
import { writeAllOrNothing } from './write-files.js';
import { yearMsg } from '../messages/edit-year.js';
import { AFTER_DECISION_FIELD, lockOf } from './decision-lock.js';
import type { FileChange } from './check-change.js';
import type { Entity } from '../load/project.js';
import { readDataText, withYaml, yamlOf } from './data-text.js';
import { dataOf, EditError, getIn, insertIntoSequence } from './yaml-edit.js';
import { editErrorOutcome } from './commit.js';
import { localDate } from '../check/check-project.js';

/**
 * `sup rm <id>`: removes the file of an entity that nothing refers to any more, checked with the
 * whole project first. An entity that is still referred to is kept, and every place is listed
 * (as `sup refs` does); a decided entity needs `--efter-beslut`, like every edit of decided content.
 */
export function removeEntity(session: EditSession, id: string, afterDecision?: string): EditOutcome {
  const found = findEntity(session, id);
  if ('outcome' in found) return found.outcome;
  const entity = found.entity;
  const project = session.before.project;
  const ymsg = yearMsg(session.lang);
  const places = referencesTo(project, id).filter((p) => !p.own);
  if (places.length > 0) {
    return { status: 'refused', message: ymsg.rmReferenced(id, places.length), details: places.map((p) => `${p.file}:${p.line}:${p.column}  ${p.path.join('.')}`) };
  }
  if (entity.path.length > 0) return { status: 'refused', message: ymsg.rmNotAFile(id, entity.file.path) };
  const lock = lockOf(project, entity, ['id']);
  if (lock && (afterDecision === undefined || afterDecision.trim() === '')) {
    return { status: 'refused', message: ymsg.rmLocked(id, lock.document.id, lock.decided) };
  }
  const read = project.source.read(entity.file.path, 'data');
  if (!read.ok) return { status: 'failed', message: session.msg.readFailed(entity.file.path, read.problem, read.problem) };
  const changes: (FileChange & { expected?: Buffer })[] = [{ path: entity.file.path, content: null, expected: read.bytes }];
  // The removed file cannot hold the reason: the decided document that covered it records it.
  if (lock && lock.document.file.path !== entity.file.path) {
    const record = recordInDocument(session, lock.document, `${entity.kind} ${id} borttagen`, afterDecision!.trim());
    if ('outcome' in record) return record.outcome;
    changes.push(record.change);
  }
  const check = checkWithChange(session.before, changes, { lang: session.lang, today: session.today });
  if (check.addedErrors.length > 0) return { status: 'refused', message: session.msg.refusedErrors(), diagnostics: check.addedErrors, source: check.source };
  const failure = writeAllOrNothing(session.root, changes, session.hooks);
  if (failure) return { status: 'failed', message: session.msg.writeFailed(failure.path, failure.code, failure.reason) };
  return { status: 'written', message: ymsg.rmDone(id, entity.file.path), warnings: check.addedWarnings, source: check.source };
}

/** The decided document's bytes with one more `ändrat_efter_beslut` entry (date, what, reason), every other byte kept. */
function recordInDocument(session: EditSession, document: Entity, what: string, reason: string): { change: FileChange & { expected: Buffer } } | { outcome: EditOutcome } {
  const file = document.file.path;
  const read = session.before.project.source.read(file, 'data');
  if (!read.ok) return { outcome: { status: 'failed', message: session.msg.readFailed(file, read.problem, read.problem) } };
  const text = readDataText(read.bytes, file);
  if ('problem' in text) return { outcome: { status: 'refused', message: session.msg.frontmatter(file) } };
  const list = [...document.path, AFTER_DECISION_FIELD];
  try {
    const yaml = yamlOf(text);
    const existing = getIn(dataOf(yaml), list);
    const entry = { datum: session.today ?? localDate(), fält: what, skäl: reason };
    const changed = insertIntoSequence(yaml, list, Array.isArray(existing) ? existing.length : 0, entry);
    return { change: { path: file, content: withYaml(text, changed), expected: read.bytes } };
  } catch (error) {
    if (error instanceof EditError) return { outcome: editErrorOutcome(session.msg, file, error) };
    throw error;
  }
}
