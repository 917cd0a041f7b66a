import { arr, entitiesOf } from '../../load/project.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

/** An indicator has at most one target and one outcome per year. */
export const indicatorDuplicateYear: Rule = {
  id: 'indicator/duplicate-year',
  severity: 'error',
  run({ project, say, report }) {
    for (const indicator of entitiesOf(project, 'indikator')) {
      for (const field of ['målvärden', 'utfall'] as const) {
        const seen = new Set<number>();
        arr(indicator.data, field).forEach((entry, i) => {
          const year = (entry as Record<string, unknown> | null)?.år;
          if (typeof year !== 'number') return;
          if (seen.has(year)) report({ ...at(indicator, [field, i, 'år']), ...say('indicator/duplicate-year', { year, field }) });
          seen.add(year);
        });
      }
    }
  },
};
