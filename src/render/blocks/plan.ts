import type { Paragraph, RootContent } from 'mdast';
import type { RenderContext } from '../context.js';
import { date, kr } from '../format.js';
import { embedMarkdown, heading, paragraph, strong, table } from '../markdown.js';
import type { Block } from '../template.js';
import type { ActivityView } from '../year-data.js';
import { banner, body, goalStructure, goalsAndNetworks } from './shared.js';
import { financingPlanBlock, formalitiesBlock, proposalBlock, tocPlaceholder } from './governance.js';

/** The blocks a template of the verksamhetsplan can place. */
export function planBlocks(ctx: RenderContext): Record<string, Block> {
  const d = ctx.data;
  const networkName = (id?: string) => d.networks.find((n) => n.id === id)?.name ?? id ?? '';
  const goalTitle = (id?: string) => [...d.programmeGoals, ...d.subGoals, ...(d.vision ? [d.vision] : [])].find((g) => g.id === id)?.title ?? id ?? '';
  return {
    utkast: () => banner(ctx, d.plan.example),
    formalia: () => formalitiesBlock(ctx, d.plan.formalities),
    innehall: () => tocPlaceholder(),
    finansiering: () => financingPlanBlock(ctx),
    'forslag-till-beslut': () => proposalBlock(ctx, d.plan.formalities),
    inledning: (depth) => body(d.plan.body, depth),
    malstruktur: () => goalStructure(ctx),
    'mal-och-natverk': () => goalsAndNetworks(ctx),
    delmal: () => [
      d.subGoals.length
        ? table(
            [ctx.t('kol_delmål'), ctx.t('kol_mål'), ctx.t('kol_nätverk')],
            d.subGoals.map((s) => [s.title, goalTitle(s.parentId), networkName(s.ownerId)]),
          )
        : paragraph(ctx.t('inga_delmål')),
    ],
    'aktiviteter-per-mal': (depth) => activitiesPerGoal(ctx, depth),
    budget: () => budgetBlock(ctx),
  };
}

function activityTable(ctx: RenderContext, activities: ActivityView[]): RootContent {
  return table(
    [ctx.t('kol_aktivitet'), ctx.t('kol_ansvarig'), ctx.t('kol_medverkande'), ctx.t('kol_period'), ctx.t('kol_budget_aktivitet')],
    activities.map((a) => [
      a.title,
      a.responsible,
      a.contributors.join(', '),
      a.from && a.to ? `${date(a.from)} – ${date(a.to)}` : '',
      a.budget === undefined ? '' : kr(a.budget),
    ]),
    ['left', 'left', 'left', 'left', 'right'],
  );
}

/** Activities grouped under the programme goal they serve (directly or through a delmål). */
function activitiesPerGoal(ctx: RenderContext, depth: number): RootContent[] {
  const d = ctx.data;
  const out: RootContent[] = [];
  const placed = new Set<string>();
  const placedUnder = new Map<string, string>();
  for (const goal of d.programmeGoals) {
    const sub = new Set(d.subGoals.filter((s) => s.parentId === goal.id).map((s) => s.id));
    const all = d.activities.filter((a) => a.goalIds.some((id) => id === goal.id || sub.has(id)));
    // In full under the first goal only; a later goal names the section where the activity stands.
    const activities = all.filter((a) => !placed.has(a.id));
    const elsewhere = all.filter((a) => placed.has(a.id));
    if (all.length === 0) continue;
    // By the goal's short name, or else by its level and title: an area name ("Infrastruktur") is not the goal.
    const title = goal.shortName
      ? ctx.t('aktiviteter_för', { mål: goal.shortName })
      : ctx.t(goal.level === 'övergripande' ? 'aktiviteter_för_övergripande' : 'aktiviteter_för_långsiktigt', { titel: goal.title });
    out.push(heading(depth + 1, title));
    if (activities.length) out.push(activityTable(ctx, activities));
    if (elsewhere.length) out.push(table([ctx.t('kol_aktivitet'), ctx.t('kol_redovisas')], elsewhere.map((a) => [a.title, placedUnder.get(a.id)!])));
    activities.forEach((a) => {
      placed.add(a.id);
      placedUnder.set(a.id, title);
    });
    for (const a of activities) {
      // The first paragraph of the activity's own description, as a tree (notices in quotes left out).
      const first = embedMarkdown(a.body, depth + 1).find((n): n is Paragraph => n.type === 'paragraph');
      if (first) out.push(paragraph(strong(`${a.title}.`), ' ', ...first.children));
    }
  }
  const rest = d.activities.filter((a) => !placed.has(a.id));
  if (rest.length) out.push(heading(depth + 1, ctx.t('övriga_aktiviteter')), activityTable(ctx, rest));
  return out.length ? out : [paragraph(ctx.t('inga_aktiviteter'))];
}

function budgetBlock(ctx: RenderContext): RootContent[] {
  const total = ctx.data.budget.reduce((s, b) => s + b.amount, 0);
  return [
    table(
      [ctx.t('kol_post'), ctx.t('kol_budget'), ctx.t('kol_kommentar')],
      [...ctx.data.budget.map((b) => [b.title, kr(b.amount), b.comment ?? '']), [[strong(ctx.t('summa'))], [strong(kr(total))], '']],
      ['left', 'right', 'left'],
    ),
  ];
}
