import { arr, entitiesOf } from '../../load/project.js';
import type { FieldOf } from '../../load/project.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

/** The fields sup new årsredovisning writes as "" for a person to fill in, by list and the key that names an entry. */
const FILLED_IN: [list: FieldOf<'årsredovisning'>, key: string, fields: string[]][] = [
  ['aktiviteter', 'aktivitet', ['resultat']],
  ['måluppfyllelse', 'mål', ['bedömning', 'motivering']],
  ['budgetutfall', 'post', ['utfall']],
];

/** A pre-filled entry of the annual report is filled in ("" means not yet). */
export const reportEmpty: Rule = {
  id: 'report/empty',
  severity: 'warning',
  run({ project, say, report }) {
    for (const annual of entitiesOf(project, 'årsredovisning')) {
      for (const [list, key, fields] of FILLED_IN) {
        arr(annual.data, list).forEach((entry, i) => {
          if (typeof entry !== 'object' || entry === null) return;
          const record = entry as Record<string, unknown>;
          for (const field of fields) {
            if (record[field] !== '') continue;
            report({ ...at(annual, [list, i, field]), ...say('report/empty', { field: `${list}[].${field}`, item: String(record[key] ?? i) }) });
          }
        });
      }
    }
  },
};
