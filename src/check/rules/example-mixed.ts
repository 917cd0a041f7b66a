import { entitiesOf, field, num, str } from '../../load/project.js';
import type { Entity } from '../../load/project.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

/**
 * An entity marked `exempel: true` never enters the document of a plan or report that is not an
 * example itself: the plan's own activities, delmål and report, and the indicators and active
 * networks that every document of the year shows.
 */
export const exampleMixed: Rule = {
  id: 'example/mixed',
  severity: 'error',
  run({ project, say, report }) {
    const examples = project.entities.filter((e) => field(e.data, 'exempel') === true);
    if (examples.length === 0) return;
    for (const plan of entitiesOf(project, 'verksamhetsplan')) {
      if (plan.data.exempel === true) continue;
      const year = num(plan.data, 'år');
      const enters = (e: Entity): boolean => {
        if (field(e.data, 'verksamhetsplan') === plan.id) return true;
        if (e.kind === 'indikator') return true;
        if (e.kind === 'nätverk') return e.data.form === 'stående' || (year !== undefined && (str(e.data, 'slutdatum') ?? '9999') >= `${year}-01-01`);
        return false;
      };
      for (const example of examples) {
        if (example === plan || !enters(example)) continue;
        report({
          ...at(example, 'exempel', 'key'),
          ...say('example/mixed', { id: example.id, plan: plan.id }),
          related: [{ ...say('example/mixed-plan', { plan: plan.id }), file: plan.file, path: plan.path, target: 'value' }],
        });
      }
    }
  },
};
