import type { RootContent } from 'mdast';
import { keyFigures } from '../compute.js';
import { atStart, date, kr, number, pct, signedKr } from '../format.js';
import { emphasis, heading, list, paragraph, strong, table, text } from '../markdown.js';
import type { Block } from '../template.js';
import { joinSwedish } from '../blocks/shared.js';
import { tocPlaceholder } from '../blocks/governance.js';
import { fetchDatesBlock } from '../blocks/fetch-dates.js';
import { indicatorFigure } from '../blocks/indicator-figures.js';
import { sourceCell } from '../blocks/indicators.js';
import type { PeriodGoal, PeriodYear } from './collect-period.js';
import type { PeriodContext } from './period-context.js';
import { continuations, deriveFindings, endOfPeriod, periodActivities } from './derive-findings.js';
import type { Finding } from './derive-findings.js';

/** At most this many findings of one kind are listed; the rest are counted. A hostile file with thousands of activities gives a bounded list. */
export const MAX_FINDINGS_PER_KIND = 50;

/** "2023–2026" */
export const periodText = (from: number, to: number) => (from === to ? String(from) : `${from}–${to}`);

/** The years whose plan or report is an invented example. */
export function exampleYears(years: readonly PeriodYear[]): number[] {
  return years.filter((y) => y.data && (y.data.plan.example || y.data.annual?.example)).map((y) => y.year);
}

/** The blocks a template of the slutuppföljning can place. */
export function periodBlocks(ctx: PeriodContext): Record<string, Block> {
  return {
    utkast: () => bannerBlock(ctx),
    innehall: () => tocPlaceholder(),
    program: () => programmeBlock(ctx),
    maluppfyllelse: (depth) => goalsBlock(ctx, depth),
    indikatorer: (depth) => indicatorsBlock(ctx, depth),
    aktiviteter: (depth) => activitiesBlock(ctx, depth),
    ekonomi: () => economyBlock(ctx),
    overforingar: () => carryOverBlock(ctx),
    'att-beakta': (depth) => findingsBlock(ctx, depth),
    kallor: () => sourcesBlock(ctx),
  };
}

function bannerBlock(ctx: PeriodContext): RootContent[] {
  const out: RootContent[] = [];
  if (ctx.draft) out.push({ type: 'blockquote', children: [paragraph(strong(ctx.t('utkast')), ' – ', ctx.t('utkast_text'))] });
  const examples = exampleYears(ctx.period.years);
  if (examples.length) out.push({ type: 'blockquote', children: [paragraph(ctx.t('period_exempel_text', { år: `${examples.length > 1 ? 'åren' : 'året'} ${joinSwedish(examples.map(String))}` }))] });
  return out;
}

function programmeBlock(ctx: PeriodContext): RootContent[] {
  const { period } = ctx;
  const p = period.programme;
  const out: RootContent[] = [
    paragraph(ctx.t('program_rad', {
      program: p.name,
      från: String(p.validFrom),
      till: String(p.validTo),
      beslutas_av: p.decidedBy ?? ctx.t('saknas'),
      period: periodText(period.from, period.to),
    })),
  ];
  if (p.revision) out.push(paragraph(ctx.t('revidering_rad', { tidpunkt: p.revision })));
  if (p.draft) out.push(paragraph(emphasis(ctx.t('program_utkast'))));
  out.push(paragraph(p.missingDecisions.length ? ctx.t('beslut_saknas_rad', { kommuner: joinSwedish(p.missingDecisions) }) : ctx.t('beslut_alla')));
  const doc = (d: { id: string; decided?: string; example: boolean } | undefined, none: string) => {
    if (!d) return none;
    const decided = d.decided ? ctx.t('dokument_beslutat', { datum: date(d.decided) }) : ctx.t('dokument_ej_beslutat');
    return `${d.id}, ${decided}${d.example ? ` (${ctx.t('dokument_exempel')})` : ''}`;
  };
  out.push(
    table(
      [ctx.t('kol_år'), ctx.t('kol_verksamhetsplan'), ctx.t('kol_årsredovisning')],
      period.years.map((y) => [String(y.year), doc(y.data?.plan, ctx.t('ingen_plan')), y.data ? doc(y.data.annual, ctx.t('ingen_årsredovisning')) : '']),
    ),
  );
  return out;
}

