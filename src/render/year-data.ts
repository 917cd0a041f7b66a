import { inProgramme } from '../load/programmes.js';
import { costShares, populations } from '../load/cost-shares.js';
import type { Aggregation, Assessment, Direction } from '../model/kinds.js';
import { arr, entitiesOf, lookup, num, obj, records, str } from '../load/project.js';
import type { Entity, Project } from '../load/project.js';
import type { DataOf } from '../model/entity-data.js';

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
  source: { type: string; kpi?: string; name?: string; verified: boolean; method?: string; /** `källa.hämtad`: when sup kolada hämta wrote the values. */ fetched?: string };
  description?: string;
  /** The indicator file is marked `exempel: true`: its values are invented, whatever the saved responses say. */
  example?: boolean;
  /** Fixed decimals for every value of the indicator. */
  decimals: number;
  aggregation?: Aggregation;
  baseline?: { year: number; value: number };
  targets: { year: number; value: number }[];
  outcomes: { year: number; value: number | 'saknas'; comment?: string; kommuner: { kommunId: string; kommun: string; value: number | 'saknas' }[] }[];
}

export interface BudgetLineView {
  id: string;
  title: string;
  amount: number;
  comment?: string;
  outcome?: number;
  outcomeComment?: string;
}

/** The decision formalities of a document: diarienummer, paragraph, justering and the proposal. */
export interface Formalities {
  dnr?: string;
  paragraph?: string;
  attested?: string;
  proposals: string[];
}

/** A person in a role, by kommun: the presidium and ledningsgruppens ordförande. */
export interface Officer {
  office: 'ordförande' | 'vice_ordförande' | 'ledningsgruppens_ordförande';
  kommun: string;
  role: string;
  name?: string;
}

/** The year's governance and financing, from the plan and the årsredovisning. */
export interface Governance {
  meetings: { date: string; kind: string; kommuner: string[]; protocol?: string }[];
  officers: Officer[];
  statements: { date: string; kind: string; title: string; recipient: string; dnr?: string; activityId?: string }[];
  /** The plan's cost-sharing key applied to its budget (undefined without a key or when it does not add up). */
  key?: { basis: string; populationYear?: number; shares: { kommun: string; percent: number; amount: number }[] };
  income?: { kommun: string; amount: number }[];
  otherIncome: { title: string; amount: number }[];
  previous?: { income: number; costs: number };
  disposition?: { proposal: string; amount: number };
  /** The population of each kommun by name, for population-weighted totals. */
  populations: Map<string, number>;
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
  plan: { id: string; decided?: string; decidedBy?: string; body: string; example: boolean; formalities: Formalities };
  annual?: { id: string; decided?: string; decidedBy?: string; body: string; example: boolean; formalities: Formalities };
  governance: Governance;
  assessments: Map<string, { assessment: Assessment; motivation: string; direction?: Direction }>;
  indicatorAssessments: Map<string, { assessment: Assessment; motivation?: string }>;
}

/**
 * Networks as the programme lists them: standing networks by their field ordning (those without
 * one after, by name), then the working groups by name. The order is data, not a list of ids here.
 */
function inProgrammeOrder(networks: readonly Entity<'nätverk'>[]): Entity<'nätverk'>[] {
  const rank = (n: Entity<'nätverk'>) => [n.data.form === 'arbetsgrupp' ? 1 : 0, num(n.data, 'ordning') ?? Number.MAX_SAFE_INTEGER] as const;
  const name = (n: Entity<'nätverk'>) => str(n.data, 'namn') ?? n.id;
  return [...networks].sort((a, b) => {
    const [ga, oa] = rank(a);
    const [gb, ob] = rank(b);
    return ga - gb || oa - ob || name(a).localeCompare(name(b), 'sv-SE');
  });
}

const body = (e: Entity) => (e.path.length === 0 ? (e.file.body?.text ?? '') : '');
const record = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

