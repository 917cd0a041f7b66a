import { costShares } from '../../load/cost-shares.js';
import { entitiesOf, lookup } from '../../load/project.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

/** A plan's cost-sharing key can be applied: fixed shares make 100 % over every kommun, or every kommun has a population. */
export const financeShares: Rule = {
  id: 'finance/shares',
  severity: 'error',
  run({ project, say, report }) {
    const name = (id: string) => String(lookup(project, id, 'kommun')?.data.namn ?? id);
    for (const plan of entitiesOf(project, 'verksamhetsplan')) {
      const problem = costShares(project, plan)?.problem;
      if (!problem) continue;
      const where = problem.kind === 'population-missing' ? ['kostnadsfördelning', 'grund'] : ['kostnadsfördelning', 'andelar'];
      const phrased =
        problem.kind === 'sum'
          ? say('finance/shares-sum', { sum: Math.round(problem.sum * 100) / 100 })
          : problem.kind === 'kommun-missing'
            ? say('finance/shares-kommun', { kommuner: problem.kommuner.map(name) })
            : say('finance/shares-population', { kommuner: problem.kommuner.map(name) });
      report({ ...at(plan, where, 'key'), ...phrased });
    }
  },
};
