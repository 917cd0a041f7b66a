import { entitiesOf, lookup } from '../load/project.js';
import type { Entity, Project } from '../load/project.js';

/** Where every goal's chain of `förälder` leads, found in one pass over all goals. */
export interface GoalChains {
  /** The goal at the top of each goal's chain; null where the chain breaks (unknown parent) or runs into a cycle. */
  top: Map<Entity<'mål'>, Entity<'mål'> | null>;
  /** Each cycle once, its members in the order of the chain. */
  cycles: Entity<'mål'>[][];
}

const memo = new WeakMap<Project, GoalChains>();

/**
 * Follows `förälder` from every goal, visiting each goal once (memoised per project), so a chain of
 * 20,000 goals costs 20,000 steps, not 20,000² (a hostile pull request can add such a chain).
 */
export function goalChains(project: Project): GoalChains {
  const known = memo.get(project);
  if (known) return known;
  const top = new Map<Entity<'mål'>, Entity<'mål'> | null>();
  const cycles: Entity<'mål'>[][] = [];
  const onPath = new Map<Entity<'mål'>, number>();
  for (const start of entitiesOf(project, 'mål')) {
    if (top.has(start)) continue;
    const path: Entity<'mål'>[] = [];
    let current: Entity<'mål'> = start;
    let end: Entity<'mål'> | null;
    for (;;) {
      if (top.has(current)) {
        end = top.get(current)!;
        break;
      }
      const index = onPath.get(current);
      if (index !== undefined) {
        cycles.push(path.slice(index));
        end = null;
        break;
      }
      onPath.set(current, path.length);
      path.push(current);
      if (current.data.förälder === undefined) {
        end = current;
        break;
      }
      const parent = lookup(project, current.data.förälder, 'mål');
      if (!parent) {
        end = null;
        break;
      }
      current = parent;
    }
    for (const goal of path) {
      top.set(goal, end);
      onPath.delete(goal);
    }
  }
  const chains = { top, cycles };
  memo.set(project, chains);
  return chains;
}
