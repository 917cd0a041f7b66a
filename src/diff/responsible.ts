import type { EntityKind } from '../model/kinds.js';
import type { DataOf } from '../model/entity-data.js';
import { field } from '../load/project.js';

/** What the responsible-network rules need to know about an entity. */
export type OwnedEntity<K extends EntityKind = EntityKind> = K extends unknown ? { kind: K; id: string; data: DataOf<K> } : never;

/** Who answers for an entity: a network, or (for an activity run by an organ with no goal owner) only an organ. */
export interface Responsible {
  /** The id of the responsible network, when there is one. */
  network?: string;
  /** The organ named as ansvarig when no network could be found through the goals. */
  organ?: string;
}

/** Looks up entities of one project (one side of a diff) by kind and id. */
export class EntityIndex<T extends OwnedEntity> {
  private readonly byKey = new Map<string, T>();

  constructor(entities: readonly T[]) {
    // The first of a duplicated id wins, as in the rest of sup; id/duplicate reports the others.
    for (const e of entities) {
      const key = `${e.kind}\u0000${e.id}`;
      if (!this.byKey.has(key)) this.byKey.set(key, e);
    }
  }

  get(kind: EntityKind, id: unknown): T | undefined {
    return typeof id === 'string' ? this.byKey.get(`${kind}\u0000${id}`) : undefined;
  }
}

/**
 * The network responsible for an entity: a network is its own; a goal belongs to its `ägare`, or
 * (a delmål without one) to the owner of the nearest goal above it; an activity to its `ansvarig`,
 * or, when that is kansliet or another organ, to the owner of its first goal that has one.
 * Other kinds are common to all (no network).
 */
export function responsibleFor<T extends OwnedEntity>(entity: OwnedEntity, index: EntityIndex<T>): Responsible {
  if (entity.kind === 'nätverk') return { network: entity.id };
  if (entity.kind === 'mål') {
    const owner = goalOwner(entity, index);
    return owner ? { network: owner } : {};
  }
  if (entity.kind !== 'aktivitet') return {};
  const ansvarig = entity.data.ansvarig;
  if (typeof ansvarig === 'string' && !index.get('organ', ansvarig)) return { network: ansvarig };
  const goals = Array.isArray(entity.data.mål) ? entity.data.mål : [];
  for (const goalId of goals) {
    const goal = index.get('mål', goalId);
    const owner = goal ? goalOwner(goal, index) : undefined;
    if (owner) return { network: owner };
  }
  return typeof ansvarig === 'string' ? { organ: ansvarig } : {};
}

/** A goal's `ägare`, else the owner of its parent, and so on up (a cycle ends the search). */
function goalOwner<T extends OwnedEntity>(goal: OwnedEntity, index: EntityIndex<T>): string | undefined {
  const seen = new Set<string>();
  let current: OwnedEntity | undefined = goal;
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    const owner = field(current.data, 'ägare');
    if (typeof owner === 'string') return owner;
    current = index.get('mål', field(current.data, 'förälder'));
  }
  return undefined;
}
