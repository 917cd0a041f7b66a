import { inProgramme } from '../model/programmes.js';
import type { Assessment, Direction } from '../model/kinds.js';
import { arr, entitiesOf, lookup, num, obj, str } from '../model/project.js';
import type { Entity, Project } from '../model/project.js';

/** A goal as the documents show it. */
export interface GoalView {
  id: string;
  level: string;
  title: string;
  area?: string;
  shortName?: string;
  ownerId?: string;
  parentId?: string;
  body: string;
}

export interface NetworkView {
  id: string;
  name: string;
  shortName?: string;
  form: string;
  end?: string;
  members: { kommun: string; roll: string; namn?: string }[];
}

export interface ActivityView {
  id: string;
  title: string;
  goalIds: string[];
  responsibleId: string;
  responsible: string;
  contributors: string[];
  from: string;
  to: string;
  budgetPost?: string;
  budget?: number;
  status: string;
  result?: string;
  effect?: string;
  cost?: number;
  body: string;
}

export interface IndicatorView {
  id: string;
  name: string;
  unit: string;
  direction: 'ökar' | 'minskar';
  goalIds: string[];
  source: { type: string; kpi?: string; name?: string };
  baseline?: { year: number; value: number };
  targets: { year: number; value: number }[];
  outcomes: { year: number; value: number | 'saknas'; comment?: string; kommuner: { kommun: string; value: number | 'saknas' }[] }[];
}

export interface BudgetLineView {
  id: string;
  title: string;
  amount: number;
  comment?: string;
  outcome?: number;
  outcomeComment?: string;
}

/** Everything the årsredovisning and the verksamhetsplan of one year are made from. */
export interface YearData {
  year: number;
  programName: string;
  programShortName: string;
  programPeriod?: { from: number; to: number };
  programPurpose?: string;
  programPrinciples: string[];
  organisationName: string;
  organs: { id: string; name: string; description: string; role: string }[];
  kommuner: Map<string, string>;
  vision?: GoalView;
  programmeGoals: GoalView[];
  subGoals: GoalView[];
  networks: NetworkView[];
  activities: ActivityView[];
  indicators: IndicatorView[];
  budget: BudgetLineView[];
  plan: { id: string; decided?: string; decidedBy?: string; body: string; example: boolean };
  annual?: { id: string; decided?: string; decidedBy?: string; body: string; example: boolean };
  assessments: Map<string, { assessment: Assessment; motivation: string; direction?: Direction }>;
  indicatorAssessments: Map<string, { assessment: Assessment; motivation?: string }>;
}

const body = (e: Entity) => (e.path.length === 0 ? (e.file.body?.text ?? '') : '');
const record = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

function goalView(e: Entity): GoalView {
  return {
    id: e.id,
    level: str(e.data, 'nivå') ?? '',
    title: str(e.data, 'titel') ?? e.id,
    area: str(e.data, 'område'),
    shortName: str(e.data, 'kortnamn'),
    ownerId: str(e.data, 'ägare'),
    parentId: str(e.data, 'förälder'),
    body: body(e),
  };
}

/** The name of the entity an id refers to, or the id itself. */
function nameOf(project: Project, id: unknown): string {
  const e = lookup(project, id);
  if (!e) return String(id ?? '');
  return str(e.data, 'namn') ?? str(e.data, 'titel') ?? e.id;
}

