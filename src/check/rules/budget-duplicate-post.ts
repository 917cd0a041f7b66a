import { arr, entitiesOf } from '../../load/project.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

/** The budget lines of a plan have different ids, so activities and the annual report can name them. */
export const budgetDuplicatePost: Rule = {
  id: 'budget/duplicate-post',
  severity: 'error',
  run({ project, say, report }) {
    for (const plan of entitiesOf(project, 'verksamhetsplan')) {
      const seen = new Set<string>();
      arr(plan.data, 'budget').forEach((line, i) => {
        const id = (line as Record<string, unknown> | null)?.id;
        if (typeof id !== 'string') return;
        if (seen.has(id)) report({ ...at(plan, ['budget', i, 'id']), ...say('report/duplicate', { what: id }) });
        seen.add(id);
      });
    }
  },
};
