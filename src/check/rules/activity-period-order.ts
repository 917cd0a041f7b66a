import { entitiesOf, obj, str } from '../../load/project.js';
import { isIsoDate } from '../../util/text.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

/** A planned period does not end before it starts. */
export const activityPeriodOrder: Rule = {
  id: 'activity/period-order',
  severity: 'error',
  run({ project, say, report }) {
    for (const activity of entitiesOf(project, 'aktivitet')) {
      const period = obj(activity.data, 'period') ?? {};
      const from = str(period, 'från');
      const to = str(period, 'till');
      // An impossible date (2025-02-30) is the schema's error alone: comparing it would add a second, false one.
      if (from && to && isIsoDate(from) && isIsoDate(to) && to < from) report({ ...at(activity, ['period', 'till']), ...say('activity/period-order', { from, to }) });
    }
  },
};
