import { arr, entitiesOf, lookup, str } from '../../load/project.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

/** An activity serves delmål of its own plan, not of another year's. */
export const activityGoalOtherPlan: Rule = {
  id: 'activity/goal-other-plan',
  severity: 'error',
  run({ project, say, report }) {
    for (const activity of entitiesOf(project, 'aktivitet')) {
      arr(activity.data, 'mål').forEach((goalId, i) => {
        const goal = lookup(project, goalId, 'mål');
        if (!goal || str(goal.data, 'nivå') !== 'delmål') return;
        const plan = goal.data.verksamhetsplan;
        if (typeof plan === 'string' && plan !== activity.data.verksamhetsplan) {
          report({ ...at(activity, ['mål', i]), ...say('activity/goal-other-plan', { goal: goal.id, plan }) });
        }
      });
    }
  },
};
