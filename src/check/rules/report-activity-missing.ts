import { arr, entitiesOf } from '../../load/project.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

/** Every activity of the plan has a result in the annual report. */
export const reportActivityMissing: Rule = {
  id: 'report/activity-missing',
  severity: 'warning',
  run({ project, say, report }) {
    for (const annual of entitiesOf(project, 'årsredovisning')) {
      const reported = new Set(arr(annual.data, 'aktiviteter').map((e) => (e as Record<string, unknown> | null)?.aktivitet));
      for (const activity of entitiesOf(project, 'aktivitet')) {
        if (activity.data.verksamhetsplan === annual.data.verksamhetsplan && !reported.has(activity.id)) {
          const hasList = Array.isArray(annual.data.aktiviteter);
          report({ ...at(annual, hasList ? 'aktiviteter' : undefined, 'key'), ...say('report/activity-missing', { activity: activity.id }) });
        }
      }
    }
  },
};
