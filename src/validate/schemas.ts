import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { FormatsPlugin } from 'ajv-formats';
import { FILE_KINDS, SCHEMA_FILES } from '../model/kinds.js';
import type { EntityKind, FileKind } from '../model/kinds.js';
import type { DataPath } from '../load/source-file.js';

const addFormats = addFormatsModule as unknown as FormatsPlugin;

/** The folder that holds the JSON Schemas, both from src/ (tests) and from dist/ (the built CLI). */
export const SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schemas');

/** A reference from one entity to another, as declared by `x-sup-ref` in a schema. */
export interface Reference {
  path: DataPath;
  value: unknown;
  kinds: readonly EntityKind[];
}

export interface Validators {
  byKind: Record<FileKind, ValidateFunction>;
  config: ValidateFunction;
  /** Runs a validator and returns the references it saw in the data, with their paths. */
  validate(kind: FileKind, data: unknown): { valid: boolean; errors: NonNullable<ValidateFunction['errors']>; references: Reference[] };
  /** The schema object of a kind, for descriptions and property names. */
  schemaOf(kind: FileKind): Record<string, unknown>;
}

let sink: Reference[] | undefined;
let cached: Validators | undefined;

/** Compiles every schema once per process. */
export function getValidators(): Validators {
  if (cached) return cached;
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true });
  addFormats(ajv, ['date']);
  ajv.addKeyword({
    keyword: 'x-sup-ref',
    schemaType: 'array',
    errors: false,
    validate: (kinds: EntityKind[], data: unknown, _parent: unknown, cxt?: { instancePath: string }) => {
      if (sink && cxt) sink.push({ path: pointerToPath(cxt.instancePath), value: data, kinds });
      return true;
    },
  });
  const schemas: Record<string, Record<string, unknown>> = {};
  const load = (name: string) => {
    const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, name), 'utf8')) as Record<string, unknown>;
    schemas[name] = schema;
    ajv.addSchema(schema);
    return schema;
  };
  load('gemensam.schema.json');
  for (const kind of FILE_KINDS) load(SCHEMA_FILES[kind]);
  const configSchema = load('sup.schema.json');
  const byKind = {} as Record<FileKind, ValidateFunction>;
  for (const kind of FILE_KINDS) byKind[kind] = ajv.getSchema(String(schemas[SCHEMA_FILES[kind]]!.$id))!;
  const config = ajv.getSchema(String(configSchema.$id))!;
  cached = {
    byKind,
    config,
    validate(kind, data) {
      const references: Reference[] = [];
      sink = references;
      try {
        const valid = byKind[kind](data) as boolean;
        return { valid, errors: byKind[kind].errors ?? [], references };
      } finally {
        sink = undefined;
      }
    },
    schemaOf(kind) {
      return schemas[SCHEMA_FILES[kind]]!;
    },
  };
  return cached;
}

/** Turns a JSON Pointer such as `/medlemmar/0/kommun` into `['medlemmar', 0, 'kommun']`. */
export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}
