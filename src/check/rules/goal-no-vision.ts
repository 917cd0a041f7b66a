import { entitiesOf, lookup, str } from '../../model/project.js';
import type { Entity } from '../../model/project.js';
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
  run({ project, msg, report }) {
    for (const goal of entitiesOf(project, 'mål')) {
      const seen = new Set<Entity>();
      let current: Entity = goal;
      for (;;) {
        seen.add(current);
        const parentId = current.data.förälder;
        if (parentId === undefined) break;
        const parent = lookup(project, parentId, 'mål');
        if (!parent || seen.has(parent)) {
          current = goal; // broken or circular: other rules say so
          break;
        }
        current = parent;
      }
      if (current === goal) continue;
      if (str(current.data, 'nivå') !== 'vision' && current.data.förälder === undefined && str(current.data, 'nivå') !== undefined) {
        // The top goal itself gets goal/parent; its descendants get this pointer to why.
        report({ ...at(goal, 'förälder'), message: msg['goal/no-vision']({ top: current.id }) });
      }
    }
  },
};
