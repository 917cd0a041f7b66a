import { isDeepStrictEqual } from 'node:util';
import type { FileKind } from '../model/kinds.js';
import type { Entity } from '../load/project.js';
import { suggest } from '../util/suggest.js';
import { changeEntityFile } from './commit.js';
import type { EditOutcome, EditSession } from './commit.js';
import { findEntity } from './find-entity.js';
import { decisionLock } from './decision-lock.js';
import { fieldInfo, fieldNames, parseFieldPath, parseFieldValue, schemaAt, unknownField } from './schema-field.js';
import type { FieldInfo } from './schema-field.js';
import { appendToSequence, dataOf, deleteKey, getIn, insertIntoSequence, removeFromSequence, setValue } from './yaml-edit.js';
import type { EditPath, EditValue } from './yaml-edit.js';
import { yearMsg } from '../messages/edit-year.js';

/** One `fält=värde` of `sup set`. */
export interface Assignment {
  field: string;
  raw: string;
}

/** `--lägg-till` / `--ta-bort` for one list field. */
export interface ListChange {
  field: string;
  add: readonly string[];
  remove: readonly string[];
}

export interface SetRequest {
  assignments: readonly Assignment[];
  list?: ListChange;
  /** `--efter-beslut "<skäl>"`: changes decided content and records why. */
  afterDecision?: string;
}

/** The fields that name an item in a list: a budget post's id, the activity of a result in an annual report, an outcome's year … */
const ITEM_KEYS = ['id', 'aktivitet', 'mål', 'indikator', 'post', 'kommun', 'år'];

/** A field an edit changes: where it is and how the person named it. */
export interface Touched {
  path: EditPath;
  name: string;
}

class Refused extends Error {
  constructor(readonly outcome: EditOutcome) {
    super('refused');
  }
}

/**
 * `sup set`: sets one or several fields of an entity in one atomic edit. Fields are read as the
 * schema expects; missing mappings are created; list items are named by their key
 * (`budget.kansli.belopp`, `utfall.2026.värde`, `aktiviteter.<id>.resultat`) and a missing item is
 * added (in year order for years); a list field takes a comma-separated list, or `--lägg-till` and
 * `--ta-bort`. Every other byte of the file stays.
 */
export function setFields(session: EditSession, id: string, request: SetRequest): EditOutcome {
  const { msg, before } = session;
  const found = findEntity(session, id);
  if ('outcome' in found) return found.outcome;
  const entity = found.entity;
  const kind = before.project.files.find((f) => f.file === entity.file)?.kind;
  if (!kind) return { status: 'refused', message: msg.unknownField(request.assignments[0]?.field ?? '', entity.kind, []) };
  const done: string[] = [];
  const same: string[] = [];
  const touched: Touched[] = [];
  try {
    const outcome = changeEntityFile(
      session,
      entity,
      (yaml) => {
        let text = yaml;
        for (const a of request.assignments) text = assign(session, entity, kind, text, a, done, touched, same);
        if (request.list) text = changeList(session, entity, kind, text, request.list, done, touched);
        const lock = decisionLock(session, entity, touched, request.afterDecision);
        if (lock.refusal) throw new Refused({ status: 'refused', message: lock.refusal });
        if (lock.record && text !== yaml) {
          const list = getIn(dataOf(text), lock.record.list);
          text = insertIntoSequence(text, lock.record.list, Array.isArray(list) ? list.length : 0, lock.record.entry);
        }
        return text;
      },
      () => done.join(' '),
    );
    if (outcome.status === 'unchanged' && done.length === 0) return { status: 'unchanged', message: same.join(' ') || yearMsg(session.lang).nothingToSet(id) };
    return outcome;
  } catch (error) {
    if (error instanceof Refused) return error.outcome;
    throw error;
  }
}

