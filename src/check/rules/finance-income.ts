import { costShares } from '../../load/cost-shares.js';
import { entitiesOf, lookup, num, obj, records, str } from '../../load/project.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

/** What each kommun paid, in the årsredovisning, is its fee under the plan's cost-sharing key. */
export const financeIncome: Rule = {
  id: 'finance/income',
  severity: 'warning',
  run({ project, say, report }) {
    for (const annual of entitiesOf(project, 'årsredovisning')) {
      const economy = obj(annual.data, 'ekonomi');
      const plan = lookup(project, annual.data.verksamhetsplan, 'verksamhetsplan');
      if (!economy || !plan) continue;
      const applied = costShares(project, plan);
      if (!applied || applied.problem) continue; // no key, or finance/shares reports it
      const fee = new Map(applied.shares.map((s) => [s.kommunId, s.amount]));
      records(economy, 'intäkter').forEach((row, i) => {
        const kommun = str(row, 'kommun');
        const paid = num(row, 'belopp');
        if (!kommun || paid === undefined || !fee.has(kommun)) return;
        // Rounding to whole kronor may differ by a krona from the kansli's own sheet.
        if (Math.abs(paid - fee.get(kommun)!) > 1) {
          const name = String(lookup(project, kommun, 'kommun')?.data.namn ?? kommun);
          report({ ...at(annual, ['ekonomi', 'intäkter', i, 'belopp']), ...say('finance/income', { kommun: name, paid, fee: fee.get(kommun)! }) });
        }
      });
    }
  },
};
