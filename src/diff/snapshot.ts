import { checkProject } from '../check/check-project.js';
import { CONFIG_FILE } from '../load/find-root.js';
import type { EntityKind } from '../model/kinds.js';
import type { DataOf } from '../model/entity-data.js';
import type { Project } from '../load/project.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { RevisionSource } from '../source/revision-source.js';

/** One entity as the diff sees it: its parsed data and, for a Markdown file of its own, the body. */
export type SnapshotEntity<K extends EntityKind = EntityKind> = K extends unknown ? SnapshotEntityOfKind<K> : never;

/** An entity of one kind in a snapshot; its data is partial as `Entity`'s is (see docs/architecture.md). */
export interface SnapshotEntityOfKind<K extends EntityKind> {
  kind: K;
  id: string;
  /** The file, relative to the project root, POSIX separators. */
  file: string;
  data: DataOf<K>;
  /** The Markdown body after the frontmatter, when the entity is a whole `.md` file. */
  body?: string;
}

/** The data of a project at one revision (or in the working tree), as plain values that outlive the files. */
export interface Snapshot {
  entities: SnapshotEntity[];
  /** Data files that could not be read as any kind, so their entities are missing from this side. */
  unreadable: string[];
}

/** Reduces a checked project to what the diff compares. */
export function snapshotOf(project: Project, diagnostics: readonly Diagnostic[] = []): Snapshot {
  const entities = project.entities.map((e): SnapshotEntity => {
    // Kind and data come from the same entity, which the union cannot see through a spread of fields.
    const entity = { kind: e.kind, id: e.id, file: e.file.path, data: e.data } as SnapshotEntity;
    if (e.path.length === 0 && e.file.body !== undefined) entity.body = e.file.body.text;
    return entity;
  });
  const unreadable = project.files.filter((f) => f.kind === undefined).map((f) => f.file.path);
  // Files the source would not hand out at all (a refused name, a FIFO, a link out) are unreadable on this side too.
  const listed = new Set(project.files.map((f) => f.file.path));
  for (const d of diagnostics) if (REFUSED.has(d.ruleId) && !listed.has(d.file) && !unreadable.includes(d.file)) unreadable.push(d.file);
  return { entities, unreadable };
}

const REFUSED = new Set(['file/name', 'file/special', 'file/link']);

/** The project in the working tree at `root`. */
export function loadWorkingTree(root: string): Snapshot {
  const checked = checkProject({ root, cache: true, rules: false });
  return snapshotOf(checked.project, checked.diagnostics);
}

/**
 * The project at `root` as it was at a git revision. A revision where the project did not exist
 * yet (no sup.yaml at that place) is an empty project, so everything in the other side is new.
 * Throws GitError for a revision git does not know.
 */
export function loadRevision(root: string, rev: string): Snapshot {
  const source = RevisionSource.open(root, rev);
  if (!source.read(CONFIG_FILE, 'config').ok) return { entities: [], unreadable: [] };
  const checked = checkProject({ root, source, rules: false });
  return snapshotOf(checked.project, checked.diagnostics);
}