/** The path of `field` in the current text, creating list items that are named but missing. */
function resolvePath(session: EditSession, entity: Entity, kind: FileKind, text: string, field: string): { text: string; path: EditPath } {
  const { msg } = session;
  const parts = parseFieldPath(field);
  if (parts.length === 0 || parts.some((p) => p === '')) throw new Refused({ status: 'refused', message: msg.unknownField(field, entity.kind, []) });
  let current = text;
  const out: (string | number)[] = [];
  for (let i = 0; i < parts.length; i++) {
    const segment = parts[i]!;
    const node = getIn(getIn(dataOf(current), entity.path), out);
    const listPath = [...entity.path, ...out];
    // A list the file does not have yet (utfall of a new indicator): made as a block list with the named item.
    const missingKey = node === undefined && i < parts.length - 1 && schemaAt(kind, listPath)?.type === 'array' ? itemKey(kind, listPath) : undefined;
    if (missingKey !== undefined) {
      const wanted = missingKey === 'år' ? Number(segment) : String(segment);
      const isYear = missingKey === 'år' && Number.isInteger(wanted) && (wanted as number) >= 1990 && (wanted as number) <= 2100;
      if (isYear || (missingKey !== 'år' && session.before.project.byId.has(String(segment)))) {
        current = setValue(current, listPath, [{ [missingKey]: wanted }]);
        out.push(0);
        continue;
      }
    }
    const keyField = Array.isArray(node) ? itemKey(kind, listPath) : undefined;
    if (!Array.isArray(node) || keyField === undefined || (typeof segment === 'number' && keyField !== 'år')) {
      out.push(segment);
      continue;
    }
    const items = node as unknown[];
    const wanted = keyField === 'år' ? Number(segment) : String(segment);
    const keyOf = (item: unknown) => (typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[keyField] : undefined);
    const index = items.findIndex((item) => keyOf(item) === wanted);
    if (index !== -1) {
      out.push(index);
      continue;
    }
    if (keyField === 'år' && !(Number.isInteger(wanted) && (wanted as number) >= 1990 && (wanted as number) <= 2100)) {
      // Not a year: an index, as before.
      out.push(segment);
      continue;
    }
    // A new item only for a year or for an id the project knows; otherwise most likely a typo.
    if (i === parts.length - 1 || (keyField !== 'år' && !session.before.project.byId.has(String(segment)))) {
      const names = items.map(keyOf).filter((n) => n !== undefined).map(String);
      throw new Refused({ status: 'refused', message: msg.unknownItem(field, String(segment), names, suggest(String(segment), names)) });
    }
    // A new item, with its key first: years in order, other keys at the end.
    const at = keyField === 'år' ? items.filter((item) => Number(keyOf(item)) < (wanted as number)).length : items.length;
    current = insertIntoSequence(current, listPath, at, { [keyField]: wanted });
    out.push(at);
  }
  return { text: current, path: out };
}

/** The field that names the items of the list at `listPath`, from the schema. */
function itemKey(kind: FileKind, listPath: EditPath): string | undefined {
  const items = schemaAt(kind, [...listPath, 0]);
  const properties = Object.keys((items?.properties as object | undefined) ?? {});
  const required = (items?.required as string[] | undefined) ?? [];
  return ITEM_KEYS.find((k) => properties.includes(k) && (required.includes(k) || k === 'år'));
}

function assign(session: EditSession, entity: Entity, kind: FileKind, yaml: string, a: Assignment, done: string[], touched: Touched[], same: string[]): string {
  const { msg } = session;
  const { field, raw } = a;
  const top = parseFieldPath(field)[0];
  if (top === 'id' || top === 'typ') throw new Refused({ status: 'refused', message: msg.fixedField(String(top)) });
  const { text, path } = resolvePath(session, entity, kind, yaml, field);
  const full = [...entity.path, ...path];
  const info = fieldInfo(kind, full);
  if (!info) {
    const { known, suggestion } = unknownField(kind, entity.path, path, suggest);
    throw new Refused({ status: 'refused', message: msg.unknownField(field, entity.kind, known, suggestion) });
  }
  if (info.type === 'object') throw new Refused({ status: 'refused', message: msg.mapField(field, fieldNames(kind, full)) });
  const current = getIn(getIn(dataOf(text), entity.path), path);
  if (info.type === 'array') {
    if (entity.kind === 'aktivitet' && field === 'mål') throw new Refused({ status: 'refused', message: msg.listField(field, true) });
    const items = raw.split(',').map((s) => s.trim()).filter((s) => s !== '');
    const values = [...new Map(items.map((item) => readValue(session, field, item, info.items)).map((v) => [JSON.stringify(v), v])).values()];
    const before = Array.isArray(current) ? current : [];
    if (isDeepStrictEqual(before, values)) {
      same.push(msg.setSame(entity.id, field, values.join(', ')));
      return text;
    }
    touched.push({ path, name: field });
    done.push(msg.setDone(entity.id, field, before.length > 0 ? before.join(', ') : undefined, values.join(', '), entity.file.path));
    return replaceList(text, full, before, values);
  }
  const value = readValue(session, field, raw, info);
  if (isDeepStrictEqual(current, value)) {
    same.push(msg.setSame(entity.id, field, value));
    return text;
  }
  touched.push({ path, name: field });
  const shown = current === undefined || current === null || typeof current === 'object' ? undefined : current;
  done.push(msg.setDone(entity.id, field, shown, value, entity.file.path));
  return setValue(text, full, value);
}

/** A value typed on the command line, read as the schema expects; enum words must be exact, with a suggestion. */
function readValue(session: EditSession, field: string, raw: string, info: FieldInfo | undefined): string | number | boolean {
  const { msg } = session;
  const parsed = parseFieldValue(raw, info);
  if (!parsed.ok) throw new Refused({ status: 'refused', message: msg.badNumber(field, raw, parsed.expected) });
  if (info?.enum && !info.enum.includes(String(parsed.value))) {
    throw new Refused({ status: 'refused', message: msg.badEnum(field, String(parsed.value), info.enum, suggest(String(parsed.value), info.enum)) });
  }
  return parsed.value;
}

