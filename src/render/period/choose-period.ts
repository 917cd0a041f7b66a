import { periodOf, programmesInOrder } from '../../load/programmes.js';
import type { Entity, Project } from '../../load/project.js';

/** A programme period to follow up: the programme and the years, both inside its validity. */
export interface PeriodChoice {
  programme: Entity<'program'>;
  from: number;
  to: number;
}

/** Why a --period argument names no period: each is a usage error. */
export type PeriodProblem =
  | { problem: 'format'; value: string }
  | { problem: 'reversed'; from: number; to: number }
  | { problem: 'outside'; from: number; to: number; known: string }
  | { problem: 'unknown-programme'; id: string; known: string }
  | { problem: 'too-long'; from: number; to: number };

/** A programme runs four years; a period of more years than this comes from a broken or hostile file. */
export const MAX_PERIOD_YEARS = 20;

const YEARS = /^(\d{4})\s*[-–]\s*(\d{4})$/;
const ID = /^\p{Ll}[\p{Ll}\p{N}-]{0,99}$/u;

/**
 * The shape of --period before the project is read: "2023-2026" (an en dash too) or something that
 * may be a programme's id. Anything else, "1-999999" among it, is a usage error here: no loop ever
 * runs over years the user typed.
 */
export function parsePeriodArg(value: string): { from: number; to: number } | { id: string } | PeriodProblem {
  const m = YEARS.exec(value.trim());
  if (m) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    return from > to ? { problem: 'reversed', from, to } : { from, to };
  }
  return ID.test(value.trim()) ? { id: value.trim() } : { problem: 'format', value };
}

/** "SUP 2040 (sup-2040) 2023–2026": the programmes with a period, for a message that says what there is. */
function knownProgrammes(project: Project): string {
  return programmesInOrder(project)
    .flatMap((p) => {
      const period = periodOf(p);
      return period ? [`${p.id} ${period.from}-${period.to}`] : [];
    })
    .join(', ');
}

/** The programme and years of a parsed --period in this project: a period must lie within one programme's validity. */
export function choosePeriod(project: Project, arg: { from: number; to: number } | { id: string }): PeriodChoice | PeriodProblem {
  const programmes = programmesInOrder(project);
  if ('id' in arg) {
    const programme = programmes.find((p) => p.id === arg.id);
    const period = programme && periodOf(programme);
    if (!programme || !period || period.from > period.to) return { problem: 'unknown-programme', id: arg.id, known: knownProgrammes(project) };
    if (period.to - period.from + 1 > MAX_PERIOD_YEARS) return { problem: 'too-long', from: period.from, to: period.to };
    return { programme, from: period.from, to: period.to };
  }
  // The earliest programme that holds the whole period; a decided one before a draft for the same years.
  const holding = programmes.filter((p) => {
    const period = periodOf(p);
    return period !== undefined && period.from <= arg.from && arg.to <= period.to;
  });
  const programme = holding.find((p) => p.data.utkast !== true) ?? holding[0];
  if (!programme) return { problem: 'outside', from: arg.from, to: arg.to, known: knownProgrammes(project) };
  if (arg.to - arg.from + 1 > MAX_PERIOD_YEARS) return { problem: 'too-long', from: arg.from, to: arg.to };
  return { programme, from: arg.from, to: arg.to };
}
