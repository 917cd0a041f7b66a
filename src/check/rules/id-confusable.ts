import { fold } from '../../util/suggest.js';
import type { Entity } from '../../load/project.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

/** Ids that differ only in case or in å/ä/ö are too easy to mix up. */
export const idConfusable: Rule = {
  id: 'id/confusable',
  severity: 'warning',
  run({ project, say, report }) {
    const byFolded = new Map<string, Entity>();
    for (const entity of project.entities) {
      const key = fold(entity.id);
      const other = byFolded.get(key);
      if (!other) byFolded.set(key, entity);
      else if (other.id !== entity.id) {
        report({
          ...at(entity, 'id'),
          ...say('id/confusable', { id: entity.id, other: other.id }),
          related: [{ ...say('ref/defined-here', { kind: other.kind }), file: other.file, path: [...other.path, 'id'] }],
        });
      }
    }
  },
};
