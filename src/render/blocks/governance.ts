import type { Heading, List, RootContent } from 'mdast';
import type { RenderContext } from '../context.js';
import { date, kr, pct, signedKr } from '../format.js';
import { emphasis, list, paragraph, plain, strong, table } from '../markdown.js';
import type { Formalities } from '../year-data.js';

/** The cover's formalities: diarienummer, the protocol's paragraph and when it was justerat. */
export function formalitiesBlock(ctx: RenderContext, f: Formalities | undefined): RootContent[] {
  if (!f) return [];
  const lines: string[] = [];
  if (f.dnr) lines.push(ctx.t('diarienummer', { dnr: f.dnr }));
  if (f.paragraph && !ctx.draft) lines.push(ctx.t('paragraf_rad', { paragraf: f.paragraph }));
  if (f.attested && !ctx.draft) lines.push(ctx.t('justerad_rad', { datum: date(f.attested) }));
  return lines.length ? [paragraph(lines.join(' · '))] : [];
}

/** The proposal the committee decides on, one att-sats per item; "saknas" rather than an invented one. */
export function proposalBlock(ctx: RenderContext, f: Formalities | undefined): RootContent[] {
  if (!f?.proposals.length) return [paragraph(emphasis(ctx.t('inget_förslag')))];
  return [paragraph(ctx.t('förslag_inledning')), list(f.proposals.map((förslag) => ctx.t('förslag_att', { förslag })))];
}

/** Marks where the table of contents goes; buildDocument fills it in once the whole tree is known. */
export const TOC_MARKER = 'sup-innehåll';

/** A placeholder paragraph that `fillToc` replaces with the list of the document's sections. */
export function tocPlaceholder(): RootContent[] {
  return [{ type: 'paragraph', children: [], data: { hProperties: { id: TOC_MARKER } } }];
}

/**
 * Replaces the placeholder with the document's main sections (level 2) and, under Bilagor and the
 * like, their level-3 headings: the headings the template and the data produced, in order.
 */
export function fillToc(children: RootContent[]): void {
  const at = children.findIndex((n) => n.type === 'paragraph' && (n.data?.hProperties as { id?: string } | undefined)?.id === TOC_MARKER);
  if (at < 0) return;
  const items: List['children'] = [];
  for (const node of children.slice(at + 1)) {
    if (node.type !== 'heading' || node.depth > 3) continue;
    const title = plain(node as Heading);
    if ((node as Heading).depth === 2) items.push({ type: 'listItem', spread: false, children: [paragraph(title)] });
    else if (/^Bilaga\b/.test(title) && items.length) {
      const parent = items.at(-1)!;
      const sub = parent.children[1] as List | undefined;
      const item = { type: 'listItem' as const, spread: false, children: [paragraph(title)] };
      if (sub) sub.children.push(item);
      else parent.children.push({ type: 'list', ordered: false, spread: false, children: [item] });
    }
  }
  children.splice(at, 1, { type: 'list', ordered: false, spread: false, children: items });
}

/** The presidium of the year and ledningsgruppens ordförande, by kommun and role (a name only when given). */
export function presidiumBlock(ctx: RenderContext): RootContent[] {
  const officers = ctx.data.governance.officers;
  if (!officers.length) return [paragraph(emphasis(ctx.t('inget_presidium')))];
  const named = officers.some((o) => o.name);
  return [
    table(
      [ctx.t('kol_uppdrag'), ctx.t('kol_kommun'), ctx.t('kol_roll'), ...(named ? [ctx.t('kol_namn')] : [])],
      officers.map((o) => [ctx.t(`uppdrag_${o.office}`), o.kommun, o.role, ...(named ? [o.name ?? ''] : [])]),
    ),
  ];
}

/** Samarbetskommitténs meetings of the year: date, kind, who was there and the protocol. */
export function meetingsBlock(ctx: RenderContext): RootContent[] {
  const g = ctx.data.governance;
  if (!g.meetings.length) return [paragraph(emphasis(ctx.t('inga_sammanträden')))];
  const all = ctx.data.kommuner.size;
  const count = g.meetings.filter((m) => m.kind === 'sammanträde').length;
  const conference = g.meetings.some((m) => m.kind === 'planeringskonferens');
  return [
    paragraph(ctx.t(conference ? 'sammanträden_antal' : 'sammanträden_antal_utan_konferens', { sammanträden: `${inWords(count)} ${count === 1 ? 'sammanträde' : 'sammanträden'}` })),
    table(
      [ctx.t('kol_datum'), ctx.t('kol_slag'), ctx.t('kol_företrädda'), ctx.t('kol_protokoll')],
      g.meetings.map((m) => [
        date(m.date),
        m.kind.charAt(0).toLocaleUpperCase('sv-SE') + m.kind.slice(1),
        m.kommuner.length === all ? ctx.t('samtliga_kommuner', { antal: String(all) }) : `${m.kommuner.length} av ${all}: ${m.kommuner.join(', ')}`,
        m.protocol ?? '',
      ]),
    ),
  ];
}

