import { entitiesOf, str } from '../../load/project.js';
import { goalChains } from '../goal-chains.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

/**
 * Every goal leads up to the vision. Chains that break at an unknown parent or at a
 * goal without parent are reported by ref/unknown and goal/parent, and cycles by goal/cycle;
 * this rule reports a chain that ends at a goal that is not the vision.
 */
export const goalNoVision: Rule = {
  id: 'goal/no-vision',
  severity: 'error',
  run({ project, say, report }) {
    const { top } = goalChains(project);
    for (const goal of entitiesOf(project, 'mål')) {
      const current = top.get(goal);
      // Broken or circular: other rules say so. A goal that is its own top has no parent: goal/parent.
      if (!current || current === goal) continue;
      if (str(current.data, 'nivå') !== 'vision' && str(current.data, 'nivå') !== undefined) {
        // The top goal itself gets goal/parent; its descendants get this pointer to why.
        report({ ...at(goal, 'förälder'), ...say('goal/no-vision', { top: current.id }) });
      }
    }
  },
};
