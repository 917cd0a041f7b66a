import type { ErrorObject } from 'ajv';
import type { Catalogue, Phrased, SchemaAlternative } from '../messages/catalogue.js';
import { phrase } from '../messages/catalogue.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { FILE_KINDS, isFileKind } from '../model/kinds.js';
import type { FileKind } from '../model/kinds.js';
import { locate } from '../load/source-file.js';
import type { DataPath, SourceFile, Target } from '../load/source-file.js';
import { suggest } from '../util/suggest.js';
import { getValidators, pointerToPath } from './schemas.js';
import type { Reference } from './schemas.js';
import { firstSentence } from '../util/text.js';
import { schemaRuleOf } from './schema-rule.js';

export interface ValidatedFile {
  kind?: FileKind;
  /** True when the file's data satisfies its schema. */
  valid: boolean;
  references: Reference[];
  diagnostics: Diagnostic[];
}

/** Chooses the schema by `typ:` and maps every schema error to the exact node it concerns. */
export function validateFile(file: SourceFile, msg: Catalogue): ValidatedFile {
  const diagnostics: Diagnostic[] = [];
  const at = (ruleId: string, phrased: Phrased, path: DataPath) => diagnostics.push(diagnosticAt(file, ruleId, phrased, path));
  const data = file.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    at('schema/type', phrase(msg, 'yaml/not-mapping'), []);
    return { valid: false, references: [], diagnostics };
  }
  const typ = (data as Record<string, unknown>).typ;
  if (typ === undefined) {
    at('schema/required', phrase(msg, 'kind/missing', { kinds: FILE_KINDS }), []);
    return { valid: false, references: [], diagnostics };
  }
  if (!isFileKind(typ)) {
    const value = String(typ);
    at('schema/enum', phrase(msg, 'kind/unknown', { value, kinds: FILE_KINDS, suggestion: suggest(value, FILE_KINDS) }), ['typ']);
    return { valid: false, references: [], diagnostics };
  }
  const result = getValidators().validate(typ, data);
  // Not push(...): a spread of a very long list of errors overflows the stack.
  for (const d of mapSchemaErrors(file, result.errors, msg)) diagnostics.push(d);
  return { kind: typ, valid: result.valid, references: result.references, diagnostics };
}

/** Maps ajv errors to diagnostics at the node each one concerns. */
export function mapSchemaErrors(file: SourceFile, errors: readonly ErrorObject[], msg: Catalogue): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const at = (ruleId: string, phrased: Phrased, path: DataPath, target: Target = 'value') =>
    diagnostics.push(diagnosticAt(file, ruleId, phrased, path, target));
  for (const e of condense(errors)) {
    const path = pointerToPath(e.instancePath);
    const field = String(path.filter((p) => typeof p === 'string').at(-1) ?? 'typ');
    const rule = schemaRuleOf(e.keyword);
    switch (e.keyword) {
      case 'required':
        at(rule, phrase(msg, 'schema/required', { property: String(e.params.missingProperty) }), path);
        break;
      case 'additionalProperties': {
        const property = String(e.params.additionalProperty);
        const known = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {});
        at(rule, phrase(msg, 'schema/additional', { property, suggestion: suggest(property, known) }), [...path, property], 'key');
        break;
      }
      case 'type':
      {
        const phrased = phrase(msg, 'schema/type', { expected: String(e.params.type).split(','), ...valueType(e.data) });
        // A text written without quotes that YAML reads as a number (kommunkod: 0140 → 140): say how to write it.
        const quote =
          typeof path.at(-1) === 'string' && String(e.params.type).split(',').includes('string') && typeof e.data === 'number' && Number.isFinite(e.data);
        at(rule, quote ? { ...phrased, message: `${phrased.message} ${msg['schema/type-quote']({ field, value: e.data as number })}` } : phrased, path);
      }
        break;
      case 'enum':
        at(rule, phrase(msg, 'schema/enum', { allowed: (e.params.allowedValues as unknown[]).map(String), actual: String(e.data) }), path);
        break;
      case 'const':
        at(rule, phrase(msg, 'schema/const', { expected: String(e.params.allowedValue) }), path);
        break;
      case 'pattern':
        at(rule, phrase(msg, 'schema/pattern', { field, description: ((d) => (d ? firstSentence(d) : undefined))(descriptionOf(e)) }), path);
        break;
      case 'format':
        at(rule, phrase(msg, 'schema/format', { format: String(e.params.format), impossible: impossibleDate(e) }), path);
        break;
      case 'minItems':
        at(rule, phrase(msg, 'schema/min-items', { limit: Number(e.params.limit) }), path);
        break;
      case 'minLength':
        at(rule, phrase(msg, 'schema/min-length'), path);
        break;
      case 'maxLength':
        at(rule, phrase(msg, 'schema/max-length', { limit: Number(e.params.limit) }), path);
        break;
      case 'minimum':
      case 'exclusiveMinimum':
        at(rule, phrase(msg, 'schema/minimum', { limit: Number(e.params.limit) }), path);
        break;
      case 'maximum':
      case 'exclusiveMaximum':
        at(rule, phrase(msg, 'schema/maximum', { limit: Number(e.params.limit) }), path);
        break;
      case 'uniqueItems':
        at(rule, phrase(msg, 'schema/unique-items', { i: Number(e.params.i), j: Number(e.params.j) }), [...path, Number(e.params.i)]);
        break;
      case 'anyOf':
      case 'oneOf':
        at(rule, phrase(msg, 'schema/any-of', { alternatives: alternativesOf(e) }), path);
        break;
      default:
        at(rule, phrase(msg, 'schema/other', { keyword: e.keyword, detail: e.message ?? '' }), path);
    }
  }
  return diagnostics;
}

