import { arr, entitiesOf, lookup, str } from '../../load/project.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';
import { inProgramme } from '../../load/programmes.js';

/** The annual report assesses every long-term goal of its plan's programme and every delmål of its plan. */
export const reportAssessmentMissing: Rule = {
  id: 'report/assessment-missing',
  severity: 'warning',
  run({ project, say, report }) {
    for (const annual of entitiesOf(project, 'årsredovisning')) {
      const plan = lookup(project, annual.data.verksamhetsplan, 'verksamhetsplan');
      const program = plan && typeof plan.data.program === 'string' ? plan.data.program : undefined;
      const assessed = new Set(arr(annual.data, 'måluppfyllelse').map((e) => (e as Record<string, unknown> | null)?.mål));
      for (const goal of entitiesOf(project, 'mål')) {
        const level = str(goal.data, 'nivå');
        const due = (level === 'långsiktigt' && inProgramme(project, goal, program)) || (level === 'delmål' && goal.data.verksamhetsplan === annual.data.verksamhetsplan);
        if (due && !assessed.has(goal.id)) {
          const hasList = Array.isArray(annual.data.måluppfyllelse);
          report({ ...at(annual, hasList ? 'måluppfyllelse' : undefined, 'key'), ...say('report/assessment-missing', { goal: goal.id }) });
        }
      }
    }
  },
};