const WORDS = ['inga', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];
/** A count in running text: words up to twelve, as Swedish prose writes them ("sex sammanträden"). */
export function inWords(n: number): string {
  return WORDS[n] ?? String(n);
}

/** The joint statements of the year: inspel, remissvar and skrivelser with date, recipient and dnr. */
export function statementsBlock(ctx: RenderContext): RootContent[] {
  const s = ctx.data.governance.statements;
  if (!s.length) return [paragraph(emphasis(ctx.t('inga_skrivelser')))];
  return [
    table(
      [ctx.t('kol_datum'), ctx.t('kol_slag'), ctx.t('kol_titel'), ctx.t('kol_mottagare'), ctx.t('kol_diarienummer')],
      [...s]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((w) => [date(w.date), w.kind.charAt(0).toLocaleUpperCase('sv-SE') + w.kind.slice(1), w.title, w.recipient, w.dnr ?? '']),
    ),
  ];
}

/** Percent of a cost share with two decimals, the same in every row. */
const sharePct = (p: number) => pct(Math.round(p * 100) / 100, 2);

/** The plan's financing: each kommun's share and fee under the cost-sharing key. */
export function financingPlanBlock(ctx: RenderContext): RootContent[] {
  const key = ctx.data.governance.key;
  if (!key) return [paragraph(emphasis(ctx.t('ingen_kostnadsfördelning')))];
  const total = key.shares.reduce((s, x) => s + x.amount, 0);
  return [
    paragraph(key.basis === 'folkmängd' ? ctx.t('fördelning_folkmängd', { år: String(key.populationYear ?? '') }) : ctx.t('fördelning_fasta')),
    table(
      [ctx.t('kol_kommun'), ctx.t('kol_andel'), ctx.t('kol_avgift')],
      [...key.shares.map((s) => [s.kommun, sharePct(s.percent), kr(s.amount)]), [[strong(ctx.t('summa'))], [strong(sharePct(100))], [strong(kr(total))]]],
      ['left', 'right', 'right'],
    ),
  ];
}

/** The year's financing per kommun, the result, last year's figures and the proposed disposition. */
export function financingAnnualBlock(ctx: RenderContext, costs: number | undefined): RootContent[] {
  const g = ctx.data.governance;
  if (!g.income) return [paragraph(emphasis(ctx.t('ingen_finansiering')))];
  const expected = new Map(g.key?.shares.map((s) => [s.kommun, s.amount]));
  const fees = g.income.reduce((s, x) => s + x.amount, 0);
  const income = fees + g.otherIncome.reduce((s, x) => s + x.amount, 0);
  const out: RootContent[] = [
    table(
      [ctx.t('kol_kommun'), ctx.t('kol_avgift_enligt_plan'), ctx.t('kol_inbetalt')],
      [
        ...g.income.map((r) => [r.kommun, expected.has(r.kommun) ? kr(expected.get(r.kommun)!) : ctx.t('saknas'), kr(r.amount)]),
        ...g.otherIncome.map((r) => [r.title, '–', kr(r.amount)]),
        [[strong(ctx.t('summa_intäkter'))], g.key ? [strong(kr(g.key.shares.reduce((s, x) => s + x.amount, 0)))] : '–', [strong(kr(income))]],
      ],
      ['left', 'right', 'right'],
    ),
  ];
  const result = costs === undefined ? undefined : income - costs;
  const prev = g.previous;
  const cell = (v: number | undefined) => (v === undefined ? ctx.t('saknas') : kr(v));
  out.push(
    table(
      [ctx.t('kol_resultaträkning'), String(ctx.data.year), String(ctx.data.year - 1)],
      [
        [ctx.t('rad_intäkter'), kr(income), cell(prev?.income)],
        [ctx.t('rad_kostnader'), cell(costs), cell(prev?.costs)],
        [[strong(ctx.t('rad_resultat'))], [strong(result === undefined ? ctx.t('saknas') : signedKr(result))], [strong(prev ? signedKr(prev.income - prev.costs) : ctx.t('saknas'))]],
      ],
      ['left', 'right', 'right'],
    ),
  );
  if (result !== undefined) {
    out.push(paragraph(ctx.t(result >= 0 ? 'resultat_överskott' : 'resultat_underskott', { belopp: kr(Math.abs(result)) })));
  }
  if (g.disposition) out.push(paragraph(strong(ctx.t('rubrik_disposition')), ' ', ctx.t('disposition_rad', { belopp: kr(g.disposition.amount), förslag: g.disposition.proposal })));
  return out;
}
