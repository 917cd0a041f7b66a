import { entitiesOf, str } from '../../load/project.js';
import { isIsoDate } from '../../util/text.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

/** A working group past its end date should be closed or extended. */
export const networkExpired: Rule = {
  id: 'network/expired',
  severity: 'warning',
  run({ project, say, report, today }) {
    for (const network of entitiesOf(project, 'nätverk')) {
      const end = str(network.data, 'slutdatum');
      if (str(network.data, 'form') === 'arbetsgrupp' && end && isIsoDate(end) && end < today) {
        report({ ...at(network, 'slutdatum'), ...say('network/expired', { end, today }) });
      }
    }
  },
};
