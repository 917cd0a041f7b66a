import { södertörnValue } from '../blocks/indicators.js';
import type { ActivityView, IndicatorView } from '../year-data.js';
import type { PeriodData } from './collect-period.js';

/** What the revision of the programme should consider, derived from the period's data. */
export type Finding =
  | { kind: 'no-plan'; year: number }
  | { kind: 'no-report'; year: number }
  | { kind: 'goal-without-activity'; goal: string; years: number[] }
  | { kind: 'indicator-no-values'; indicator: string }
  | { kind: 'indicator-no-target'; indicator: string }
  | { kind: 'indicator-target-missed'; indicator: IndicatorView; value: number; year: number; target: number; targetYear: number }
  | { kind: 'activity-not-done'; activity: ActivityView; year: number }
  | { kind: 'decisions-missing'; kommuner: string[] };

/** An activity and the year whose plan holds it. */
export interface YearActivity {
  year: number;
  activity: ActivityView;
}

/** Every activity of the period's plans, year by year. */
export function periodActivities(period: PeriodData): YearActivity[] {
  return period.years.flatMap((y) => (y.data?.activities ?? []).map((activity) => ({ year: y.year, activity })));
}

/** The activities of the period that another activity of the period continues: by the id of the continued one. */
export function continuations(period: PeriodData): Map<string, YearActivity> {
  const byId = new Map(periodActivities(period).map((a) => [a.activity.id, a]));
  const out = new Map<string, YearActivity>();
  for (const [id, from] of period.continues) {
    const next = byId.get(id);
    if (next && byId.has(from) && !out.has(from)) out.set(from, next);
  }
  return out;
}

/** The goals an activity serves, with every goal above them: serving a delmål serves its parents too. */
function servedGoals(period: PeriodData, year: number): Set<string> {
  const data = period.years.find((y) => y.year === year)?.data;
  const parent = new Map<string, string | undefined>([
    ...period.goals.map((g) => [g.id, g.parentId] as const),
    ...(data?.subGoals ?? []).map((g) => [g.id, g.parentId] as const),
  ]);
  const served = new Set<string>();
  for (const a of data?.activities ?? []) {
    for (const id of a.goalIds) {
      let at: string | undefined = id;
      // The walk stops at a goal already seen: a cycle in a broken file (a draft) ends here.
      while (at !== undefined && !served.has(at)) {
        served.add(at);
        at = parent.get(at);
      }
    }
  }
  return served;
}

/** Södertörn's latest value of the period (recorded or computed by the indicator's method, as the årsredovisning's) and the target it is measured against. */
export function endOfPeriod(
  i: IndicatorView,
  period: Pick<PeriodData, 'from' | 'to' | 'populations'>,
): { value?: { year: number; value: number; computed: boolean }; target?: { year: number; value: number } } {
  const { from, to } = period;
  let value: { year: number; value: number; computed: boolean } | undefined;
  for (const o of i.outcomes) {
    if (o.year < from || o.year > to || (value && o.year <= value.year)) continue;
    const total = södertörnValue(i, o, period.populations);
    if (typeof total.value === 'number') value = { year: o.year, value: total.value, computed: total.computed };
  }
  // The target for the period's last year, or the latest before it; else the first after it.
  const before = i.targets.filter((t) => t.year <= to).sort((a, b) => b.year - a.year)[0];
  const after = i.targets.filter((t) => t.year > to).sort((a, b) => a.year - b.year)[0];
  return { value, target: before ?? after };
}

/**
 * The findings for "Att beakta vid revideringen", in a fixed order: years without a plan or a
 * report, goals without activities, indicators without values or short of their target,
 * activities that were not carried out, and kommuner without a decision on the programme.
 */
export function deriveFindings(period: PeriodData): Finding[] {
  const out: Finding[] = [];
  for (const y of period.years) {
    if (!y.data) out.push({ kind: 'no-plan', year: y.year });
    else if (!y.data.annual) out.push({ kind: 'no-report', year: y.year });
  }
  const planned = period.years.filter((y) => y.data);
  const served = new Map(planned.map((y) => [y.year, servedGoals(period, y.year)]));
  for (const goal of period.goals) {
    const years = planned.filter((y) => !served.get(y.year)!.has(goal.id)).map((y) => y.year);
    if (years.length) out.push({ kind: 'goal-without-activity', goal: goal.title, years });
  }
  for (const view of period.indicators) {
    const end = endOfPeriod(view, period);
    if (!end.value) out.push({ kind: 'indicator-no-values', indicator: view.name });
    else if (!end.target) out.push({ kind: 'indicator-no-target', indicator: view.name });
    else {
      const reached = view.direction === 'minskar' ? end.value.value <= end.target.value : end.value.value >= end.target.value;
      if (!reached) out.push({ kind: 'indicator-target-missed', indicator: view, value: end.value.value, year: end.value.year, target: end.target.value, targetYear: end.target.year });
    }
  }
  const continued = continuations(period);
  for (const a of periodActivities(period)) {
    if (a.activity.status !== 'genomförd' && !continued.has(a.activity.id)) out.push({ kind: 'activity-not-done', activity: a.activity, year: a.year });
  }
  if (period.programme.missingDecisions.length) out.push({ kind: 'decisions-missing', kommuner: period.programme.missingDecisions });
  return out;
}
