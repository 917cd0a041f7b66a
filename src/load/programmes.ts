import { arr, entitiesOf, lookup, num, obj, str } from './project.js';
import type { Entity, Project } from './project.js';

/**
 * Several programmes in one repository: SUP 2040 (2023–2026) and its successor. A programme goal
 * (vision, övergripande, långsiktigt) names its programme with `program:`; without it, it belongs
 * to the repository's first programme, so a repository with one programme needs no such field. A
 * delmål belongs to the programme of its verksamhetsplan. Goals of an earlier programme stay in the
 * repository for history and are simply not the goals of a later year.
 */

const cache = new WeakMap<Project, { ordered: Entity<'program'>[] }>();

/** A programme's period, when it has a whole one. */
export function periodOf(program: Entity<'program'>): { from: number; to: number } | undefined {
  const period = obj(program.data, 'giltighet');
  const from = period && num(period, 'från');
  const to = period && num(period, 'till');
  return from === undefined || to === undefined ? undefined : { from, to };
}

/** True for a programme marked as a draft (`utkast: true`). */
export function isDraft(program: Entity<'program'>): boolean {
  return program.data.utkast === true;
}

function index(project: Project) {
  let hit = cache.get(project);
  if (!hit) {
    const ordered = [...entitiesOf(project, 'program')].sort((a, b) => (periodOf(a)?.from ?? 9999) - (periodOf(b)?.from ?? 9999));
    hit = { ordered };
    cache.set(project, hit);
  }
  return hit;
}

/** The programmes by the start of their period, earliest first. */
export function programmesInOrder(project: Project): readonly Entity<'program'>[] {
  return index(project).ordered;
}

/** The programme a goal belongs to (its id), or undefined when the repository has none. */
export function programOfGoal(project: Project, goal: Entity<'mål'>): string | undefined {
  const own = str(goal.data, 'program');
  if (own) return own;
  if (goal.data.nivå === 'delmål') {
    const plan = lookup(project, goal.data.verksamhetsplan, 'verksamhetsplan');
    const viaPlan = plan && str(plan.data, 'program');
    if (viaPlan) return viaPlan;
  }
  return index(project).ordered[0]?.id;
}

/** True when `goal` is a goal of the programme `programId`. */
export function inProgramme(project: Project, goal: Entity<'mål'>, programId: string | undefined): boolean {
  // An unknown programme is ref/unknown's finding; here it filters nothing.
  if (programId === undefined || !lookup(project, programId, 'program')) return true;
  return programOfGoal(project, goal) === programId;
}

/** The programme valid in a year: a decided one whose period holds the year, else a draft that does. */
export function programForYear(project: Project, year: number): Entity<'program'> | undefined {
  const holding = index(project).ordered.filter((p) => {
    const period = periodOf(p);
    return period !== undefined && period.from <= year && year <= period.to;
  });
  return holding.find((p) => !isDraft(p)) ?? holding[0];
}

/** The member municipalities (ids) whose kommunstyrelse has no decision on the programme in `beslut`. */
export function missingDecisions(project: Project, program: Entity<'program'>): Entity<'kommun'>[] {
  const decided = new Set(arr(program.data, 'beslut').map((b) => (typeof b === 'object' && b !== null ? (b as Record<string, unknown>).kommun : undefined)));
  return entitiesOf(project, 'kommun').filter((k) => !decided.has(k.id));
}
