import { entitiesOf, lookup, str } from '../../load/project.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

/** A goal's owner must be active: a working group past its end date cannot own a goal. */
export const goalOwnerInactive: Rule = {
  id: 'goal/owner-inactive',
  severity: 'error',
  run({ project, say, report, today }) {
    for (const goal of entitiesOf(project, 'mål')) {
      const owner = lookup(project, goal.data.ägare, 'nätverk');
      if (!owner || str(owner.data, 'form') !== 'arbetsgrupp') continue;
      const end = str(owner.data, 'slutdatum');
      if (end && end < today) {
        report({
          ...at(goal, 'ägare'),
          ...say('goal/owner-inactive', { owner: owner.id, end }),
          related: [{ ...say('ref/defined-here', { kind: owner.kind }), file: owner.file, path: [...owner.path, 'slutdatum'] }],
        });
      }
    }
  },
};
