import type { Paragraph, RootContent } from 'mdast';
import type { RenderContext } from '../context.js';
import { figureNode } from '../figures.js';
import type { Figure, FigureNode } from '../figures.js';
import { embedMarkdown, emphasis, paragraph, strong, table } from '../markdown.js';
import type { GoalView } from '../year-data.js';

const LEVEL_RANK: Record<string, number> = { vision: 0, övergripande: 1, långsiktigt: 2, delmål: 3 };

/** A draft banner on the first page, and the example notice for invented data. */
export function banner(ctx: RenderContext, example: boolean): RootContent[] {
  const out: RootContent[] = [];
  if (ctx.draft) out.push({ type: 'blockquote', children: [paragraph(strong(ctx.t('utkast')), ' – ', ctx.t('utkast_text'))] });
  if (example) out.push({ type: 'blockquote', children: [paragraph(ctx.t('exempel_text'))] });
  return out;
}

/** A Markdown body from a data file, embedded as a tree below the heading at `depth`. */
export function body(text: string | undefined, depth: number): RootContent[] {
  return text ? embedMarkdown(text, depth) : [];
}

/** A figure's caption: a paragraph in Markdown, styled as a caption in HTML. */
function caption(value: string): Paragraph {
  return { ...paragraph(emphasis(value)), data: { hProperties: { className: ['bildtext'] } } };
}

function goalsForFigure(ctx: RenderContext): GoalView[] {
  const d = ctx.data;
  // Delmål grouped under their parents' order, so fewer lines cross in the figure.
  const order = (g: GoalView) => d.programmeGoals.findIndex((p) => p.id === g.parentId);
  const sub = [...d.subGoals].sort((a, b) => order(a) - order(b));
  return [...(d.vision ? [d.vision] : []), ...d.programmeGoals, ...sub];
}

function nodeOf(g: GoalView): FigureNode {
  return { id: g.id, label: g.title, rank: LEVEL_RANK[g.level] ?? 3, kind: (g.level || 'delmål') as FigureNode['kind'] };
}

/** Quotes a text the Swedish way, for the figures' descriptions. */
const quoted = (text: string) => `”${text}”`;

/** The figure's description: an opening sentence, then one sentence per parent naming its children. */
function describe(figure: Pick<Figure, 'nodes' | 'edges'>, opening: string, line: (parent: string, children: string) => string): string {
  const label = new Map(figure.nodes.map((n) => [n.id, n.label]));
  const kids = new Map<string, string[]>();
  for (const [from, to] of figure.edges) if (label.has(from) && label.has(to)) kids.set(from, [...(kids.get(from) ?? []), label.get(to)!]);
  return [opening, ...[...kids].map(([from, children]) => line(label.get(from)!, joinSwedish(children.map(quoted))))].join(' ');
}

/** "a, b och c": a Swedish enumeration. */
export function joinSwedish(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;
}

/** The goal structure with the year's delmål, as a layered tree. */
export function goalStructure(ctx: RenderContext): RootContent[] {
  const goals = goalsForFigure(ctx);
  const ids = new Set(goals.map((g) => g.id));
  const program = ctx.data.programShortName;
  const nodes = goals.map(nodeOf);
  const edges = goals.filter((g) => g.parentId && ids.has(g.parentId)).map((g): [string, string] => [g.parentId!, g.id]);
  const figure: Figure = {
    caption: ctx.t('figur_målstruktur', { program, nummer: String(ctx.nextFigure()) }),
    description: describe({ nodes, edges }, ctx.t('figur_målstruktur_text'), (överordnat, underordnade) =>
      ctx.t('figur_målstruktur_rad', { överordnat, underordnade }),
    ),
    direction: 'TD',
    nodes,
    edges,
    bands: [
      { from: 0, to: 2, label: ctx.t('ingår_i_programmet', { program }) },
      ...(ctx.data.subGoals.length ? [{ from: 3, to: 3, label: ctx.t('ingår_i_planen') }] : []),
    ],
  };
  return [figureNode(figure), caption(figure.caption)];
}

/** Which network owns which goal: each network with its goals, as a figure and a table. */
export function goalsAndNetworks(ctx: RenderContext): RootContent[] {
  const goals = [...(ctx.data.vision ? [ctx.data.vision] : []), ...ctx.data.programmeGoals].filter((g) => g.ownerId);
  // The networks in the programme's order (the data's), each followed by the goals it owns.
  const networks = ctx.data.networks.filter((n) => goals.some((g) => g.ownerId === n.id));
  const nodes: FigureNode[] = [
    ...networks.map((n): FigureNode => ({ id: `nätverk:${n.id}`, label: n.name, rank: 0, kind: 'nätverk' })),
    ...goals.map((g) => ({ ...nodeOf(g), rank: 1 })),
  ];
  const edges = goals.map((g): [string, string] => [`nätverk:${g.ownerId}`, g.id]);
  const figure: Figure = {
    caption: ctx.t('figur_mål_och_nätverk', { program: ctx.data.programShortName, nummer: String(ctx.nextFigure()) }),
    description: describe({ nodes, edges }, ctx.t('figur_mål_och_nätverk_text'), (nätverk, mål) => ctx.t('figur_mål_och_nätverk_rad', { nätverk, mål })),
    direction: 'LR',
    nodes,
    edges,
  };
  const name = (id?: string) => ctx.data.networks.find((n) => n.id === id)?.name ?? id ?? '';
  return [
    figureNode(figure),
    caption(figure.caption),
    table([ctx.t('kol_mål'), ctx.t('kol_nätverk')], goals.map((g) => [g.title, name(g.ownerId)])),
  ];
}
