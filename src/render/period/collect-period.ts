import { missingDecisions, periodOf } from '../../load/programmes.js';
import { inProgramme } from '../../load/programmes.js';
import { entitiesOf, field, obj, str } from '../../load/project.js';
import type { Entity, Project } from '../../load/project.js';
import { collectYear } from '../year-data.js';
import type { IndicatorView, YearData } from '../year-data.js';
import type { PeriodChoice } from './choose-period.js';

/** A goal of the programme as the follow-up shows it. */
export interface PeriodGoal {
  id: string;
  level: string;
  title: string;
  shortName?: string;
  area?: string;
  parentId?: string;
}

/** One year of the period: its plan's and report's data, or none when the year has no plan. */
export interface PeriodYear {
  year: number;
  data?: YearData;
}

/** Everything the slutuppföljning of a programme period is made from. */
export interface PeriodData {
  from: number;
  to: number;
  programme: {
    id: string;
    name: string;
    shortName: string;
    validFrom: number;
    validTo: number;
    draft: boolean;
    decidedBy?: string;
    revision?: string;
    /** The member kommuner (names) whose kommunstyrelse has no recorded decision on the programme. */
    missingDecisions: string[];
  };
  organisationName: string;
  years: PeriodYear[];
  /** The programme's övergripande and långsiktiga mål, in the data's order. */
  goals: PeriodGoal[];
  /** The indicators of the programme's goals, as the årsredovisning sees them. */
  indicators: IndicatorView[];
  /** The population of each kommun by name, for population-weighted totals (as the årsredovisning's). */
  populations: Map<string, number>;
  /** Which activity each activity continues (`fortsätter`), by id. */
  continues: Map<string, string>;
}

const PROGRAMME_LEVELS = new Set(['övergripande', 'långsiktigt']);

/** Gathers the years of a programme period: each year through the same collection as its årsredovisning. */
export function collectPeriod(project: Project, choice: PeriodChoice): PeriodData {
  const { programme, from, to } = choice;
  const years: PeriodYear[] = [];
  for (let year = from; year <= to; year++) years.push({ year, data: collectYear(project, year) });
  const goals = entitiesOf(project, 'mål')
    .filter((g) => PROGRAMME_LEVELS.has(str(g.data, 'nivå') ?? '') && inProgramme(project, g, programme.id))
    .map((g): PeriodGoal => ({
      id: g.id,
      level: str(g.data, 'nivå') ?? '',
      title: str(g.data, 'titel') ?? g.id,
      shortName: str(g.data, 'kortnamn'),
      area: str(g.data, 'område'),
      parentId: str(g.data, 'förälder'),
    }));
  const goalIds = new Set(goals.map((g) => g.id));
  const first = years.find((y) => y.data)?.data;
  // The views of the same collection as the årsredovisning: one builder, so one Södertörn value per year.
  const indicators = (first?.indicators ?? []).filter((i) => i.goalIds.some((g) => goalIds.has(g)));
  const kommuner = new Map(entitiesOf(project, 'kommun').map((k) => [k.id, str(k.data, 'namn') ?? k.id]));
  const period = periodOf(programme)!;
  const organisation = project.files.find((f) => f.kind === 'organisation');
  const orgData = organisation?.file.data;
  return {
    from,
    to,
    programme: {
      id: programme.id,
      name: str(programme.data, 'namn') ?? programme.id,
      shortName: str(programme.data, 'kortnamn') ?? programme.id,
      validFrom: period.from,
      validTo: period.to,
      draft: field(programme.data, 'utkast') === true,
      decidedBy: str(programme.data, 'beslutas_av'),
      revision: str(obj(programme.data, 'revidering') ?? {}, 'tidpunkt'),
      missingDecisions: missingDecisions(project, programme).map((k: Entity) => kommuner.get(k.id) ?? k.id),
    },
    organisationName: (typeof orgData === 'object' && orgData !== null && typeof (orgData as Record<string, unknown>).namn === 'string'
      ? ((orgData as Record<string, unknown>).namn as string)
      : undefined) ?? 'Södertörnssamverkan',
    years,
    goals,
    indicators,
    populations: first?.governance.populations ?? new Map(),
    continues: new Map(entitiesOf(project, 'aktivitet').flatMap((a) => {
      const from = str(a.data, 'fortsätter');
      return from ? [[a.id, from] as const] : [];
    })),
  };
}
