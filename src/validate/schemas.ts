import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Ajv2020, ErrorObject, Options } from 'ajv/dist/2020.js';
import type { FormatsPlugin } from 'ajv-formats';
import { FILE_KINDS, SCHEMA_FILES } from '../model/kinds.js';
import type { FileKind } from '../model/kinds.js';
import { collectReferences, refPatterns } from './references.js';
import type { Reference, RefPattern } from './references.js';
import { schemaSet } from './resolve-ref.js';
import type { SchemaSet } from './resolve-ref.js';

export type { Reference } from './references.js';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** The folder that holds the JSON Schemas, both from src/ (tests) and from dist/ (the built CLI). */
export const SCHEMA_DIR = join(here, '..', '..', 'schemas');
/**
 * Where `npm run build` writes the validators compiled ahead of time (ajv standalone code): a fast
 * set that stops at the first error, and a full set with every error and its schema, used only for
 * data that failed the fast one.
 */
export const PRECOMPILED = {
  fast: join(here, '..', '..', 'dist', 'validators-fast.cjs'),
  full: join(here, '..', '..', 'dist', 'validators-full.cjs'),
};

/** ajv options of the two sets. */
export const AJV_MODES: Record<'fast' | 'full', Options> = {
  fast: { allErrors: false, verbose: false },
  full: { allErrors: true, verbose: true },
};

/** The schema files, the shared definitions first. */
export const SCHEMA_NAMES = ['gemensam.schema.json', ...FILE_KINDS.map((k) => SCHEMA_FILES[k]), 'sup.schema.json'];

type ValidateFn = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

export interface Validators {
  /** Validates a kind's data and returns its references (from `x-sup-ref`), with their paths. */
  validate(kind: FileKind, data: unknown): { valid: boolean; errors: ErrorObject[]; references: Reference[] };
  /** Validates sup.yaml's data and returns every error (none when valid). */
  validateConfig(data: unknown): ErrorObject[];
  /** The schema object of a kind, for descriptions and property names. */
  schemaOf(kind: FileKind): Record<string, unknown>;
}

/** The ajv set-up shared by the runtime compile and the ahead-of-time build. */
export function createAjv(extra: Options = {}): Ajv2020 {
  // Loaded here, not at the top: with the precompiled validators a run never needs the compiler.
  const { Ajv2020: Ajv } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const addFormats = require('ajv-formats') as FormatsPlugin;
  const ajv = new Ajv({ ...AJV_MODES.full, strict: true, strictRequired: false, allowUnionTypes: true, ...extra });
  addFormats(ajv, ['date']);
  // An annotation for sup's reference rule; it validates nothing itself.
  ajv.addKeyword({ keyword: 'x-sup-ref', schemaType: 'array' });
  return ajv;
}

let read: { schemas: Record<string, Record<string, unknown>>; hash: string } | undefined;

/** Reads the schemas and a hash of their text (which ties precompiled code to them), once per process. */
export function readSchemas(): { schemas: Record<string, Record<string, unknown>>; hash: string } {
  if (read) return read;
  const hash = createHash('sha256');
  const schemas: Record<string, Record<string, unknown>> = {};
  for (const name of SCHEMA_NAMES) {
    const text = readFileSync(join(SCHEMA_DIR, name), 'utf8');
    hash.update(name).update('\0').update(text).update('\0');
    schemas[name] = JSON.parse(text) as Record<string, unknown>;
  }
  read = { schemas, hash: hash.digest('hex') };
  return read;
}

let cached: Validators | undefined;
let patternsByKind: Record<FileKind, RefPattern[]> | undefined;

/** Where each kind's schema declares references (`x-sup-ref`), once per process; needs no compiler. */
export function referencePatterns(): Record<FileKind, RefPattern[]> {
  if (patternsByKind) return patternsByKind;
  const { schemas } = readSchemas();
  const set = packageSchemaSet();
  patternsByKind = {} as Record<FileKind, RefPattern[]>;
  for (const kind of FILE_KINDS) patternsByKind[kind] = refPatterns(schemas[SCHEMA_FILES[kind]]!, set);
  return patternsByKind;
}

let packageSet: SchemaSet | undefined;

/** sup's own schemas by `$id`, for resolving their `$ref`s (resolve-ref.ts), once per process. */
export function packageSchemaSet(): SchemaSet {
  packageSet ??= schemaSet(Object.values(readSchemas().schemas));
  return packageSet;
}

/** The hash of the schemas on disk, once per process. */
export function schemaHash(): string {
  return readSchemas().hash;
}

/**
 * The validators, once per process: the precompiled ones when they match the schemas on disk
 * (compiling all schemas costs about 0.2 s at every start), else compiled now.
 */
export function getValidators(): Validators {
  if (cached) return cached;
  const { schemas, hash } = readSchemas();
  const fast = loadPrecompiled(PRECOMPILED.fast, hash) ?? compileNow(schemas, 'fast');
  let full: Compiled | undefined;
  const fullSet = () => (full ??= loadPrecompiled(PRECOMPILED.full, hash) ?? compileNow(schemas, 'full'));
  const patterns = referencePatterns();
  cached = {
    validate(kind, data) {
      const references = collectReferences(data, patterns[kind]);
      if (fast[kind](data)) return { valid: true, errors: [], references };
      const fn = fullSet()[kind];
      fn(data);
      return { valid: false, errors: fn.errors ?? [], references };
    },
    validateConfig(data) {
      if (fast.config(data)) return [];
      const fn = fullSet().config;
      fn(data);
      return fn.errors ?? [];
    },
    schemaOf: (kind) => schemas[SCHEMA_FILES[kind]]!,
  };
  return cached;
}

type Compiled = Record<FileKind | 'config', ValidateFn>;

function compileNow(schemas: Record<string, Record<string, unknown>>, mode: 'fast' | 'full'): Compiled {
  const ajv = createAjv(AJV_MODES[mode]);
  for (const name of SCHEMA_NAMES) ajv.addSchema(schemas[name]!);
  const out = {} as Compiled;
  for (const kind of FILE_KINDS) out[kind] = ajv.getSchema(String(schemas[SCHEMA_FILES[kind]]!.$id)) as ValidateFn;
  out.config = ajv.getSchema(String(schemas['sup.schema.json']!.$id)) as ValidateFn;
  return out;
}

function loadPrecompiled(path: string, hash: string): Compiled | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const mod = require(path) as Compiled & { schemaHash?: string };
    return mod.schemaHash === hash ? mod : undefined;
  } catch {
    return undefined;
  }
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
