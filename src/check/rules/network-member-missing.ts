import { arr, entitiesOf, str } from '../../load/project.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

/** A standing network has a member from every municipality. */
export const networkMemberMissing: Rule = {
  id: 'network/member-missing',
  severity: 'error',
  run({ project, say, report }) {
    const kommuner = entitiesOf(project, 'kommun');
    for (const network of entitiesOf(project, 'nätverk')) {
      if (str(network.data, 'form') !== 'stående') continue;
      const present = new Set(arr(network.data, 'medlemmar').map((m) => (m as Record<string, unknown> | null)?.kommun));
      const missing = kommuner.filter((k) => !present.has(k.id)).map((k) => str(k.data, 'namn') ?? k.id);
      if (missing.length > 0) {
        const hasList = Array.isArray(network.data.medlemmar);
        report({ ...at(network, hasList ? 'medlemmar' : undefined, hasList ? 'key' : 'value'), ...say('network/member-missing', { kommuner: missing }) });
      }
    }
  },
};
