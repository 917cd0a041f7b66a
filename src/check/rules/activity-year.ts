import { entitiesOf, lookup, num, obj, str } from '../../load/project.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

/** An activity's planned period starts in the year of the plan it belongs to. */
export const activityYear: Rule = {
  id: 'activity/year',
  severity: 'error',
  run({ project, say, report }) {
    for (const activity of entitiesOf(project, 'aktivitet')) {
      const plan = lookup(project, activity.data.verksamhetsplan, 'verksamhetsplan');
      const year = plan && num(plan.data, 'år');
      const start = str(obj(activity.data, 'period') ?? {}, 'från');
      if (!plan || year === undefined || !start || !/^\d{4}-/.test(start)) continue;
      if (Number(start.slice(0, 4)) !== year) {
        report({
          ...at(activity, ['period', 'från']),
          ...say('activity/year', { start, year, plan: plan.id }),
          related: [{ ...say('ref/defined-here', { kind: plan.kind }), file: plan.file, path: [...plan.path, 'år'] }],
        });
      }
    }
  },
};