/**
 * Makes the list at `path` hold `values`: removes what goes, appends what comes, and rebuilds it only
 * when the order changes. A block list is never emptied on the way (that would leave `key:` with no
 * value), so the first old item goes last.
 */
function replaceList(text: string, path: EditPath, before: readonly unknown[], wanted: readonly (string | number | boolean)[]): string {
  // Membership by a key, not by pairwise comparison: a list of thousands pasted in stays linear.
  const key = (v: unknown) => JSON.stringify(v);
  const values = [...new Map(wanted.map((v) => [key(v), v])).values()];
  const inValues = new Set(values.map(key));
  const inBefore = new Set(before.map(key));
  const kept = before.filter((item) => inValues.has(key(item)));
  const keepOrder = isDeepStrictEqual(kept.map(key), values.filter((v) => inBefore.has(key(v))).map(key));
  const present = new Set((keepOrder ? kept : []).map(key));
  const goes = before.map((item) => !keepOrder || !inValues.has(key(item)));
  if (values.length === 0) {
    return before.length === 0 && getIn(dataOf(text), path) === undefined ? setValue(text, path, []) : emptyList(text, path, before.length);
  }
  const added = values.filter((v) => !present.has(key(v)));
  // Each item edit re-reads the YAML: past a handful, the list is written once as a whole.
  if (added.length + goes.filter(Boolean).length > MAX_ITEM_EDITS) return setValue(text, path, values.map((v) => (typeof v === 'boolean' ? String(v) : v)));
  const sentinel = goes.every(Boolean) && before.length > 0;
  let current = text;
  for (let i = before.length - 1; i >= (sentinel ? 1 : 0); i--) if (goes[i]) current = removeFromSequence(current, path, i);
  for (const v of added) current = appendToSequence(current, path, typeof v === 'boolean' ? String(v) : v);
  return sentinel ? removeFromSequence(current, path, 0) : current;
}

/** How many items a list edit adds or removes one by one (keeping every other byte); more are written as one new list. */
const MAX_ITEM_EDITS = 32;

/** Empties a list: `key: []` in place of its items. */
function emptyList(text: string, path: EditPath, length: number): string {
  let current = text;
  for (let i = length - 1; i >= 1; i--) current = removeFromSequence(current, path, i);
  // The last item is replaced by an empty flow list, which YAML reads as [].
  return length > 0 ? setValue(deleteKeyKeepingPlace(current, path), path, []) : current;
}

/** Removes a key so that setValue adds it again (at the end of its mapping). */
function deleteKeyKeepingPlace(text: string, path: EditPath): string {
  return deleteKey(text, path);
}

/** `--lägg-till` and `--ta-bort` on one list field. */
function changeList(session: EditSession, entity: Entity, kind: FileKind, yaml: string, change: ListChange, done: string[], touched: Touched[]): string {
  const { msg } = session;
  const { text, path } = resolvePath(session, entity, kind, yaml, change.field);
  const full = [...entity.path, ...path];
  const info = fieldInfo(kind, full);
  if (!info) {
    const { known, suggestion } = unknownField(kind, entity.path, path, suggest);
    throw new Refused({ status: 'refused', message: msg.unknownField(change.field, entity.kind, known, suggestion) });
  }
  if (info.type !== 'array') throw new Refused({ status: 'refused', message: yearMsg(session.lang).notAList(change.field) });
  const current = getIn(getIn(dataOf(text), entity.path), path);
  const before = Array.isArray(current) ? current : [];
  const split = (values: readonly string[]) => values.flatMap((v) => v.split(',')).map((s) => s.trim()).filter((s) => s !== '');
  const add = split(change.add).map((item) => readValue(session, change.field, item, info.items));
  const remove = split(change.remove).map((item) => readValue(session, change.field, item, info.items));
  const key = (v: unknown) => JSON.stringify(v);
  const inBefore = new Set(before.map(key));
  const removed = new Set(remove.map(key));
  for (const r of remove) {
    if (!inBefore.has(key(r))) {
      const names = before.map(String);
      throw new Refused({ status: 'refused', message: yearMsg(session.lang).notInList(change.field, String(r), names, suggest(String(r), names)) });
    }
  }
  const values = [...before.filter((b) => !removed.has(key(b))), ...add.filter((a) => !inBefore.has(key(a)))];
  if (isDeepStrictEqual(values, before)) return text;
  touched.push({ path, name: change.field });
  done.push(msg.setDone(entity.id, change.field, before.length > 0 ? before.join(', ') : undefined, values.join(', '), entity.file.path));
  return replaceList(text, full, before, values as (string | number | boolean)[]);
}

export type { EditValue };