/** "Omställningsmålet: Södertörn leder vägen …", as the årsredovisning heads a goal. */
function goalTitle(goal: PeriodGoal): string {
  const title = goal.shortName ? atStart(goal.shortName) : (goal.area ?? goal.title);
  return title === goal.title ? title : `${title}: ${goal.title}`;
}

function goalsBlock(ctx: PeriodContext, depth: number): RootContent[] {
  const { period } = ctx;
  if (!period.goals.length) return [paragraph(ctx.t('inga_mål'))];
  // The delmål grouped by parent once: thousands of goals and delmål stay a linear pass.
  const byParent = new Map<string, { y: PeriodYear; s: { id: string; title: string } }[]>();
  for (const y of period.years) {
    for (const s of y.data?.subGoals ?? []) {
      if (!s.parentId) continue;
      const group = byParent.get(s.parentId) ?? [];
      group.push({ y, s });
      byParent.set(s.parentId, group);
    }
  }
  return period.goals.flatMap((goal) => {
    const rows = period.years.map((y) => {
      if (!y.data?.annual) return [String(y.year), y.data ? ctx.t('ingen_årsredovisning') : ctx.t('ingen_plan'), '', ''];
      const a = y.data.assessments.get(goal.id);
      return a ? [String(y.year), atStart(a.assessment), a.direction ?? '', a.motivation] : [String(y.year), ctx.t('ej_bedömt_år'), '', ''];
    });
    const subRows = (byParent.get(goal.id) ?? []).map(({ y, s }) => {
      const a = y.data!.annual ? y.data!.assessments.get(s.id) : undefined;
      return [String(y.year), s.title, a ? atStart(a.assessment) : y.data!.annual ? ctx.t('ej_bedömt_år') : ctx.t('ingen_årsredovisning')];
    });
    return [
      heading(depth + 1, goalTitle(goal)),
      table([ctx.t('kol_år'), ctx.t('kol_bedömning'), ctx.t('kol_utveckling'), ctx.t('kol_motivering')], rows),
      heading(depth + 2, ctx.t('rubrik_delmål_per_år')),
      subRows.length ? table([ctx.t('kol_år'), ctx.t('kol_delmål'), ctx.t('kol_bedömning')], subRows) : paragraph(ctx.t('inga_delmål_perioden')),
    ];
  });
}

function indicatorsBlock(ctx: PeriodContext, depth: number): RootContent[] {
  const { period } = ctx;
  if (!period.indicators.length) return [paragraph(ctx.t('inga_indikatorer_perioden'))];
  return period.indicators.flatMap((view) => {
    // The årsredovisning's figure: the same totals by method, numbering and crediting, drawn up to the period's end.
    const figure = indicatorFigure(ctx.figures, view);
    const end = endOfPeriod(view, period);
    // The indicator's own fixed decimals, as its table and the årsredovisning write it.
    const value = end.value ? `${number(end.value.value, view.decimals)} (${end.value.year})` : ctx.t('saknas');
    const line = end.target
      ? ctx.t('indikator_slut', { utfall: value, målvärde: `${number(end.target.value, view.decimals)} (${end.target.year})` })
      : ctx.t('indikator_slut_utan_mål', { utfall: value });
    return [heading(depth + 1, `${view.name} (${view.unit})`), ...figure, paragraph(line)];
  });
}

