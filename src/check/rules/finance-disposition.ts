import { arr, entitiesOf, num, obj } from '../../load/project.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

/** The proposed disposition covers the year's result: income minus the outcome of every budget line. */
export const financeDisposition: Rule = {
  id: 'finance/disposition',
  severity: 'warning',
  run({ project, say, report }) {
    for (const annual of entitiesOf(project, 'årsredovisning')) {
      const economy = obj(annual.data, 'ekonomi');
      const disposition = economy && obj(economy, 'resultatdisposition');
      const amount = disposition && num(disposition, 'belopp');
      if (!economy || amount === undefined) continue;
      const sum = (list: unknown[], key: string) => list.reduce<number | undefined>((s, r) => {
        const v = num((r ?? {}) as Record<string, unknown>, key);
        return s === undefined || v === undefined ? undefined : s + v;
      }, 0);
      const fees = sum(arr(economy, 'intäkter'), 'belopp');
      const other = sum(arr(economy, 'övriga_intäkter'), 'belopp');
      // An outcome not yet filled in ("") leaves the result unknown: nothing to compare yet.
      const costs = sum(arr(annual.data, 'budgetutfall'), 'utfall');
      if (fees === undefined || other === undefined || costs === undefined) continue;
      const result = fees + other - costs;
      if (Math.abs(result) !== amount) {
        report({ ...at(annual, ['ekonomi', 'resultatdisposition', 'belopp']), ...say('finance/disposition', { amount, result }) });
      }
    }
  },
};
