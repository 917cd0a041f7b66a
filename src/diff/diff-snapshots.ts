import type { EntityKind } from '../model/kinds.js';
import { BODY_FIELD, compareData, normaliseBody, tidyBody } from './compare-values.js';
import type { FieldChange } from './compare-values.js';
import { EntityIndex, responsibleFor } from './responsible.js';
import type { Snapshot, SnapshotEntity } from './snapshot.js';
import { field } from '../load/project.js';

export type ChangeType = 'added' | 'removed' | 'changed';

/** One entity that differs between the two sides. */
export interface EntityChange {
  kind: EntityKind;
  id: string;
  change: ChangeType;
  /** The entity's file on the newer side (the older side for a removed entity). */
  file: string;
  /** The responsible network's id, or null for what is common to all. */
  network: string | null;
  /** For a change that moves the entity to another network: the one responsible before, whose members review it too. */
  previousNetwork?: string | null;
  /** Changed fields; empty for added and removed entities. */
  fields: FieldChange[];
  /** The entity's title or name on the newer side (older for a removed one), for people to read. */
  title?: string;
}

/** The outcome of comparing two snapshots. */
export interface ProjectDiff {
  changes: EntityChange[];
  /** Network id -> its name, from the newer side where it exists there. */
  networkNames: Map<string, string>;
  unreadable: { base: string[]; head: string[] };
}

/** The order kinds are listed in, within a network's group and in JSON. */
export const KIND_ORDER: readonly EntityKind[] = [
  'program',
  'kommun',
  'organ',
  'nätverk',
  'mål',
  'indikator',
  'verksamhetsplan',
  'aktivitet',
  'årsredovisning',
];

/**
 * Compares two versions of a project entity by entity: added, removed and changed entities with the
 * fields that changed. Formatting, quoting, key order and whitespace in bodies are no change.
 * Changes are sorted by kind, then id.
 */
export function diffSnapshots(base: Snapshot, head: Snapshot): ProjectDiff {
  const baseIndex = new EntityIndex(base.entities);
  const headIndex = new EntityIndex(head.entities);
  const changes: EntityChange[] = [];
  const seen = new Set<string>();

  for (const after of head.entities) {
    const key = `${after.kind}\u0000${after.id}`;
    if (seen.has(key)) continue; // a duplicated id: the first one stands for it, as everywhere in sup
    seen.add(key);
    const before = baseIndex.get(after.kind, after.id);
    const network = responsibleFor(after, headIndex).network ?? null;
    if (!before) {
      changes.push(withTitle({ kind: after.kind, id: after.id, change: 'added', file: after.file, network, fields: [] }, after));
      continue;
    }
    const fields = compareEntity(before, after);
    if (fields.length === 0) continue;
    const change: EntityChange = { kind: after.kind, id: after.id, change: 'changed', file: after.file, network, fields };
    const previous = responsibleFor(before, baseIndex).network ?? null;
    if (previous !== network) change.previousNetwork = previous;
    changes.push(withTitle(change, after));
  }
  for (const before of base.entities) {
    const key = `${before.kind}\u0000${before.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const network = responsibleFor(before, baseIndex).network ?? null;
    changes.push(withTitle({ kind: before.kind, id: before.id, change: 'removed', file: before.file, network, fields: [] }, before));
  }
  changes.sort((x, y) => KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) || compareText(x.id, y.id));

  const networkNames = new Map<string, string>();
  for (const side of [base, head]) {
    for (const e of side.entities) if (e.kind === 'nätverk' && typeof e.data.namn === 'string') networkNames.set(e.id, e.data.namn);
  }
  return { changes, networkNames, unreadable: { base: [...base.unreadable].sort(compareText), head: [...head.unreadable].sort(compareText) } };
}

/** The changed fields of one entity, its body included. */
function compareEntity(before: SnapshotEntity, after: SnapshotEntity): FieldChange[] {
  const fields = compareData(before.data, after.data);
  if (normaliseBody(before.body) !== normaliseBody(after.body)) {
    fields.push({ field: BODY_FIELD, before: tidyBody(before.body), after: tidyBody(after.body) });
  }
  return fields;
}

function withTitle(change: EntityChange, entity: SnapshotEntity): EntityChange {
  const title = field(entity.data, 'titel') ?? field(entity.data, 'namn');
  if (typeof title === 'string' && title.trim() !== '') change.title = title;
  else if (entity.kind === 'verksamhetsplan' && typeof entity.data.år === 'number') change.title = `Verksamhetsplan ${entity.data.år}`;
  return change;
}

/** Plain code-point order, the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
