import { entitiesOf, num, obj, records, str } from './project.js';
import type { Entity, Project } from './project.js';

/** One kommun's part of the costs under a plan's cost-sharing key. */
export interface CostShare {
  kommunId: string;
  /** Percent of the whole, 0–100. */
  percent: number;
  /** The kommun's fee: its share of the plan's budget total, in whole kronor. */
  amount: number;
}

/** Why a key cannot be applied: shares that do not make 100, or a kommun without a population. */
export type CostShareProblem =
  | { kind: 'sum'; sum: number }
  | { kind: 'population-missing'; kommuner: string[] }
  | { kind: 'kommun-missing'; kommuner: string[] };

/** The plan's budget total in kronor. */
export function budgetTotal(plan: Entity<'verksamhetsplan'>): number {
  return records(plan.data, 'budget').reduce<number>((s, b) => s + (num(b, 'belopp') ?? 0), 0);
}

/** The population of each kommun from kommuner.yaml (those that have one). */
export function populations(project: Project): Map<string, { count: number; year: number }> {
  const out = new Map<string, { count: number; year: number }>();
  for (const k of entitiesOf(project, 'kommun')) {
    const f = obj(k.data, 'folkmängd');
    const count = f && num(f, 'antal');
    const year = f && num(f, 'år');
    if (count !== undefined && year !== undefined) out.set(k.id, { count, year });
  }
  return out;
}

/**
 * Applies the plan's kostnadsfördelning: each kommun's percent and fee. Amounts are rounded to
 * whole kronor and the rounding remainder goes to the largest share, so the fees add up to the
 * budget exactly. Undefined when the plan has no key.
 */
export function costShares(project: Project, plan: Entity<'verksamhetsplan'>): { shares: CostShare[]; problem?: CostShareProblem } | undefined {
  const key = obj(plan.data, 'kostnadsfördelning');
  if (!key) return undefined;
  const kommuner = entitiesOf(project, 'kommun').map((k) => k.id);
  let weights: Map<string, number>;
  if (str(key, 'grund') === 'folkmängd') {
    const pop = populations(project);
    const missing = kommuner.filter((k) => !pop.has(k));
    if (missing.length) return { shares: [], problem: { kind: 'population-missing', kommuner: missing } };
    weights = new Map(kommuner.map((k) => [k, pop.get(k)!.count]));
  } else {
    weights = new Map();
    for (const row of records(key, 'andelar')) {
      const id = str(row, 'kommun');
      const share = num(row, 'andel');
      if (id && share !== undefined) weights.set(id, (weights.get(id) ?? 0) + share);
    }
    const sum = [...weights.values()].reduce((s, v) => s + v, 0);
    // Shares are written with at most a few decimals: compare in hundredths of a percent.
    if (Math.round(sum * 100) !== 10000) return { shares: [], problem: { kind: 'sum', sum } };
    const missing = kommuner.filter((k) => !weights.has(k));
    if (missing.length) return { shares: [], problem: { kind: 'kommun-missing', kommuner: missing } };
  }
  const whole = [...weights.values()].reduce((s, v) => s + v, 0);
  const total = budgetTotal(plan);
  const shares = [...weights].map(([kommunId, w]) => ({ kommunId, percent: (w / whole) * 100, amount: Math.round((total * w) / whole) }));
  const rest = total - shares.reduce((s, x) => s + x.amount, 0);
  if (rest !== 0 && shares.length) shares.reduce((a, b) => (b.percent > a.percent ? b : a)).amount += rest;
  return { shares };
}
