import { createAjv } from '../validate/schemas.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';

/**
 * The shapes sup accepts from Kolada v3, as JSON Schemas: the envelope of every list
 * (`values`, `count`, `next_url`; v2's `next_page` read too) and the fields of the rows sup uses.
 * Other fields are allowed (Kolada may add some); anything sup reads is typed and bounded here, so
 * the code after validation never meets a surprise.
 */

const text = { type: 'string', maxLength: 2000 } as const;
const nextLink = { anyOf: [{ type: 'string', maxLength: 4000 }, { type: 'null' }] } as const;

/** One row of `/data/kpi/…`: a KPI, a municipality, a year and its values by gender. */
export const DATA_ENVELOPE_SCHEMA = {
  $id: 'https://sup.example/schemas/kolada/data-envelope.json',
  type: 'object',
  required: ['values'],
  properties: {
    count: { type: 'integer', minimum: 0 },
    next_url: nextLink,
    next_page: nextLink,
    values: {
      type: 'array',
      maxItems: 100000,
      items: {
        type: 'object',
        required: ['kpi', 'municipality', 'period', 'values'],
        properties: {
          kpi: { type: 'string', maxLength: 40 },
          municipality: { type: 'string', maxLength: 40 },
          period: { type: 'integer', minimum: 1900, maximum: 2999 },
          isdeleted: { type: 'boolean' },
          values: {
            type: 'array',
            maxItems: 10,
            items: {
              type: 'object',
              required: ['gender', 'value'],
              properties: {
                gender: { enum: ['T', 'K', 'M'] },
                value: { anyOf: [{ type: 'number' }, { type: 'null' }] },
                count: { type: 'integer' },
                status: { anyOf: [text, { type: 'null' }] },
                isdeleted: { type: 'boolean' },
              },
            },
          },
        },
      },
    },
  },
} as const;

/** One KPI of `/kpi?title=…`. */
export const KPI_ENVELOPE_SCHEMA = {
  $id: 'https://sup.example/schemas/kolada/kpi-envelope.json',
  type: 'object',
  required: ['values'],
  properties: {
    count: { type: 'integer', minimum: 0 },
    next_url: nextLink,
    next_page: nextLink,
    values: {
      type: 'array',
      maxItems: 100000,
      items: {
        type: 'object',
        required: ['id', 'title'],
        properties: {
          id: { type: 'string', maxLength: 40 },
          title: text,
          description: { anyOf: [{ type: 'string', maxLength: 20000 }, { type: 'null' }] },
          is_divided_by_gender: { anyOf: [{ type: 'boolean' }, { enum: [0, 1] }] },
          publ_period: { anyOf: [text, { type: 'integer' }, { type: 'null' }] },
          publication_date: { anyOf: [text, { type: 'null' }] },
        },
      },
    },
  },
} as const;

/** A value of one gender in a data row. */
export interface KoladaValue {
  gender: 'T' | 'K' | 'M';
  value: number | null;
  count?: number;
  status?: string | null;
  isdeleted?: boolean;
}

/** One row of Kolada data. */
export interface KoladaRow {
  kpi: string;
  municipality: string;
  period: number;
  isdeleted?: boolean;
  values: KoladaValue[];
}

/** One KPI's metadata. */
export interface KoladaKpi {
  id: string;
  title: string;
  description?: string | null;
  is_divided_by_gender?: boolean | 0 | 1;
  publ_period?: string | number | null;
  publication_date?: string | null;
}

/** A page of a Kolada list. */
export interface Envelope<T> {
  values: T[];
  count?: number;
  next_url?: string | null;
  next_page?: string | null;
}

/** A file of saved responses under data/kolada/: the fetch date, the API and every page as received. */
export const SAVED_SCHEMA = {
  $id: 'https://sup.example/schemas/kolada/saved.json',
  type: 'object',
  required: ['typ', 'hämtad', 'api', 'svar'],
  properties: {
    typ: { const: 'kolada-svar' },
    hämtad: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
    api: { type: 'string', maxLength: 4000 },
    källa: { type: 'string', maxLength: 200 },
    exempel: {
      type: 'boolean',
      description: 'Sant när svaren är påhittade exempelvärden i Koladas format och inte hämtade från Kolada. Rapporten anger dem då som exempelvärden, aldrig som "Källa: Kolada".',
    },
    anmärkning: { type: 'string', maxLength: 2000, description: 'Fri text om filen på svenska, till exempel varför värdena är exempel och var nyckeltalens id kontrollerades.' },
    svar: {
      type: 'array',
      maxItems: 10000,
      items: {
        type: 'object',
        required: ['url', 'status', 'body'],
        properties: {
          url: { type: 'string', maxLength: 8000 },
          status: { type: 'integer' },
          body: { $ref: DATA_ENVELOPE_SCHEMA.$id },
        },
      },
    },
  },
} as const;

/** A file of saved responses. */
export interface SavedResponses {
  typ: 'kolada-svar';
  hämtad: string;
  api: string;
  källa?: string;
  /** True for invented example values in Kolada's shape (never credited as "Källa: Kolada"). */
  exempel?: boolean;
  /** A note on the file, in Swedish. */
  anmärkning?: string;
  svar: { url: string; status: number; body: Envelope<KoladaRow> }[];
}

type Validators = Record<'data' | 'kpi' | 'saved', ValidateFunction>;
let compiled: Validators | undefined;

/** The validators, compiled once on first use (only the kolada commands need them). */
function validators(): Validators {
  if (!compiled) {
    const ajv = createAjv({ allErrors: false });
    ajv.addSchema(DATA_ENVELOPE_SCHEMA);
    compiled = { data: ajv.getSchema(DATA_ENVELOPE_SCHEMA.$id)!, kpi: ajv.compile(KPI_ENVELOPE_SCHEMA), saved: ajv.compile(SAVED_SCHEMA) };
  }
  return compiled;
}

/** Where the first validation error is, as a JSON pointer, when a body is not a valid envelope. */
export function checkEnvelope(kind: 'data' | 'kpi' | 'saved', body: unknown): { ok: true } | { ok: false; pointer: string; problem: string } {
  const validate = validators()[kind];
  if (validate(body)) return { ok: true };
  const e = validate.errors?.[0];
  return { ok: false, pointer: e?.instancePath || '/', problem: e?.message ?? 'ogiltig' };
}

/** The link to the next page of an envelope, if any (v3 `next_url`, v2 `next_page`). */
export function nextLinkOf(envelope: Envelope<unknown>): string | undefined {
  const next = envelope.next_url ?? envelope.next_page;
  return typeof next === 'string' && next !== '' ? next : undefined;
}
