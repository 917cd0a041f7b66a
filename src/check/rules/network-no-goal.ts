import { entitiesOf, goalsOfNetwork, str } from '../../load/project.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

/** A standing network owns at least one goal; otherwise its mandate is unclear. */
export const networkNoGoal: Rule = {
  id: 'network/no-goal',
  severity: 'warning',
  run({ project, say, report }) {
    for (const network of entitiesOf(project, 'nätverk')) {
      if (str(network.data, 'form') !== 'stående') continue;
      if (goalsOfNetwork(project, network.id).length === 0) report({ ...at(network, 'id'), ...say('network/no-goal', { network: network.id }) });
    }
  },
};
