import type { PhrasingContent, RootContent } from 'mdast';
import type { RenderContext } from '../context.js';
import { assessIndicator, carriedOver, keyFigures, PARTLY_THRESHOLD, trend } from '../compute.js';
import { atStart, date, kr, number, pct, signedKr } from '../format.js';
import { emphasis, heading, list, oneLine, paragraph, prose, strong, table, text } from '../markdown.js';
import type { Block } from '../template.js';
import type { ActivityView, GoalView, IndicatorView } from '../year-data.js';
import { banner, body, goalStructure, goalsAndNetworks } from './shared.js';
import { financingAnnualBlock, formalitiesBlock, meetingsBlock, presidiumBlock, proposalBlock, statementsBlock, tocPlaceholder } from './governance.js';
import { indicatorDefinitions, sourceCell, sourceLine, totalRow, valueOf } from './indicators.js';
import { creditLines, figureContext, indicatorFigure } from './indicator-figures.js';
import { fetchDatesBlock } from './fetch-dates.js';
import { undecidedProgrammeBlock } from './programme-decisions.js';

/** The blocks a template of the årsredovisning can place. */
export function annualBlocks(ctx: RenderContext): Record<string, Block> {
  const d = ctx.data;
  // Each activity is shown in full once, under the first goal whose section shows it; later ones refer to it.
  const shownUnder = new Map<string, string>();
  // Each indicator's chart is drawn once, under the first goal that shows the indicator.
  const charted = new Set<string>();
  return {
    utkast: () => banner(ctx, d.annual?.example ?? d.plan.example),
    inledning: (depth) => body(d.annual?.body, depth),
    nyckeltal: () => keyFigureBlock(ctx),
    syfte: () => [
      ...(d.programPurpose ? prose(d.programPurpose) : []),
      ...(d.programPrinciples.length ? [paragraph(ctx.t('principer_inledning')), list(d.programPrinciples)] : []),
    ],
    organisation: () => [table([ctx.t('kol_organ'), ctx.t('kol_uppgift')], d.organs.map((o) => [o.name, o.description]))],
    natverk: (depth) => networkBlock(ctx, depth),
    malstruktur: () => goalStructure(ctx),
    'mal-och-natverk': () => goalsAndNetworks(ctx),
    teckenforklaring: () => [
      list([
        ctx.t('förklaring_bedömning'),
        ctx.t('förklaring_utveckling'),
        ctx.t('förklaring_trend'),
        ctx.t('förklaring_saknas'),
        ctx.t('förklaring_indikator', { tröskel: pct(PARTLY_THRESHOLD * 100) }),
        ctx.t('förklaring_avvikelse'),
      ]),
    ],
    maluppfyllelse: (depth) => d.programmeGoals.flatMap((g) => goalSection(ctx, g, depth + 1, shownUnder, charted)),
    programbeslut: () => undecidedProgrammeBlock(ctx),
    ekonomi: () => economyBlock(ctx),
    framatblick: () => forwardBlock(ctx),
    'bilaga-aktiviteter': () => [activityAppendix(ctx)],
    'bilaga-indikatorer': (depth) => indicatorAppendix(ctx, depth),
    kallor: () => sourcesBlock(ctx),
    formalia: () => formalitiesBlock(ctx, d.annual?.formalities),
    innehall: () => tocPlaceholder(),
    presidium: () => presidiumBlock(ctx),
    sammantraden: () => meetingsBlock(ctx),
    'ovrigt-arbete': () => statementsBlock(ctx),
    finansiering: () => financingAnnualBlock(ctx, keyFigures(d).outcome),
    'forslag-till-beslut': () => proposalBlock(ctx, d.annual?.formalities),
    'bilaga-definitioner': () => indicatorDefinitions(ctx),
  };
}

