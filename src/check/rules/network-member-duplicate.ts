import { arr, entitiesOf, str } from '../../load/project.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

/** A standing network has exactly one member per municipality. */
export const networkMemberDuplicate: Rule = {
  id: 'network/member-duplicate',
  severity: 'error',
  run({ project, say, report }) {
    for (const network of entitiesOf(project, 'nätverk')) {
      if (str(network.data, 'form') !== 'stående') continue;
      const seen = new Set<unknown>();
      arr(network.data, 'medlemmar').forEach((m, i) => {
        const kommun = (m as Record<string, unknown> | null)?.kommun;
        if (typeof kommun !== 'string') return;
        if (seen.has(kommun)) {
          const name = project.byId.get(kommun)?.find((e) => e.kind === 'kommun');
          report({ ...at(network, ['medlemmar', i, 'kommun']), ...say('network/member-duplicate', { kommun: (name && str(name.data, 'namn')) ?? kommun }) });
        }
        seen.add(kommun);
      });
    }
  },
};
