import { entitiesOf, str } from '../../load/project.js';
import { isDraft, missingDecisions, periodOf } from '../../load/programmes.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

/**
 * A programme in force (decided, not a draft, and this year within its period) whose adoption is
 * recorded (`beslut`) has one decision per member kommunstyrelse there. A draft successor is not in
 * force and is not asked for them; a programme with no `beslut` at all has its adoption outside the
 * data (as SUP 2040's is, whose decisions the source document does not give) and is not asked either.
 */
export const programDecisionsMissing: Rule = {
  id: 'program/decisions-missing',
  severity: 'warning',
  run({ project, say, report, today }) {
    const year = Number(today.slice(0, 4));
    for (const program of entitiesOf(project, 'program')) {
      const period = periodOf(program);
      if (!period || isDraft(program) || year < period.from || year > period.to || !Array.isArray(program.data.beslut)) continue;
      const missing = missingDecisions(project, program);
      if (missing.length === 0) continue;
      report({
        ...at(program, 'beslut', 'key'),
        ...say('program/decisions-missing', { program: program.id, from: period.from, to: period.to, kommuner: missing.map((k) => str(k.data, 'namn') ?? k.id) }),
      });
    }
  },
};