function activitiesBlock(ctx: PeriodContext, depth: number): RootContent[] {
  const { period } = ctx;
  const next = continuations(period);
  return period.years.flatMap((y) => {
    const out: RootContent[] = [heading(depth + 1, ctx.t('rubrik_år', { år: String(y.year) }))];
    if (!y.data) return [...out, paragraph(ctx.t('år_utan_plan', { år: String(y.year) }))];
    const k = keyFigures(y.data);
    out.push(paragraph(ctx.t('aktiviteter_år', { genomförda: String(k.done), planerade: String(k.planned) })));
    if (!y.data.annual) out.push(paragraph(emphasis(ctx.t('år_utan_årsredovisning', { år: String(y.year) }))));
    if (y.data.activities.length) {
      out.push(
        table(
          [ctx.t('kol_aktivitet'), ctx.t('kol_ansvarig'), ctx.t('kol_status'), ctx.t('kol_fortsätter_i')],
          y.data.activities.map((a) => {
            const n = next.get(a.id);
            return [a.title, a.responsible, atStart(a.status), n ? `${n.activity.title} (${n.year})` : ''];
          }),
        ),
      );
    }
    return out;
  });
}

function economyBlock(ctx: PeriodContext): RootContent[] {
  const { period } = ctx;
  const figures = period.years.map((y) => ({ year: y.year, k: y.data ? keyFigures(y.data) : undefined }));
  const missing = ctx.t('saknas');
  const rows = figures.map(({ year, k }) => [
    String(year),
    k ? kr(k.budget) : missing,
    k?.outcome === undefined ? missing : kr(k.outcome),
    k?.deviation === undefined ? missing : signedKr(k.deviation),
    k?.deviationPct === undefined ? missing : pct(Math.round(k.deviationPct * 10) / 10),
  ]);
  // The period's sums only when every year has its outcome: a missing year is never 0 kr.
  const budget = figures.every((f) => f.k) ? figures.reduce((s, f) => s + f.k!.budget, 0) : undefined;
  const outcome = figures.every((f) => f.k?.outcome !== undefined) ? figures.reduce((s, f) => s + f.k!.outcome!, 0) : undefined;
  const dev = budget !== undefined && outcome !== undefined ? budget - outcome : undefined;
  const sum = [
    [strong(ctx.t('summa'))],
    [strong(budget === undefined ? missing : kr(budget))],
    [strong(outcome === undefined ? missing : kr(outcome))],
    [strong(dev === undefined ? missing : signedKr(dev))],
    [strong(dev === undefined || !budget ? missing : pct(Math.round((dev / budget) * 1000) / 10))],
  ];
  return [
    table(
      [ctx.t('kol_år'), ctx.t('kol_budget'), ctx.t('kol_utfall_kr'), ctx.t('kol_avvikelse_kr'), ctx.t('kol_avvikelse_procent')],
      [...rows, sum],
      ['left', 'right', 'right', 'right', 'right'],
    ),
    // A year without a plan has no budget: then no sum is said at all.
    ...(budget === undefined
      ? []
      : [paragraph(outcome === undefined ? ctx.t('ekonomi_summa_utan_utfall', { budget: kr(budget) }) : ctx.t('ekonomi_summa_rad', { budget: kr(budget), utfall: kr(outcome) }))]),
  ];
}

function carryOverBlock(ctx: PeriodContext): RootContent[] {
  const next = continuations(ctx.period);
  const rows = periodActivities(ctx.period).flatMap((a) => {
    const n = next.get(a.activity.id);
    return n ? [[String(a.year), a.activity.title, atStart(a.activity.status), String(n.year), n.activity.title, atStart(n.activity.status)]] : [];
  });
  if (!rows.length) return [paragraph(ctx.t('inga_överföringar'))];
  return [
    paragraph(ctx.t('överföringar_antal', { antal: String(rows.length) })),
    table(
      [ctx.t('kol_från_år'), ctx.t('kol_aktivitet'), ctx.t('kol_status_året'), ctx.t('kol_till_år'), ctx.t('kol_fortsättning'), ctx.t('kol_status_nu')],
      rows,
    ),
  ];
}