function goalView(e: Entity<'mål'>): GoalView {
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

function formalities(data: DataOf<'verksamhetsplan'> | DataOf<'årsredovisning'>): Formalities {
  return {
    dnr: str(data, 'diarienummer'),
    paragraph: str(data, 'paragraf'),
    attested: str(data, 'justerad'),
    proposals: arr(data, 'förslag_till_beslut').filter((p): p is string => typeof p === 'string'),
  };
}

const OFFICES = ['ordförande', 'vice_ordförande', 'ledningsgruppens_ordförande'] as const;

function governance(project: Project, plan: Entity<'verksamhetsplan'>, annual: DataOf<'årsredovisning'>): Governance {
  const economy = obj(annual, 'ekonomi');
  const presidium = obj(annual, 'presidium') ?? {};
  const applied = costShares(project, plan);
  const key = obj(plan.data, 'kostnadsfördelning');
  const pop = populations(project);
  const amounts = (list: unknown[], nameKey: string) =>
    list.map(record).flatMap((r) => (typeof r.belopp === 'number' ? [{ name: String(r[nameKey] ?? ''), amount: r.belopp }] : []));
  const previous = economy ? obj(economy, 'föregående_år') : undefined;
  const disposition = economy ? obj(economy, 'resultatdisposition') : undefined;
  return {
    meetings: records(annual, 'sammanträden').map((m) => ({
      date: str(m, 'datum') ?? '',
      kind: str(m, 'slag') ?? '',
      kommuner: arr(m, 'kommuner').map((k) => nameOf(project, k)),
      protocol: str(m, 'protokoll'),
    })),
    officers: OFFICES.flatMap((office) => {
      const o = obj(presidium, office);
      return o ? [{ office, kommun: nameOf(project, o.kommun), role: str(o, 'roll') ?? '', name: str(o, 'namn') }] : [];
    }),
    statements: records(annual, 'skrivelser').map((w) => ({
      date: str(w, 'datum') ?? '',
      kind: str(w, 'slag') ?? '',
      title: str(w, 'titel') ?? '',
      recipient: str(w, 'mottagare') ?? '',
      dnr: str(w, 'diarienummer'),
      activityId: str(w, 'aktivitet'),
    })),
    key: key && applied && !applied.problem
      ? {
          basis: str(key, 'grund') ?? '',
          populationYear: str(key, 'grund') === 'folkmängd' ? [...pop.values()][0]?.year : undefined,
          shares: applied.shares.map((s) => ({ kommun: nameOf(project, s.kommunId), percent: s.percent, amount: s.amount })),
        }
      : undefined,
    income: economy ? amounts(arr(economy, 'intäkter'), 'kommun').map((r) => ({ kommun: nameOf(project, r.name), amount: r.amount })) : undefined,
    otherIncome: economy ? amounts(arr(economy, 'övriga_intäkter'), 'rubrik').map((r) => ({ title: r.name, amount: r.amount })) : [],
    previous: previous && num(previous, 'intäkter') !== undefined && num(previous, 'kostnader') !== undefined
      ? { income: num(previous, 'intäkter')!, costs: num(previous, 'kostnader')! }
      : undefined,
    disposition: disposition && str(disposition, 'förslag') && num(disposition, 'belopp') !== undefined
      ? { proposal: str(disposition, 'förslag')!, amount: num(disposition, 'belopp')! }
      : undefined,
    populations: new Map([...pop].map(([id, p]) => [nameOf(project, id), p.count])),
  };
}

/** Fixed decimals for an indicator: its own setting, else 1 (a share or a ratio is rarely whole). */
function decimalsOf(i: Entity<'indikator'>): number {
  const own = num(i.data, 'decimaler');
  if (own !== undefined) return own;
  const values = records(i.data, 'utfall').flatMap((o) => [o.värde, ...arr(o, 'kommuner').map((k) => record(k).värde)]);
  const base = obj(i.data, 'basvärde')?.värde;
  const numbers = [...values, base, ...arr(i.data, 'målvärden').map((t) => record(t).värde)].filter((v): v is number => typeof v === 'number');
  return numbers.every(Number.isInteger) && str(i.data, 'enhet') !== 'procent' ? 0 : 1;
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
  const annualData: DataOf<'årsredovisning'> = annualEntity?.data ?? {};
  const results = new Map(records(annualData, 'aktiviteter').map((r) => [r.aktivitet, r]));
  const outcomes = new Map(records(annualData, 'budgetutfall').map((r) => [r.post, r]));

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
      source: {
        type: str(source, 'typ') ?? 'egen',
        kpi: str(source, 'kpi'),
        name: str(source, 'namn'),
        verified: isVerified(source.verifierad),
        method: str(source, 'beskrivning'),
        fetched: str(source, 'hämtad'),
      },
      description: str(i.data, 'beskrivning'),
      example: i.data.exempel === true,
      decimals: decimalsOf(i),
      aggregation: str(i.data, 'sammanvägning') as Aggregation | undefined,
      baseline: baseline && num(baseline, 'år') !== undefined && num(baseline, 'värde') !== undefined
        ? { year: num(baseline, 'år')!, value: num(baseline, 'värde')! }
        : undefined,
      targets: records(i.data, 'målvärden').filter((t) => typeof t.år === 'number' && typeof t.värde === 'number')
        .map((t) => ({ year: t.år as number, value: t.värde as number })),
      outcomes: records(i.data, 'utfall').filter((o) => typeof o.år === 'number')
        .map((o) => ({
          year: o.år as number,
          value: typeof o.värde === 'number' ? o.värde : 'saknas',
          comment: str(o, 'kommentar'),
          kommuner: records(o, 'kommuner').map((k) => ({
            kommunId: String(k.kommun ?? ''),
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
    networks: inProgrammeOrder(entitiesOf(project, 'nätverk'))
      .filter((n) => n.data.form === 'stående' || (str(n.data, 'slutdatum') ?? '9999') >= `${year}-01-01`)
      .map((n) => ({
        id: n.id,
        name: str(n.data, 'namn') ?? n.id,
        shortName: str(n.data, 'kortnamn'),
        form: str(n.data, 'form') ?? 'stående',
        end: str(n.data, 'slutdatum'),
        members: records(n.data, 'medlemmar').map((m) => ({
          kommun: nameOf(project, m.kommun),
          roll: str(m, 'roll') ?? '',
          namn: str(m, 'namn'),
        })),
      })),
    activities,
    indicators,
    budget: records(planEntity.data, 'budget').map((b) => {
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
      formalities: formalities(planEntity.data),
    },
    annual: annualEntity
      ? {
          id: annualEntity.id,
          decided: str(annualEntity.data, 'beslutad'),
          decidedBy: annualEntity.data.beslutad_av ? nameOf(project, annualEntity.data.beslutad_av) : undefined,
          body: body(annualEntity),
          example: annualEntity.data.exempel === true,
          formalities: formalities(annualEntity.data),
        }
      : undefined,
    governance: governance(project, planEntity, annualData),
    assessments: new Map(
      records(annualData, 'måluppfyllelse').map((m) => [
        String(m.mål),
        { assessment: m.bedömning as Assessment, motivation: str(m, 'motivering') ?? '', direction: m.utveckling as Direction | undefined },
      ]),
    ),
    indicatorAssessments: new Map(
      records(annualData, 'indikatorbedömningar').map((m) => [
        String(m.indikator),
        { assessment: m.bedömning as Assessment, motivation: str(m, 'motivering') },
      ]),
    ),
  };
}

/** `källa.verifierad`: a text saying where the id was checked (not one starting "ej verifierad"), or anything but false. */
function isVerified(value: unknown): boolean {
  if (value === false) return false;
  if (typeof value === 'string') return !/^ej verifierad/i.test(value.trim());
  return true;
}
