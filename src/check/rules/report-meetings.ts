import { arr, entitiesOf, lookup, num } from '../../load/project.js';
import type { Rule } from '../rule.js';
import { at } from '../rule.js';

/** Samarbetskommittén meets at least six times a year and holds a planeringskonferens (SUP 2040, Figur 3). */
export const reportMeetings: Rule = {
  id: 'report/meetings',
  severity: 'warning',
  run({ project, say, report }) {
    for (const annual of entitiesOf(project, 'årsredovisning')) {
      // Only a report that lists the year's meetings is judged: an older one without the list says nothing.
      if (!Array.isArray(annual.data.sammanträden)) continue;
      const meetings = arr(annual.data, 'sammanträden').map((m) => (typeof m === 'object' && m !== null ? (m as Record<string, unknown>) : {}));
      const plan = lookup(project, annual.data.verksamhetsplan, 'verksamhetsplan');
      const year = plan ? num(plan.data, 'år') : undefined;
      const inYear = meetings.filter((m) => year === undefined || String(m.datum ?? '').startsWith(`${year}-`));
      const count = inYear.filter((m) => m.slag === 'sammanträde').length;
      const conference = inYear.some((m) => m.slag === 'planeringskonferens');
      if (count < 6 || !conference) {
        report({ ...at(annual, 'sammanträden', 'key'), ...say('report/meetings', { count, conference, year: year ?? 0 }) });
      }
    }
  },
};
