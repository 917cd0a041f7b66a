import { entitiesOf, str } from '../../load/project.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

/** A delmål belongs to an annual plan; the goals of the programme do not. */
export const goalPlan: Rule = {
  id: 'goal/plan',
  severity: 'error',
  run({ project, say, report }) {
    for (const goal of entitiesOf(project, 'mål')) {
      const level = str(goal.data, 'nivå');
      const hasPlan = goal.data.verksamhetsplan !== undefined;
      if (level === 'delmål' && !hasPlan) report({ ...at(goal), ...say('goal/plan-missing') });
      else if (level && level !== 'delmål' && hasPlan) {
        report({ ...at(goal, 'verksamhetsplan', 'key'), ...say('goal/plan-not-allowed', { level }) });
      }
    }
  },
};
