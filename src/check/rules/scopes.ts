import type { EntityKind } from '../../model/kinds.js';

/**
 * How far each rule looks, declared here in one place rather than in each rule file. A resident
 * engine uses it to run a rule again only where a change can alter its findings; every rule not
 * named here sees the whole project and runs again after each change.
 *
 * - `file`: a file's findings depend on its own entities alone (and on "today" and the templates
 *   of `sup new`). Such a rule never looks up another entity.
 * - `lookup`: a file's findings depend on its own entities and on the entities it finds by id
 *   (`lookup`, `byId.get`), however many hops. The rule iterates only its subjects' own entities;
 *   the ids it asks for are recorded, so a file runs again when an entity with one of them changes.
 * - `references`: like `lookup`, over the file's references (`x-sup-ref`), but a reference to an
 *   unknown id is answered with a suggestion from every id of the project, so a file with such a
 *   finding runs again after every change.
 * - `{ kind, fields }`: the rule sees the whole project, but of the entities of `kind` it reads only
 *   `fields`. Its findings are kept while every changed entity is of that kind and the changed
 *   entities, taken together, hold the same values of those fields as before (a status edited in
 *   one of ten thousand activities); any other change runs it again.
 */
export type RuleScope = 'file' | 'lookup' | 'references' | { kind: EntityKind; fields: readonly string[] };

/** The declared scope of each rule that is not project-wide. */
export const RULE_SCOPES: ReadonlyMap<string, RuleScope> = new Map<string, RuleScope>([
  ['activity/period-order', 'file'],
  ['goal/owner-missing', 'file'],
  ['goal/plan', 'file'],
  ['network/expired', 'file'],
  ['report/empty', 'file'],
  ['finance/disposition', 'file'],
  ['budget/duplicate-post', 'file'],
  ['indicator/duplicate-year', 'file'],
  ['text/filler', 'file'],
  ['activity/goal-other-plan', 'lookup'],
  ['activity/year', 'lookup'],
  ['budget/unknown-post', 'lookup'],
  ['goal/parent', 'lookup'],
  ['goal/owner-inactive', 'lookup'],
  ['report/activity-other-plan', 'lookup'],
  ['report/meetings', 'lookup'],
  ['ref/unknown', 'references'],
  ['goal/no-activity', { kind: 'aktivitet', fields: ['verksamhetsplan', 'mål'] }],
]);
