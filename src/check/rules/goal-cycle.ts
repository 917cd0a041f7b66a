import { goalChains } from '../goal-chains.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

/** Following `förälder` from any goal never comes back to the same goal. */
export const goalCycle: Rule = {
  id: 'goal/cycle',
  severity: 'error',
  run({ project, say, report }) {
    for (const loop of goalChains(project).cycles) {
      // Report at the member that comes first by file, so the finding is stable.
      const first = [...loop].sort((a, b) => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0))[0]!;
      const from = loop.indexOf(first);
      const ordered = [...loop.slice(from), ...loop.slice(0, from)];
      report({
        ...at(first, 'förälder'),
        ...say('goal/cycle', { chain: [...ordered.map((g) => g.id), first.id] }),
        related: ordered.slice(1).map((g) => ({ ...say('ref/defined-here', { kind: g.kind }), file: g.file, path: [...g.path, 'förälder'] })),
      });
    }
  },
};
