import type { Rule } from '../rule.js';
import { at } from '../rule.js';

/** Every id names one entity in the whole repository. */
export const idDuplicate: Rule = {
  id: 'id/duplicate',
  severity: 'error',
  run({ project, say, report }) {
    for (const [id, list] of project.byId) {
      if (list.length < 2) continue;
      const [first, ...rest] = list;
      for (const dup of rest) {
        report({
          ...at(dup, 'id'),
          ...say('id/duplicate', { id }),
          related: [{ ...say('id/duplicate.first'), file: first!.file, path: [...first!.path, 'id'] }],
        });
      }
    }
  },
};
