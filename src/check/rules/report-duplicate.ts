import { arr, entitiesOf } from '../../load/project.js';
import type { FieldOf } from '../../load/project.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

const LISTS: [list: FieldOf<'årsredovisning'>, key: string][] = [
  ['aktiviteter', 'aktivitet'],
  ['måluppfyllelse', 'mål'],
  ['budgetutfall', 'post'],
  ['indikatorbedömningar', 'indikator'],
];

/** An annual report names each activity, goal and budget line once per list. */
export const reportDuplicate: Rule = {
  id: 'report/duplicate',
  severity: 'error',
  run({ project, say, report }) {
    for (const annual of entitiesOf(project, 'årsredovisning')) {
      for (const [list, key] of LISTS) {
        const seen = new Set<string>();
        arr(annual.data, list).forEach((entry, i) => {
          const value = (entry as Record<string, unknown> | null)?.[key];
          if (typeof value !== 'string') return;
          if (seen.has(value)) report({ ...at(annual, [list, i, key]), ...say('report/duplicate', { what: value }) });
          seen.add(value);
        });
      }
    }
  },
};