function keyFigureBlock(ctx: RenderContext): RootContent[] {
  const k = keyFigures(ctx.data);
  return [
    paragraph(strong(ctx.t('nyckeltal_aktiviteter', { genomförda: String(k.done), planerade: String(k.planned) }))),
    table(
      [ctx.t('kol_status'), ctx.t('kol_antal')],
      k.byStatus.map((s) => [atStart(s.status), String(s.count)]),
      ['left', 'right'],
    ),
    table(
      [ctx.t('kol_bedömning'), ctx.t('kol_delmål_antal'), ctx.t('kol_programmål_antal')],
      k.byAssessment.map((a) => [atStart(a.assessment), String(a.subGoals), String(a.programmeGoals)]),
      ['left', 'right', 'right'],
    ),
    paragraph(
      ctx.t('nyckeltal_budget', {
        budget: kr(k.budget),
        utfall: k.outcome === undefined ? ctx.t('saknas') : kr(k.outcome),
        avvikelse: k.deviation === undefined ? ctx.t('saknas') : signedKr(k.deviation),
        procent: k.deviationPct === undefined ? ctx.t('saknas') : pct(round1(k.deviationPct)),
      }),
    ),
  ];
}

function networkBlock(ctx: RenderContext, depth: number): RootContent[] {
  // In the programme's order (year-data sorts them): the standing networks, then the working groups.
  return ctx.data.networks.flatMap((n) => {
    const named = n.members.some((m) => m.namn);
    const header = [ctx.t('kol_kommun'), ctx.t('kol_roll'), ...(named ? [ctx.t('kol_namn')] : [])];
    return [
      heading(depth + 1, n.name),
      ...(n.form === 'arbetsgrupp' && n.end ? [paragraph(ctx.t('arbetsgrupp_till', { datum: date(n.end) }))] : []),
      table(header, n.members.map((m) => [m.kommun, m.roll, ...(named ? [m.namn ?? ''] : [])])),
    ];
  });
}

/** The activities of a goal's section: those serving the goal or one of its delmål. */
function activitiesOf(ctx: RenderContext, goal: GoalView): ActivityView[] {
  const sub = new Set(ctx.data.subGoals.filter((s) => s.parentId === goal.id).map((s) => s.id));
  return ctx.data.activities.filter((a) => a.goalIds.some((id) => id === goal.id || sub.has(id)));
}

function goalSection(ctx: RenderContext, goal: GoalView, depth: number, shownUnder: Map<string, string>, charted: Set<string>): RootContent[] {
  const d = ctx.data;
  const owner = d.networks.find((n) => n.id === goal.ownerId)?.name ?? goal.ownerId ?? '';
  const assessed = d.assessments.get(goal.id);
  // A short name is written as the programme writes it ("omställningsmålet"); a heading starts with a capital.
  const title = goal.shortName ? atStart(goal.shortName) : (goal.area ?? goal.title);
  const sectionTitle = title === goal.title ? title : `${title}: ${goal.title}`;
  const out: RootContent[] = [heading(depth, sectionTitle)];
  out.push(paragraph(emphasis(ctx.t('ägs_av', { nätverk: owner }))));
  if (assessed) {
    const lines: PhrasingContent[] = [strong(ctx.t('bedömning_rad', { bedömning: assessed.assessment }))];
    if (assessed.direction) lines.push({ type: 'break' }, text(ctx.t('utveckling_rad', { utveckling: assessed.direction })));
    out.push(paragraph(...lines), ...prose(assessed.motivation));
  } else {
    out.push(paragraph(emphasis(ctx.t('ej_bedömt'))));
  }

  const subGoals = d.subGoals.filter((s) => s.parentId === goal.id);
  out.push(heading(depth + 1, ctx.t('rubrik_delmål')));
  out.push(
    subGoals.length
      ? table(
          [ctx.t('kol_delmål'), ctx.t('kol_bedömning'), ctx.t('kol_motivering')],
          subGoals.map((s) => [s.title, d.assessments.get(s.id)?.assessment ?? ctx.t('saknas'), d.assessments.get(s.id)?.motivation ?? '']),
        )
      : paragraph(ctx.t('inga_delmål')),
  );

  const indicators = d.indicators.filter((i) => i.goalIds.includes(goal.id));
  out.push(heading(depth + 1, ctx.t('rubrik_indikatorer')));
  out.push(indicators.length ? indicatorTable(ctx, indicators) : paragraph(ctx.t('inga_indikatorer')));
  const motivated = indicators.filter((i) => d.indicatorAssessments.get(i.id)?.motivation);
  if (motivated.length) out.push(list(motivated.map((i) => [strong(`${i.name}:`), text(` ${oneLine(d.indicatorAssessments.get(i.id)!.motivation!)}`)])));
  for (const i of indicators.filter((x) => !charted.has(x.id))) {
    charted.add(i.id);
    out.push(...indicatorFigure(figureContext(ctx), i));
  }

  const all = activitiesOf(ctx, goal);
  const activities = all.filter((a) => !shownUnder.has(a.id));
  const elsewhere = all.filter((a) => shownUnder.has(a.id));
  out.push(heading(depth + 1, ctx.t('rubrik_aktiviteter')));
  if (activities.length) {
    out.push(
      table(
        [ctx.t('kol_aktivitet'), ctx.t('kol_ansvarig'), ctx.t('kol_status'), ctx.t('kol_resultat')],
        activities.map((a) => [a.title, a.responsible, atStart(a.status), a.result ?? ctx.t('saknas')]),
      ),
    );
  } else if (!elsewhere.length) out.push(paragraph(ctx.t('inga_aktiviteter')));
  if (elsewhere.length) {
    out.push(table([ctx.t('kol_aktivitet'), ctx.t('kol_redovisas')], elsewhere.map((a) => [a.title, shownUnder.get(a.id)!])));
  }
  for (const a of activities) shownUnder.set(a.id, sectionTitle);

  const effects = activities.filter((a) => a.effect);
  out.push(heading(depth + 1, ctx.t('rubrik_effekter')));
  out.push(effects.length ? list(effects.map((a) => [strong(`${a.title}.`), text(` ${oneLine(a.effect!)}`)])) : paragraph(ctx.t('inga_effekter')));
  return out;
}

