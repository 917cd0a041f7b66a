import { arr, entitiesOf, lookup, obj, records, str } from '../../load/project.js';
import type { Entity } from '../../load/project.js';
import { suggest } from '../../util/suggest.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

/** Budget lines named by activities and by the annual report exist in the plan. */
export const budgetUnknownPost: Rule = {
  id: 'budget/unknown-post',
  severity: 'error',
  run({ project, say, report }) {
    const check = (owner: Entity, planId: unknown, post: unknown, path: (string | number)[]) => {
      const plan = lookup(project, planId, 'verksamhetsplan');
      if (!plan || typeof post !== 'string') return;
      const posts = records(plan.data, 'budget').map((b) => str(b, 'id')).filter((s): s is string => !!s);
      if (posts.includes(post)) return;
      const suggestion = suggest(post, posts);
      report({ ...at(owner, path), ...say('budget/unknown-post', { post, plan: plan.id, suggestion }) });
    };
    for (const activity of entitiesOf(project, 'aktivitet')) {
      check(activity, activity.data.verksamhetsplan, obj(activity.data, 'budget')?.post, ['budget', 'post']);
    }
    for (const annual of entitiesOf(project, 'årsredovisning')) {
      arr(annual.data, 'budgetutfall').forEach((line, i) => {
        const post = (line as Record<string, unknown> | null)?.post;
        check(annual, annual.data.verksamhetsplan, post, ['budgetutfall', i, 'post']);
      });
    }
  },
};
