import { entitiesOf, str } from '../../load/project.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

const OWNED_LEVELS = new Set(['övergripande', 'långsiktigt']);

/** Every övergripande and långsiktigt mål is owned by a network (Figur 4). */
export const goalOwnerMissing: Rule = {
  id: 'goal/owner-missing',
  severity: 'error',
  run({ project, say, report }) {
    for (const goal of entitiesOf(project, 'mål')) {
      const level = str(goal.data, 'nivå');
      if (level && OWNED_LEVELS.has(level) && goal.data.ägare === undefined) {
        report({ ...at(goal), ...say('goal/owner-missing', { level }) });
      }
    }
  },
};
