import { arr, entitiesOf, num, obj, str } from '../../model/project.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

/** The activities planned on a budget line do not cost more than the line holds. */
export const budgetOver: Rule = {
  id: 'budget/over',
  severity: 'warning',
  run({ project, msg, report }) {
    const activities = entitiesOf(project, 'aktivitet');
    for (const plan of entitiesOf(project, 'verksamhetsplan')) {
      arr(plan.data, 'budget').forEach((raw, i) => {
        const line = (raw ?? {}) as Record<string, unknown>;
        const id = str(line, 'id');
        const budget = num(line, 'belopp');
        if (!id || budget === undefined) return;
        let planned = 0;
        for (const a of activities) {
          const b = obj(a.data, 'budget');
          if (a.data.verksamhetsplan === plan.id && b?.post === id && typeof b.belopp === 'number') planned += b.belopp;
        }
        if (planned > budget) report({ ...at(plan, ['budget', i, 'belopp']), message: msg['budget/over']({ post: id, planned, budget }) });
      });
    }
  },
};
