/**
 * The rule ids of schema findings, one per kind of schema error (from ajv's `keyword`), so a
 * project can turn one kind off in `regler:`; `schema` there stands for all of them.
 */
export const SCHEMA_RULE_IDS = [
  'schema/type',
  'schema/required',
  'schema/enum',
  'schema/additional',
  'schema/pattern',
  'schema/format',
  'schema/range',
  'schema/length',
  'schema/unique',
  'schema/any-of',
  'schema/other',
] as const;

export type SchemaRuleId = (typeof SCHEMA_RULE_IDS)[number];

/** Ids of findings that come from reading and validating files rather than from a rule over the project. */
export const FILE_RULE_IDS = [
  'file/read',
  'file/too-large',
  'file/encoding',
  'file/nul',
  'file/empty',
  'file/link',
  'file/special',
  'file/name',
  'frontmatter/missing',
  'frontmatter/unclosed',
  'frontmatter/empty',
  'frontmatter/language',
  'yaml/syntax',
  'yaml/alias',
  'yaml/too-deep',
  'yaml/too-large',
  'value/number',
  'body/too-large',
  'body/too-complex',
  ...SCHEMA_RULE_IDS,
  'config/unknown-rule',
  'config/no-files',
] as const;
