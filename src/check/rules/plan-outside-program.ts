import { entitiesOf, lookup, num } from '../../load/project.js';
import { periodOf, programForYear } from '../../load/programmes.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

/**
 * An annual plan falls within the period of the programme it carries out. When its year lies in
 * another programme's period (the successor's, once there are two), the hint names that one.
 */
export const planOutsideProgram: Rule = {
  id: 'plan/outside-program',
  severity: 'warning',
  run({ project, msg, say, report }) {
    for (const plan of entitiesOf(project, 'verksamhetsplan')) {
      const program = lookup(project, plan.data.program, 'program');
      const period = program && periodOf(program);
      const year = num(plan.data, 'år');
      if (!program || year === undefined || !period) continue;
      if (year >= period.from && year <= period.to) continue;
      const right = programForYear(project, year);
      const rightPeriod = right && periodOf(right);
      report({
        ...at(plan, 'år'),
        ...say('plan/outside-program', { year, from: period.from, to: period.to, program: program.id }),
        ...(right && rightPeriod ? { hint: msg['plan/outside-program-hint']({ year, from: rightPeriod.from, to: rightPeriod.to, program: right.id }) } : {}),
      });
    }
  },
};
