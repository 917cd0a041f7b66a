import { arr, entitiesOf, lookup } from '../../load/project.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

/** An annual report gives results only for activities of the plan it follows up. */
export const reportActivityOtherPlan: Rule = {
  id: 'report/activity-other-plan',
  severity: 'error',
  run({ project, say, report }) {
    for (const annual of entitiesOf(project, 'årsredovisning')) {
      arr(annual.data, 'aktiviteter').forEach((entry, i) => {
        const activity = lookup(project, (entry as Record<string, unknown> | null)?.aktivitet, 'aktivitet');
        const plan = activity?.data.verksamhetsplan;
        if (activity && typeof plan === 'string' && plan !== annual.data.verksamhetsplan) {
          report({ ...at(annual, ['aktiviteter', i, 'aktivitet']), ...say('report/activity-other-plan', { activity: activity.id, plan }) });
        }
      });
    }
  },
};
