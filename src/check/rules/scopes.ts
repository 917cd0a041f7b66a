/**
 * The rules whose findings for a file depend on that file's own entities alone (and on "today" and
 * the templates of `sup new`), declared here in one place rather than in each rule file. A resident
 * engine re-runs them only on the files that changed and keeps every other file's findings; every
 * rule not named here sees the whole project and runs again after each change. A rule belongs here
 * only if it never looks up another entity (no `lookup`, `byId`, inverse relations or goal chains).
 */
export const FILE_SCOPED_RULES: ReadonlySet<string> = new Set([
  'activity/period-order',
  'goal/owner-missing',
  'goal/plan',
  'network/expired',
  'report/empty',
  'finance/disposition',
  'budget/duplicate-post',
  'indicator/duplicate-year',
  'text/filler',
]);
