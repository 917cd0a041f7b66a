import { entitiesOf, lookup } from '../../model/project.js';
import type { Entity } from '../../model/project.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

/** Following `förälder` from any goal never comes back to the same goal. */
export const goalCycle: Rule = {
  id: 'goal/cycle',
  severity: 'error',
  run({ project, msg, report }) {
    const reported = new Set<string>();
    for (const start of entitiesOf(project, 'mål')) {
      const chain: Entity[] = [];
      const seen = new Set<Entity>();
      let current: Entity | undefined = start;
      while (current && !seen.has(current)) {
        seen.add(current);
        chain.push(current);
        current = lookup(project, current.data.förälder, 'mål');
      }
      if (!current) continue;
      const loop = chain.slice(chain.indexOf(current));
      const key = loop.map((g) => g.id).sort().join('|');
      if (reported.has(key)) continue;
      reported.add(key);
      // Report at the member that comes first by file, so the finding is stable.
      const first = [...loop].sort((a, b) => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0))[0]!;
      const from = loop.indexOf(first);
      const ordered = [...loop.slice(from), ...loop.slice(0, from)];
      report({
        ...at(first, 'förälder'),
        message: msg['goal/cycle']({ chain: [...ordered.map((g) => g.id), first.id] }),
        related: ordered.slice(1).map((g) => ({ message: msg['ref/defined-here'](), file: g.file, path: [...g.path, 'förälder'] })),
      });
    }
  },
};