function indicatorTable(ctx: RenderContext, indicators: IndicatorView[]): RootContent {
  const year = ctx.data.year;
  return table(
    [
      ctx.t('kol_indikator'),
      ctx.t('kol_källa'),
      ctx.t('kol_basvärde'),
      ctx.t('kol_föregående'),
      ctx.t('kol_utfall'),
      ctx.t('kol_målvärde'),
      ctx.t('kol_trend'),
      ctx.t('kol_bedömning'),
    ],
    indicators.map((i) => {
      const a = assessIndicator(ctx.data, i);
      const target = i.targets.find((t) => t.year === year) ?? i.targets.filter((t) => t.year > year).sort((x, y) => x.year - y.year)[0];
      return [
        `${i.name} (${i.unit})`,
        sourceCell(ctx, i),
        i.baseline ? `${number(i.baseline.value, i.decimals)} (${i.baseline.year})` : ctx.t('saknas'),
        valueOf(ctx, i, i.outcomes.find((o) => o.year === year - 1)?.value),
        valueOf(ctx, i, i.outcomes.find((o) => o.year === year)?.value),
        target ? `${number(target.value, i.decimals)} (${target.year})` : ctx.t('saknas'),
        ctx.t(`trend_${trend(i, year)}` as 'trend_positiv'),
        // A derived "kan ej bedömas" is no calculation: a value or a target is missing.
        a.how === 'derived' && a.assessment === 'kan ej bedömas'
          ? atStart(a.assessment)
          : `${atStart(a.assessment)} (${ctx.t(a.how === 'recorded' ? 'bedömning_registrerad' : 'bedömning_beräknad')})`,
      ];
    }),
    ['left', 'left', 'right', 'right', 'right', 'right', 'left', 'left'],
  );
}

function economyBlock(ctx: RenderContext): RootContent[] {
  // The budget lines with outcome; financing, result and disposition follow in their own block.
  const lines = ctx.data.budget;
  const row = (title: string, budget: number, outcome: number | undefined, comment: string) => {
    const dev = outcome === undefined ? undefined : budget - outcome;
    return [
      title,
      kr(budget),
      outcome === undefined ? ctx.t('saknas') : kr(outcome),
      dev === undefined ? ctx.t('saknas') : signedKr(dev),
      dev === undefined || budget === 0 ? ctx.t('saknas') : pct(round1((dev / budget) * 100)),
      comment,
    ];
  };
  const totals = keyFigures(ctx.data);
  return [
    table(
      [ctx.t('kol_post'), ctx.t('kol_budget'), ctx.t('kol_utfall_kr'), ctx.t('kol_avvikelse_kr'), ctx.t('kol_avvikelse_procent'), ctx.t('kol_kommentar')],
      [
        ...lines.map((b) => row(b.title, b.amount, b.outcome, b.outcomeComment ?? '')),
        row(ctx.t('summa'), totals.budget, totals.outcome, '').map((c, i) => (i < 5 ? [strong(c)] : c)),
      ],
      ['left', 'right', 'right', 'right', 'right', 'left'],
    ),
    paragraph(emphasis(ctx.t('förklaring_avvikelse'))),
  ];
}

