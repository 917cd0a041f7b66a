import type { Entity, Project, CheckedFile } from '../load/project.js';
import { entitiesIn, field } from '../load/project.js';
import type { Reference } from '../validate/references.js';
import { nodeAt } from './node-at.js';
import type { NodeAt } from './node-at.js';

/** What an offset in a data file points at: a reference (and the entity it names), or an entity's own `id:`. */
export interface PointedAt {
  checked: CheckedFile;
  node: NodeAt;
  ref?: Reference;
  /** The entity named: the reference's target, or the entity whose `id:` this is. */
  entity?: Entity;
  /** True when the offset is on the entity's own `id:` value. */
  own: boolean;
}

/** The checked file at a path in the project. */
export function checkedFile(project: Project, path: string): CheckedFile | undefined {
  return project.files.find((f) => f.file.path === path);
}

/** What lies at `offset` in the file at `path`, by the parser's node ranges. */
export function pointedAt(project: Project, path: string, offset: number): PointedAt | undefined {
  const checked = checkedFile(project, path);
  if (!checked) return undefined;
  const node = nodeAt(checked.file, offset);
  if (!node || node.target !== 'value') return node && checked ? { checked, node, own: false } : undefined;
  const ref = checked.references.find((r) => samePath(r.path, node.path));
  if (ref) {
    const entity = typeof ref.value === 'string' ? project.byId.get(ref.value)?.find((e) => ref.kinds.includes(e.kind)) : undefined;
    return { checked, node, ref, ...(entity ? { entity } : {}), own: false };
  }
  const last = node.path[node.path.length - 1];
  if (last === 'id') {
    const parent = node.path.slice(0, -1);
    const entity = entitiesIn(checked).find((e) => samePath(e.path, parent));
    if (entity) return { checked, node, entity, own: true };
  }
  return { checked, node, own: false };
}

/** True when two data paths are the same. */
export function samePath(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

/** The title a person knows an entity by: `titel`, else `namn`, else its id. */
export function titleOf(entity: Entity): string {
  const t = field(entity.data, 'titel') ?? field(entity.data, 'namn');
  return typeof t === 'string' ? t : entity.id;
}
