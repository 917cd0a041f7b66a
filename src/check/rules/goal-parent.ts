import { GOAL_LEVELS } from '../../model/kinds.js';
import { entitiesOf, lookup, str } from '../../load/project.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

const rank = (level: string | undefined) => GOAL_LEVELS.indexOf(level as (typeof GOAL_LEVELS)[number]);

/**
 * The vision has no parent; every other goal has one on a higher level
 * (so a delmål always hangs under a goal of the programme).
 */
export const goalParent: Rule = {
  id: 'goal/parent',
  severity: 'error',
  run({ project, say, report }) {
    for (const goal of entitiesOf(project, 'mål')) {
      const level = str(goal.data, 'nivå');
      if (rank(level) < 0) continue; // the schema reports an unknown level
      if (level === 'vision') {
        if (goal.data.förälder !== undefined) report({ ...at(goal, 'förälder', 'key'), ...say('goal/vision-parent') });
        continue;
      }
      if (goal.data.förälder === undefined) {
        report({ ...at(goal), ...say('goal/parent-missing', { level: level! }) });
        continue;
      }
      const parent = lookup(project, goal.data.förälder, 'mål');
      if (!parent) continue; // ref/unknown reports it
      const parentLevel = str(parent.data, 'nivå');
      if (rank(parentLevel) >= 0 && rank(parentLevel) >= rank(level)) {
        report({
          ...at(goal, 'förälder'),
          ...say('goal/parent-level', { level: level!, parent: parent.id, parentLevel: parentLevel! }),
          related: [{ ...say('ref/defined-here', { kind: parent.kind }), file: parent.file, path: [...parent.path, 'nivå'] }],
        });
      }
    }
  },
};