function forwardBlock(ctx: RenderContext): RootContent[] {
  const moving = carriedOver(ctx.data);
  if (moving.length === 0) return [paragraph(ctx.t('inget_flyttas'))];
  return [
    table(
      [ctx.t('kol_aktivitet'), ctx.t('kol_ansvarig'), ctx.t('kol_status'), ctx.t('kol_period'), ctx.t('kol_resultat')],
      moving.map((a) => [a.title, a.responsible, atStart(a.status), period(a), a.result ?? ctx.t('saknas')]),
    ),
  ];
}

function period(a: ActivityView): string {
  return a.from && a.to ? `${date(a.from)} – ${date(a.to)}` : '';
}

function goalTitles(ctx: RenderContext, ids: string[]): string {
  const all = [...ctx.data.programmeGoals, ...ctx.data.subGoals, ...(ctx.data.vision ? [ctx.data.vision] : [])];
  return ids.map((id) => all.find((g) => g.id === id)?.title ?? id).join('; ');
}

function activityAppendix(ctx: RenderContext): RootContent {
  return table(
    [ctx.t('kol_aktivitet'), ctx.t('kol_mål'), ctx.t('kol_ansvarig'), ctx.t('kol_medverkande'), ctx.t('kol_period'), ctx.t('kol_budget'), ctx.t('kol_status')],
    ctx.data.activities.map((a) => [
      a.title,
      goalTitles(ctx, a.goalIds),
      a.responsible,
      a.contributors.join(', '),
      period(a),
      a.budget === undefined ? '' : kr(a.budget),
      atStart(a.status),
    ]),
  );
}

function indicatorAppendix(ctx: RenderContext, depth: number): RootContent[] {
  const out: RootContent[] = [];
  for (const i of ctx.data.indicators) {
    const withKommuner = i.outcomes.filter((o) => o.kommuner.length > 0);
    if (withKommuner.length === 0) continue;
    const kommuner = [...new Set(withKommuner.flatMap((o) => o.kommuner.map((k) => k.kommun)))];
    out.push(heading(depth + 1, `${i.name} (${i.unit})`));
    const total = totalRow(ctx, i, withKommuner);
    out.push(
      table(
        [ctx.t('kol_kommun'), ...withKommuner.map((o) => String(o.year))],
        [
          ...kommuner.map((k) => [k, ...withKommuner.map((o) => valueOf(ctx, i, o.kommuner.find((x) => x.kommun === k)?.value))]),
          ...(total ? [total.row] : []),
        ],
        ['left', ...withKommuner.map(() => 'right' as const)],
      ),
    );
    if (i.source.type === 'kolada') {
      // Kolada's terms: the kommuner's values are Kolada's, the Södertörn row an own calculation (or examples, said so).
      const credits = creditLines(figureContext(ctx), i);
      out.push(paragraph(...credits.flatMap((line, n) => (n === 0 ? [text(line)] : [{ type: 'break' as const }, text(line)]))));
      if (total && credits.length < 2) out.push(paragraph(emphasis(total.note)));
    } else {
      out.push(paragraph(sourceLine(ctx, i)));
      if (total) out.push(paragraph(emphasis(total.note)));
    }
  }
  return out.length ? out : [paragraph(ctx.t('inga_kommunvärden'))];
}

function sourcesBlock(ctx: RenderContext): RootContent[] {
  return [list(ctx.data.indicators.map((i) => [strong(i.name), text(`: ${sourceCell(ctx, i)}`)])), ...fetchDatesBlock(ctx, ctx.data.indicators)];
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
