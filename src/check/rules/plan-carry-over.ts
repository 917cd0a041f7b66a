import { arr, entitiesOf, lookup, num } from '../../load/project.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

/** Statuses that end an activity: nothing is carried over. */
export const ENDED_STATUSES = ['genomförd', 'avbruten'];

/**
 * An activity that the annual report accounts for as unfinished continues in next year's plan (an
 * activity there has `fortsätter: <id>`) or is marked as ended (`genomförd` or `avbruten`).
 */
export const planCarryOver: Rule = {
  id: 'plan/carry-over',
  severity: 'warning',
  run({ project, msg, say, report }) {
    const plans = entitiesOf(project, 'verksamhetsplan');
    const continued = new Set(entitiesOf(project, 'aktivitet').map((a) => a.data.fortsätter).filter((f): f is string => typeof f === 'string'));
    for (const annual of entitiesOf(project, 'årsredovisning')) {
      const plan = lookup(project, annual.data.verksamhetsplan, 'verksamhetsplan');
      const year = plan ? num(plan.data, 'år') : undefined;
      if (!plan || year === undefined) continue;
      const next = plans.find((p) => num(p.data, 'år') === year + 1);
      if (!next) continue;
      const reported = new Set(arr(annual.data, 'aktiviteter').map((e) => (e as Record<string, unknown> | null)?.aktivitet));
      for (const activity of entitiesOf(project, 'aktivitet')) {
        if (activity.data.verksamhetsplan !== plan.id || !reported.has(activity.id)) continue;
        if (ENDED_STATUSES.includes(String(activity.data.status)) || continued.has(activity.id)) continue;
        report({
          ...at(activity, 'status'),
          ...say('plan/carry-over', { activity: activity.id, status: String(activity.data.status), plan: next.id }),
          hint: msg['plan/carry-over-hint']({ activity: activity.id, plan: next.id }),
        });
      }
    }
  },
};
