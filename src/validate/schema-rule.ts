import { SCHEMA_RULE_IDS } from '../model/file-rule-ids.js';
import type { SchemaRuleId } from '../model/file-rule-ids.js';

// The ids live in model/ beside the other file-level ids (the loader and the messages need them too).
export { SCHEMA_RULE_IDS };
export type { SchemaRuleId };

/** The alias in `regler:` that sets every schema rule at once. */
export const SCHEMA_ALIAS = 'schema';

const BY_KEYWORD: Readonly<Record<string, SchemaRuleId>> = {
  type: 'schema/type',
  required: 'schema/required',
  enum: 'schema/enum',
  const: 'schema/enum',
  additionalProperties: 'schema/additional',
  pattern: 'schema/pattern',
  format: 'schema/format',
  minimum: 'schema/range',
  maximum: 'schema/range',
  exclusiveMinimum: 'schema/range',
  exclusiveMaximum: 'schema/range',
  minItems: 'schema/length',
  maxItems: 'schema/length',
  minLength: 'schema/length',
  maxLength: 'schema/length',
  uniqueItems: 'schema/unique',
  anyOf: 'schema/any-of',
  oneOf: 'schema/any-of',
};

/** The rule id of a schema error with ajv's keyword. */
export function schemaRuleOf(keyword: string): SchemaRuleId {
  return Object.hasOwn(BY_KEYWORD, keyword) ? BY_KEYWORD[keyword]! : 'schema/other';
}

/** Whether a rule id is one of the schema rules, which `schema` in `regler:` governs. */
export function isSchemaRule(ruleId: string): boolean {
  return (SCHEMA_RULE_IDS as readonly string[]).includes(ruleId);
}