/** An error diagnostic at the node `path` points to. */
function diagnosticAt(file: SourceFile, ruleId: string, phrased: Phrased, path: DataPath, target: Target = 'value'): Diagnostic {
  const span = locate(file, path, target);
  const d: Diagnostic = { ruleId, severity: 'error', message: phrased.message, messageId: phrased.messageId, file: file.path, start: span.start };
  if (phrased.data !== undefined) d.data = phrased.data;
  if (span.end) d.end = span.end;
  return d;
}

/**
 * Drops errors that only repeat another: the `if` wrapper around a `then` error, and the
 * branch errors under a failed `anyOf`, which is reported once with its alternatives.
 */
function condense(errors: readonly ErrorObject[]): ErrorObject[] {
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  const seen = new Set<string>();
  return errors.filter((e) => {
    if (e.keyword === 'if') return false;
    if (anyOfs.some((a) => a !== e && e.schemaPath.startsWith(a.schemaPath + '/'))) return false;
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function alternativesOf(e: ErrorObject): SchemaAlternative[] {
  const branches = (e.schema as Record<string, unknown>[]) ?? [];
  return branches.map((b) => {
    if (typeof b.type === 'string') return { types: b.type.split(',') };
    if ('const' in b) return { literal: `"${String(b.const)}"` };
    return { literal: JSON.stringify(b) };
  });
}

function descriptionOf(e: ErrorObject): string | undefined {
  const parent = e.parentSchema as { description?: string } | undefined;
  return parent?.description;
}


/** The value of a date error that has the form YYYY-MM-DD but names no real day (2025-02-30). */
function impossibleDate(e: ErrorObject): string | undefined {
  return e.params.format === 'date' && typeof e.data === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(e.data) ? e.data : undefined;
}

/** A value's JSON type, and the value as a message shows it beside the type. */
function valueType(value: unknown): { actual: string; shown?: string } {
  if (value === null || value === undefined) return { actual: 'null' };
  if (Array.isArray(value)) return { actual: 'array' };
  if (typeof value === 'number') return { actual: Number.isInteger(value) ? 'integer' : 'number', shown: String(value) };
  if (typeof value === 'string') return { actual: 'string', shown: `"${value.length > 40 ? value.slice(0, 40) + '…' : value}"` };
  if (typeof value === 'boolean') return { actual: 'boolean', shown: String(value) };
  return { actual: typeof value };
}
