import type { EntityKind } from './kinds.js';

/** A path into a file's YAML data: keys and list indexes. */
export type DataPath = readonly (string | number)[];

/** A reference from one entity to another, as declared by `x-sup-ref` in a schema. */
export interface Reference {
  path: DataPath;
  value: unknown;
  kinds: readonly EntityKind[];
}
