import { arr, entitiesOf, str } from '../../model/project.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

/** The annual report assesses every long-term goal and every delmål of its plan. */
export const reportAssessmentMissing: Rule = {
  id: 'report/assessment-missing',
  severity: 'warning',
  run({ project, msg, report }) {
    for (const annual of entitiesOf(project, 'årsredovisning')) {
      const assessed = new Set(arr(annual.data, 'måluppfyllelse').map((e) => (e as Record<string, unknown> | null)?.mål));
      for (const goal of entitiesOf(project, 'mål')) {
        const level = str(goal.data, 'nivå');
        const due = level === 'långsiktigt' || (level === 'delmål' && goal.data.verksamhetsplan === annual.data.verksamhetsplan);
        if (due && !assessed.has(goal.id)) {
          const hasList = Array.isArray(annual.data.måluppfyllelse);
          report({ ...at(annual, hasList ? 'måluppfyllelse' : undefined, 'key'), message: msg['report/assessment-missing']({ goal: goal.id }) });
        }
      }
    }
  },
};