type Group = 'år' | 'mål' | 'indikatorer' | 'aktiviteter' | 'beslut';
const GROUP_OF: Record<Finding['kind'], Group> = {
  'no-plan': 'år',
  'no-report': 'år',
  'goal-without-activity': 'mål',
  'indicator-no-values': 'indikatorer',
  'indicator-no-target': 'indikatorer',
  'indicator-target-missed': 'indikatorer',
  'activity-not-done': 'aktiviteter',
  'decisions-missing': 'beslut',
};
const GROUP_HEADING = { år: 'rubrik_fynd_år', mål: 'rubrik_fynd_mål', indikatorer: 'rubrik_fynd_indikatorer', aktiviteter: 'rubrik_fynd_aktiviteter', beslut: 'rubrik_fynd_beslut' } as const;

/** A finding as a sentence. */
function say(ctx: PeriodContext, f: Finding): string {
  switch (f.kind) {
    case 'no-plan':
      return ctx.t('fynd_ingen_plan', { år: String(f.year) });
    case 'no-report':
      return ctx.t('fynd_ingen_årsredovisning', { år: String(f.year) });
    case 'goal-without-activity':
      return ctx.t('fynd_mål_utan_aktivitet', { mål: f.goal, år: joinSwedish(f.years.map(String)) });
    case 'indicator-no-values':
      return ctx.t('fynd_indikator_utan_värden', { indikator: f.indicator });
    case 'indicator-no-target':
      return ctx.t('fynd_indikator_utan_målvärde', { indikator: f.indicator });
    case 'indicator-target-missed':
      return ctx.t('fynd_indikator_ej_nådd', {
        indikator: f.indicator.name,
        målvärde: number(f.target, f.indicator.decimals),
        målår: String(f.targetYear),
        utfall: number(f.value, f.indicator.decimals),
        år: String(f.year),
      });
    case 'activity-not-done': {
      const vars = { aktivitet: f.activity.title, år: String(f.year), status: f.activity.status };
      if (f.activity.status === 'avbruten') return ctx.t('fynd_aktivitet_avbruten', vars);
      // Only a year before the period's last has a next year's plan the activity could continue in.
      return ctx.t(f.year < ctx.period.to ? 'fynd_aktivitet_ej_fortsatt' : 'fynd_aktivitet_ej_genomförd', vars);
    }
    case 'decisions-missing':
      return ctx.t('fynd_beslut_saknas', { program: ctx.period.programme.shortName, kommuner: joinSwedish(f.kommuner) });
  }
}

function findingsBlock(ctx: PeriodContext, depth: number): RootContent[] {
  const findings = deriveFindings(ctx.period);
  if (!findings.length) return [paragraph(ctx.t('att_beakta_inget'))];
  const out: RootContent[] = [];
  for (const group of ['år', 'mål', 'indikatorer', 'aktiviteter', 'beslut'] as const) {
    const mine = findings.filter((f) => GROUP_OF[f.kind] === group);
    if (!mine.length) continue;
    const shown = mine.slice(0, MAX_FINDINGS_PER_KIND).map((f) => say(ctx, f));
    if (mine.length > MAX_FINDINGS_PER_KIND) shown.push(ctx.t('fynd_fler', { antal: number(mine.length - MAX_FINDINGS_PER_KIND, 0) }));
    out.push(heading(depth + 1, ctx.t(GROUP_HEADING[group])), list(shown));
  }
  return out;
}

/** Bilaga: each indicator's source, as the årsredovisning's, and when Kolada's values were fetched (Kolada revises data without notice). */
function sourcesBlock(ctx: PeriodContext): RootContent[] {
  const indicators = ctx.period.indicators;
  if (!indicators.length) return [paragraph(ctx.t('inga_indikatorer_perioden'))];
  return [list(indicators.map((i) => [strong(i.name), text(`: ${sourceCell(ctx, i)}`)])), ...fetchDatesBlock(ctx, indicators)];
}
