import type { Aktivitet } from './generated/aktivitet.js';
import type { Arsredovisning } from './generated/arsredovisning.js';
import type { Indikator } from './generated/indikator.js';
import type { Kommuner } from './generated/kommuner.js';
import type { Mal } from './generated/mal.js';
import type { Natverk } from './generated/natverk.js';
import type { Organ } from './generated/organisation.js';
import type { Program } from './generated/program.js';
import type { Verksamhetsplan } from './generated/verksamhetsplan.js';
import type { EntityKind } from './kinds.js';

/** The schema's type of each kind of entity's data, as generated from `schemas/` (valid data). */
export interface SchemaData {
  program: Program;
  kommun: Kommuner['kommuner'][number];
  organ: Organ;
  mål: Mal;
  nätverk: Natverk;
  indikator: Indikator;
  verksamhetsplan: Verksamhetsplan;
  aktivitet: Aktivitet;
  årsredovisning: Arsredovisning;
}

declare const schemaOf: unique symbol;

/**
 * Data that may have failed its schema: only the schema's field names (a misspelt one fails to
 * compile), each optional and `unknown` until its runtime type is checked (`str`, `num`, `arr`, `obj`
 * in `load/project.ts`). The schema's type rides along (never at run time) so that `obj` can give a
 * nested mapping its own field names. Distributes over a union of kinds: each keeps its own fields.
 */
export type Loose<T> = T extends unknown ? { readonly [P in keyof T]?: unknown } & { readonly [schemaOf]?: T } : never;

/** The schema type a `Loose` value was made from (`Record<string, unknown>` for plain data). */
export type SchemaOf<D> = D extends { readonly [schemaOf]?: infer T } ? (unknown extends T ? D : T) : D;

/** What an entity's `data` is for each kind: the generated type, deliberately partial. */
export type DataOf<K extends EntityKind> = Loose<SchemaData[K]>;

/** A mapping type of the schema as partial data; `never` for arrays and scalars. */
type LooseObject<V> = V extends readonly unknown[] ? never : V extends object ? Loose<V> : never;

/** The schema's mapping under field `K` of `D` as partial data, where `D` came from a schema. */
type Nested<D, K> = D extends { readonly [schemaOf]?: infer T }
  ? unknown extends T
    ? never
    : K extends keyof T
      ? LooseObject<NonNullable<T[K]>>
      : never
  : never;

/** The schema's item mapping of the array under field `K` of `D` as partial data. */
type Item<D, K> = D extends { readonly [schemaOf]?: infer T }
  ? unknown extends T
    ? never
    : K extends keyof T
      ? NonNullable<T[K]> extends readonly (infer I)[]
        ? LooseObject<I>
        : never
      : never
  : never;

/** What `records(data, key)` gives for each entry: the item's field names, or plain data where the schema gives none. */
export type ItemData<D, K> = [Item<D, K>] extends [never] ? Record<string, unknown> : Item<D, K>;

/** What `obj(data, key)` finds: the nested mapping's field names, or plain data where the schema gives none. */
export type NestedData<D, K> = [Nested<D, K>] extends [never] ? Record<string, unknown> : Nested<D, K>;