/** Gathers the data of one plan year, or undefined when there is no plan for that year. */
export function collectYear(project: Project, year: number): YearData | undefined {
  const planEntity = entitiesOf(project, 'verksamhetsplan').find((p) => num(p.data, 'år') === year);
  if (!planEntity) return undefined;
  const annualEntity = entitiesOf(project, 'årsredovisning').find((a) => a.data.verksamhetsplan === planEntity.id);
  const program = lookup(project, planEntity.data.program, 'program') ?? entitiesOf(project, 'program')[0];
  const organisation = project.files.find((f) => f.kind === 'organisation');
  // The goals of this year's programme: an earlier programme's stay in the repository for history, a successor's are not yet this year's.
  const goals = entitiesOf(project, 'mål').filter((g) => g.data.nivå === 'delmål' || inProgramme(project, g, program?.id)).map(goalView);
  const annualData = annualEntity?.data ?? {};
  const results = new Map(arr(annualData, 'aktiviteter').map((r) => [record(r).aktivitet, record(r)]));
  const outcomes = new Map(arr(annualData, 'budgetutfall').map((r) => [record(r).post, record(r)]));

  const activities = entitiesOf(project, 'aktivitet')
    .filter((a) => a.data.verksamhetsplan === planEntity.id)
    .map((a): ActivityView => {
      const period = obj(a.data, 'period') ?? {};
      const budget = obj(a.data, 'budget');
      const r = results.get(a.id) ?? {};
      return {
        id: a.id,
        title: str(a.data, 'titel') ?? a.id,
        goalIds: arr(a.data, 'mål').filter((g): g is string => typeof g === 'string'),
        responsibleId: str(a.data, 'ansvarig') ?? '',
        responsible: nameOf(project, a.data.ansvarig),
        contributors: arr(a.data, 'medverkande').map((m) => nameOf(project, m)),
        from: str(period, 'från') ?? '',
        to: str(period, 'till') ?? '',
        budgetPost: budget ? str(budget, 'post') : undefined,
        budget: budget ? num(budget, 'belopp') : undefined,
        status: str(a.data, 'status') ?? 'ej påbörjad',
        result: str(r, 'resultat'),
        effect: str(r, 'effekt'),
        cost: num(r, 'utfall_belopp'),
        body: body(a),
      };
    });

  const indicators = entitiesOf(project, 'indikator').map((i): IndicatorView => {
    const source = obj(i.data, 'källa') ?? {};
    const baseline = obj(i.data, 'basvärde');
    return {
      id: i.id,
      name: str(i.data, 'namn') ?? i.id,
      unit: str(i.data, 'enhet') ?? '',
      direction: str(i.data, 'riktning') === 'minskar' ? 'minskar' : 'ökar',
      goalIds: arr(i.data, 'mål').filter((g): g is string => typeof g === 'string'),
      source: { type: str(source, 'typ') ?? 'egen', kpi: str(source, 'kpi'), name: str(source, 'namn') },
      baseline: baseline && num(baseline, 'år') !== undefined && num(baseline, 'värde') !== undefined
        ? { year: num(baseline, 'år')!, value: num(baseline, 'värde')! }
        : undefined,
      targets: arr(i.data, 'målvärden').map(record).filter((t) => typeof t.år === 'number' && typeof t.värde === 'number')
        .map((t) => ({ year: t.år as number, value: t.värde as number })),
      outcomes: arr(i.data, 'utfall').map(record).filter((o) => typeof o.år === 'number')
        .map((o) => ({
          year: o.år as number,
          value: typeof o.värde === 'number' ? o.värde : 'saknas',
          comment: str(o, 'kommentar'),
          kommuner: arr(o, 'kommuner').map(record).map((k) => ({
            kommun: nameOf(project, k.kommun),
            value: typeof k.värde === 'number' ? k.värde : ('saknas' as const),
          })),
        })),
    };
  });

  return {
    year,
    programName: (program && str(program.data, 'namn')) ?? '',
    programShortName: (program && str(program.data, 'kortnamn')) ?? '',
    programPeriod: program && obj(program.data, 'giltighet')
      ? { from: num(obj(program.data, 'giltighet')!, 'från') ?? 0, to: num(obj(program.data, 'giltighet')!, 'till') ?? 0 }
      : undefined,
    programPurpose: program ? str(program.data, 'syfte') : undefined,
    programPrinciples: program ? arr(program.data, 'principer').filter((p): p is string => typeof p === 'string') : [],
    organisationName: str(record(organisation?.file.data), 'namn') ?? 'Södertörnssamverkan',
    organs: entitiesOf(project, 'organ').map((o) => ({
      id: o.id,
      name: str(o.data, 'namn') ?? o.id,
      description: str(o.data, 'beskrivning') ?? '',
      role: str(o.data, 'roll') ?? '',
    })),
    kommuner: new Map(entitiesOf(project, 'kommun').map((k) => [k.id, str(k.data, 'namn') ?? k.id])),
    vision: goals.find((g) => g.level === 'vision'),
    programmeGoals: goals.filter((g) => g.level === 'övergripande' || g.level === 'långsiktigt'),
    subGoals: entitiesOf(project, 'mål').filter((g) => g.data.nivå === 'delmål' && g.data.verksamhetsplan === planEntity.id).map(goalView),
    networks: entitiesOf(project, 'nätverk')
      .filter((n) => n.data.form === 'stående' || (str(n.data, 'slutdatum') ?? '9999') >= `${year}-01-01`)
      .map((n) => ({
        id: n.id,
        name: str(n.data, 'namn') ?? n.id,
        shortName: str(n.data, 'kortnamn'),
        form: str(n.data, 'form') ?? 'stående',
        end: str(n.data, 'slutdatum'),
        members: arr(n.data, 'medlemmar').map(record).map((m) => ({
          kommun: nameOf(project, m.kommun),
          roll: str(m, 'roll') ?? '',
          namn: str(m, 'namn'),
        })),
      })),
    activities,
    indicators,
    budget: arr(planEntity.data, 'budget').map(record).map((b) => {
      const o = outcomes.get(b.id) ?? {};
      return {
        id: str(b, 'id') ?? '',
        title: str(b, 'rubrik') ?? '',
        amount: num(b, 'belopp') ?? 0,
        comment: str(b, 'kommentar'),
        outcome: num(o, 'utfall'),
        outcomeComment: str(o, 'kommentar'),
      };
    }),
    plan: {
      id: planEntity.id,
      decided: str(planEntity.data, 'beslutad'),
      decidedBy: planEntity.data.beslutad_av ? nameOf(project, planEntity.data.beslutad_av) : undefined,
      body: body(planEntity),
      example: planEntity.data.exempel === true,
    },
    annual: annualEntity
      ? {
          id: annualEntity.id,
          decided: str(annualEntity.data, 'beslutad'),
          decidedBy: annualEntity.data.beslutad_av ? nameOf(project, annualEntity.data.beslutad_av) : undefined,
          body: body(annualEntity),
          example: annualEntity.data.exempel === true,
        }
      : undefined,
    assessments: new Map(
      arr(annualData, 'måluppfyllelse').map(record).map((m) => [
        String(m.mål),
        { assessment: m.bedömning as Assessment, motivation: str(m, 'motivering') ?? '', direction: m.utveckling as Direction | undefined },
      ]),
    ),
    indicatorAssessments: new Map(
      arr(annualData, 'indikatorbedömningar').map(record).map((m) => [
        String(m.indikator),
        { assessment: m.bedömning as Assessment, motivation: str(m, 'motivering') },
      ]),
    ),
  };
}
