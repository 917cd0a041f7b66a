import { entitiesOf, num, obj, records, str } from '../../load/project.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

/** The activities planned on a budget line do not cost more than the line holds. */
export const budgetOver: Rule = {
  id: 'budget/over',
  severity: 'warning',
  run({ project, say, report }) {
    // What the activities plan on each line of each plan, summed once over all activities. Sums are
    // exact (BigInt where every amount is a whole number): a sum past 2^53 must not be shown rounded.
    const planned = new Map<string, { whole: bigint; fraction: number }>();
    for (const a of entitiesOf(project, 'aktivitet')) {
      const b = obj(a.data, 'budget');
      if (typeof a.data.verksamhetsplan !== 'string' || typeof b?.post !== 'string' || typeof b.belopp !== 'number' || !Number.isFinite(b.belopp)) continue;
      const key = `${a.data.verksamhetsplan}\u0000${b.post}`;
      const sum = planned.get(key) ?? { whole: 0n, fraction: 0 };
      if (Number.isSafeInteger(b.belopp)) sum.whole += BigInt(b.belopp);
      else sum.fraction += b.belopp;
      planned.set(key, sum);
    }
    for (const plan of entitiesOf(project, 'verksamhetsplan')) {
      records(plan.data, 'budget').forEach((line, i) => {
        const id = str(line, 'id');
        const budget = num(line, 'belopp');
        if (!id || budget === undefined) return;
        const sum = planned.get(`${plan.id}\u0000${id}`);
        if (!sum) return;
        const total = sum.fraction === 0 ? sum.whole : Number(sum.whole) + sum.fraction;
        if (total > budget) report({ ...at(plan, ['budget', i, 'belopp']), ...say('budget/over', { post: id, planned: total, budget }) });
      });
    }
  },
};
