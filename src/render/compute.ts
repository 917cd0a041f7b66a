import { ACTIVITY_STATUSES, ASSESSMENTS } from '../model/kinds.js';
import type { Assessment } from '../model/kinds.js';
import type { IndicatorView, YearData } from './year-data.js';

/** The statuses in the order a reader expects them: done first, then under way, and stopped last. */
export const REPORT_STATUS_ORDER: readonly (typeof ACTIVITY_STATUSES)[number][] = [
  'genomförd',
  'delvis genomförd',
  'pågår',
  'senarelagd',
  'ej påbörjad',
  'avbruten',
];

/** The computed key figures of "Året i korthet". */
export interface KeyFigures {
  planned: number;
  byStatus: { status: string; count: number }[];
  done: number;
  /** Delmål and the programme's goals counted apart: they are different things. */
  byAssessment: { assessment: Assessment; subGoals: number; programmeGoals: number }[];
  budget: number;
  /** Undefined until every budget line has an outcome: a missing outcome is never 0. */
  outcome?: number;
  deviation?: number;
  deviationPct?: number;
}

/** Counts activities per status, goals per assessment, and budget against outcome. */
export function keyFigures(data: YearData): KeyFigures {
  const byStatus = REPORT_STATUS_ORDER.map((status) => ({ status, count: data.activities.filter((a) => a.status === status).length }));
  const sub = new Set(data.subGoals.map((g) => g.id));
  const assessed = [...data.assessments].map(([id, a]) => ({ ...a, sub: sub.has(id) }));
  const budget = data.budget.reduce((s, b) => s + b.amount, 0);
  const complete = data.budget.length > 0 && data.budget.every((b) => b.outcome !== undefined);
  const outcome = complete ? data.budget.reduce((s, b) => s + b.outcome!, 0) : undefined;
  return {
    planned: data.activities.length,
    byStatus,
    done: data.activities.filter((a) => a.status === 'genomförd').length,
    byAssessment: ASSESSMENTS.map((assessment) => ({
      assessment,
      subGoals: assessed.filter((a) => a.sub && a.assessment === assessment).length,
      programmeGoals: assessed.filter((a) => !a.sub && a.assessment === assessment).length,
    })),
    budget,
    outcome,
    deviation: outcome === undefined ? undefined : budget - outcome,
    deviationPct: outcome !== undefined && budget > 0 ? ((budget - outcome) / budget) * 100 : undefined,
  };
}

/** Share of the expected progress at which an indicator counts as delvis uppfyllt. */
export const PARTLY_THRESHOLD = 0.8;

export interface IndicatorAssessment {
  assessment: Assessment;
  /** recorded: kansliet's own, from the årsredovisning; derived: by the rule below. */
  how: 'recorded' | 'derived';
  motivation?: string;
  /** The target value the outcome was compared with, for the year (interpolated when needed). */
  expected?: number;
}

/**
 * The documented rule: the year's expected value is the target for that year or, failing that,
 * the line from the baseline to the next later target. Progress is (outcome − baseline) /
 * (expected − baseline), the other way round for an indicator that should decrease: at least 1
 * is uppfyllt, at least 0.8 delvis uppfyllt, less ej uppfyllt. A missing outcome or target
 * cannot be assessed.
 */
export function deriveAssessment(indicator: IndicatorView, year: number): IndicatorAssessment {
  const outcome = indicator.outcomes.find((o) => o.year === year)?.value;
  const expected = expectedValue(indicator, year);
  if (typeof outcome !== 'number' || expected === undefined) return { assessment: 'kan ej bedömas', how: 'derived', expected };
  const base = indicator.baseline;
  let progress: number;
  if (base && base.year < year && expected !== base.value) {
    progress = (outcome - base.value) / (expected - base.value);
  } else if (indicator.direction === 'ökar') {
    progress = expected === 0 ? (outcome >= 0 ? 1 : 0) : outcome / expected;
  } else {
    progress = outcome === 0 ? 1 : expected / outcome;
  }
  const assessment: Assessment = progress >= 1 ? 'uppfyllt' : progress >= PARTLY_THRESHOLD ? 'delvis uppfyllt' : 'ej uppfyllt';
  return { assessment, how: 'derived', expected };
}

/** The recorded assessment when the årsredovisning has one, else the derived one. */
export function assessIndicator(data: YearData, indicator: IndicatorView): IndicatorAssessment {
  const recorded = data.indicatorAssessments.get(indicator.id);
  if (recorded) return { assessment: recorded.assessment, how: 'recorded', motivation: recorded.motivation, expected: expectedValue(indicator, data.year) };
  return deriveAssessment(indicator, data.year);
}

/** The target for the year, or the value on the line from the baseline to the next later target. */
export function expectedValue(indicator: IndicatorView, year: number): number | undefined {
  const exact = indicator.targets.find((t) => t.year === year);
  if (exact) return exact.value;
  const later = indicator.targets.filter((t) => t.year > year).sort((a, b) => a.year - b.year)[0];
  if (!later) return undefined;
  const base = indicator.baseline;
  if (!base || base.year >= year) return later.value;
  return base.value + ((later.value - base.value) * (year - base.year)) / (later.year - base.year);
}

export type Trend = 'positiv' | 'negativ' | 'oförändrad' | 'saknas';

/** The direction of development from the previous year's outcome, judged by the desired direction. */
export function trend(indicator: IndicatorView, year: number): Trend {
  const now = indicator.outcomes.find((o) => o.year === year)?.value;
  const before = indicator.outcomes.find((o) => o.year === year - 1)?.value;
  if (typeof now !== 'number' || typeof before !== 'number') return 'saknas';
  if (now === before) return 'oförändrad';
  const better = indicator.direction === 'ökar' ? now > before : now < before;
  return better ? 'positiv' : 'negativ';
}

/** Activities not finished in the year, which move on to the next (Framåtblick). */
export function carriedOver(data: YearData) {
  return data.activities.filter((a) => a.status !== 'genomförd' && a.status !== 'avbruten');
}
