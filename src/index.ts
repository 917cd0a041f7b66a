/** The library API of sup: load, validate and check a project, and format the findings. */
export { checkProject, localDate } from './check/check-project.js';
export type { CheckOptions, CheckResult } from './check/check-project.js';
export { RULES, FILE_RULE_IDS } from './check/rules/index.js';
export type { Rule, RuleContext, Finding } from './check/rule.js';
export type { Diagnostic, Position, Severity, Summary } from './model/diagnostic.js';
export type { Entity, Project, CheckedFile, ProjectConfig } from './model/project.js';
export { activitiesOfGoal, goalsOfNetwork, indicatorsOfGoal, entitiesOf, lookup } from './model/project.js';
export * from './model/kinds.js';
export { findRoot } from './load/find-root.js';
export { loadFile } from './load/load-file.js';
export { formatJson } from './reporters/json.js';
export { formatPretty } from './reporters/pretty.js';
export { exportCsv, exportJson } from './reporters/export.js';
export { catalogue } from './messages/catalogue.js';
export type { Lang, Catalogue } from './messages/catalogue.js';
