import { entitiesOf, num } from '../../load/project.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

/** There is one annual plan per year. */
export const planDuplicateYear: Rule = {
  id: 'plan/duplicate-year',
  severity: 'error',
  run({ project, say, report }) {
    const byYear = new Map<number, (typeof project.entities)[number]>();
    for (const plan of entitiesOf(project, 'verksamhetsplan')) {
      const year = num(plan.data, 'år');
      if (year === undefined) continue;
      const first = byYear.get(year);
      if (!first) byYear.set(year, plan);
      else {
        report({
          ...at(plan, 'år'),
          ...say('plan/duplicate-year', { year }),
          related: [{ ...say('id/duplicate.first'), file: first.file, path: [...first.path, 'år'] }],
        });
      }
    }
  },
};
