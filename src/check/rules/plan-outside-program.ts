import { entitiesOf, lookup, num, obj } from '../../model/project.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

/** An annual plan falls within the period of the programme it carries out. */
export const planOutsideProgram: Rule = {
  id: 'plan/outside-program',
  severity: 'warning',
  run({ project, msg, report }) {
    for (const plan of entitiesOf(project, 'verksamhetsplan')) {
      const program = lookup(project, plan.data.program, 'program');
      const period = program && obj(program.data, 'giltighet');
      const year = num(plan.data, 'år');
      const from = period && num(period, 'från');
      const to = period && num(period, 'till');
      if (!program || year === undefined || from === undefined || to === undefined) continue;
      if (year < from || year > to) report({ ...at(plan, 'år'), message: msg['plan/outside-program']({ year, from, to, program: program.id }) });
    }
  },
};
