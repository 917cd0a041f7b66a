import type { EntityKind } from '../model/kinds.js';
import { entitiesOf } from '../load/project.js';
import type { Entity } from '../load/project.js';
import { suggest } from '../util/suggest.js';
import type { EditOutcome, EditSession } from './commit.js';

type Found = { entity: Entity } | { outcome: EditOutcome };

/** The entity with this id, of this kind when given, or the refusal that explains why there is none. */
export function findEntity(session: EditSession, id: string, kind?: EntityKind): Found {
  const { msg, before } = session;
  const all = before.project.byId.get(id) ?? [];
  const matching = kind ? all.filter((e) => e.kind === kind) : all;
  if (matching.length > 1) return { outcome: { status: 'refused', message: msg.ambiguousId(id, [...new Set(matching.map((e) => e.file.path))]) } };
  if (matching.length === 1) return { entity: matching[0]! };
  if (kind && all.length > 0) return { outcome: { status: 'refused', message: msg.wrongKind(id, all[0]!.kind, kind) } };
  const candidates = kind ? entitiesOf(before.project, kind).map((e) => e.id) : before.project.entities.map((e) => e.id);
  const suggestion = suggest(id, candidates);
  return { outcome: { status: 'refused', message: kind ? msg.unknownOfKind(kind, id, suggestion) : msg.unknownId(id, suggestion) } };
}
