import { arr, entitiesOf, lookup, num, str } from '../../load/project.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';
import { inProgramme } from '../../load/programmes.js';

const PROGRAMME_GOALS = new Set(['övergripande', 'långsiktigt']);

/** Each plan year, every övergripande and långsiktigt mål of the plan's programme is served by some activity, directly or through a delmål. */
export const goalNoActivity: Rule = {
  id: 'goal/no-activity',
  severity: 'warning',
  run({ project, say, report }) {
    const goals = entitiesOf(project, 'mål').filter((g) => PROGRAMME_GOALS.has(str(g.data, 'nivå') ?? ''));
    for (const plan of entitiesOf(project, 'verksamhetsplan')) {
      const year = num(plan.data, 'år');
      if (year === undefined) continue;
      const served = new Set<string>();
      for (const activity of entitiesOf(project, 'aktivitet')) {
        if (activity.data.verksamhetsplan !== plan.id) continue;
        for (const goalId of arr(activity.data, 'mål')) {
          // Walk up from the served goal: serving a delmål serves its parents too.
          let goal = lookup(project, goalId, 'mål');
          const seen = new Set<string>();
          while (goal && !seen.has(goal.id)) {
            seen.add(goal.id);
            served.add(goal.id);
            goal = lookup(project, goal.data.förälder, 'mål');
          }
        }
      }
      const program = typeof plan.data.program === 'string' ? plan.data.program : undefined;
      for (const goal of goals) {
        // Another programme's goals (the predecessor's, kept for history, or a successor's) are not this year's.
        if (!inProgramme(project, goal, program)) continue;
        if (!served.has(goal.id)) report({ ...at(goal, 'id'), ...say('goal/no-activity', { goal: goal.id, year }) });
      }
    }
  },
};
