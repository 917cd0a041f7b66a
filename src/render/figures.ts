import type { Element, ElementContent } from 'hast';
import { s } from 'hastscript';
import type { Code } from 'mdast';
import { cleanDocumentText, mermaidLabel } from '../util/escape.js';

/** A box in a figure. */
export interface FigureNode {
  id: string;
  label: string;
  /** Row (0 at the top) in a tree; column (0 left) in a two-column link figure. */
  rank: number;
  kind: 'vision' | 'övergripande' | 'långsiktigt' | 'delmål' | 'nätverk';
}

export interface Figure {
  caption: string;
  nodes: FigureNode[];
  edges: [from: string, to: string][];
  /** Brackets at the side of a tree: the rows they span and their text. */
  bands?: { from: number; to: number; label: string }[];
  direction: 'TD' | 'LR';
}

/**
 * One node for both outputs: Markdown gets a Mermaid code block (GitHub and GitLab draw it),
 * HTML gets an inline SVG figure drawn here, with no script and no request to another host.
 */
export function figureNode(figure: Figure): Code {
  // The SVG is hast hidden in the node's data, out of reach of the tree's own cleaning.
  const clean = (label: string) => cleanDocumentText(label).replace(/\n/g, ' ');
  const shown = {
    ...figure,
    caption: clean(figure.caption),
    nodes: figure.nodes.map((n) => ({ ...n, label: clean(n.label) })),
    bands: figure.bands?.map((b) => ({ ...b, label: clean(b.label) })),
  };
  return {
    type: 'code',
    lang: 'mermaid',
    value: mermaid(figure),
    data: {
      hName: 'figure',
      hProperties: { className: ['figur'] },
      hChildren: [svg(shown)],
    },
  };
}

/** Mermaid flowchart source; node ids are positional and every label is quoted and coded, so no data can break the syntax. */
export function mermaid(figure: Figure): string {
  const key = new Map(figure.nodes.map((n, i) => [n.id, `n${i}`]));
  const lines = [`flowchart ${figure.direction}`];
  const inBand = new Set<string>();
  figure.bands?.forEach((band, b) => {
    lines.push(`  subgraph b${b}[${mermaidLabel(band.label)}]`);
    for (const n of figure.nodes.filter((x) => x.rank >= band.from && x.rank <= band.to)) {
      lines.push(`    ${key.get(n.id)}[${mermaidLabel(n.label)}]`);
      inBand.add(n.id);
    }
    lines.push('  end');
  });
  for (const n of figure.nodes) if (!inBand.has(n.id)) lines.push(`  ${key.get(n.id)}[${mermaidLabel(n.label)}]`);
  for (const [from, to] of figure.edges) if (key.has(from) && key.has(to)) lines.push(`  ${key.get(from)} --- ${key.get(to)}`);
  return lines.join('\n');
}

const BOX_W = 200;
const GAP_X = 20;
const LINE_H = 16;
const FONT = 13;
/** At most this many boxes side by side in a tree; more wrap onto the next row. */
const PER_ROW = 3;
const PAD = 8;
const GAP_Y = 36;
const BAND_W = 150;
const FILL: Record<FigureNode['kind'], string> = {
  vision: '#1f4e79',
  övergripande: '#2e75b6',
  långsiktigt: '#9dc3e6',
  delmål: '#deebf7',
  nätverk: '#e2f0d9',
};
const INK: Record<FigureNode['kind'], string> = {
  vision: '#ffffff',
  övergripande: '#ffffff',
  långsiktigt: '#10253f',
  delmål: '#10253f',
  nätverk: '#10253f',
};

/** Breaks a label into lines of at most `width` characters, at spaces. */
export function wrap(label: string, width = 30): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Draws the figure as SVG: rows (TD) or columns (LR) of boxes joined by lines. */
export function svg(figure: Figure): Element {
  const groups = new Map<number, FigureNode[]>();
  for (const n of figure.nodes) groups.set(n.rank, [...(groups.get(n.rank) ?? []), n]);
  if (figure.direction === 'TD') {
    // Split wide levels into rows of PER_ROW, keeping the order; row keys stay sorted by level.
    for (const [rank, nodes] of [...groups]) {
      if (nodes.length <= PER_ROW) continue;
      groups.delete(rank);
      for (let i = 0; i < nodes.length; i += PER_ROW) groups.set(rank + i / PER_ROW / 100, nodes.slice(i, i + PER_ROW));
    }
  }
  const ranks = [...groups.keys()].sort((a, b) => a - b);
  const height = (n: FigureNode) => wrap(n.label, 24).length * LINE_H + 2 * PAD;
  const place = new Map<string, { x: number; y: number; w: number; h: number }>();
  const left = figure.bands?.length ? BAND_W : 0;
  let width = 0;
  let total = 0;
  if (figure.direction === 'TD') {
    const widest = Math.max(...ranks.map((r) => groups.get(r)!.length));
    width = left + widest * (BOX_W + GAP_X) + GAP_X;
    let y = GAP_X;
    for (const r of ranks) {
      const row = groups.get(r)!;
      const rowH = Math.max(...row.map(height));
      const rowW = row.length * (BOX_W + GAP_X) - GAP_X;
      let x = left + (width - left - rowW) / 2;
      for (const n of row) {
        place.set(n.id, { x, y, w: BOX_W, h: rowH });
        x += BOX_W + GAP_X;
      }
      y += rowH + GAP_Y;
    }
    total = y - GAP_Y + GAP_X;
  } else {
    width = ranks.length * (BOX_W + 120) - 120 + 2 * GAP_X;
    let tallest = 0;
    ranks.forEach((r, c) => {
      let y = GAP_X;
      for (const n of groups.get(r)!) {
        const hgt = height(n);
        place.set(n.id, { x: GAP_X + c * (BOX_W + 120), y, w: BOX_W, h: hgt });
        y += hgt + GAP_X;
      }
      tallest = Math.max(tallest, y);
    });
    total = tallest;
  }

  const children: ElementContent[] = [];
  for (const [from, to] of figure.edges) {
    const a = place.get(from);
    const b = place.get(to);
    if (!a || !b) continue;
    const [x1, y1, x2, y2] =
      figure.direction === 'TD' ? [a.x + a.w / 2, a.y + a.h, b.x + b.w / 2, b.y] : [a.x + a.w, a.y + a.h / 2, b.x, b.y + b.h / 2];
    children.push(s('line', { x1: r(x1), y1: r(y1), x2: r(x2), y2: r(y2), stroke: '#7f7f7f', strokeWidth: 1.5 }));
  }
  for (const n of figure.nodes) {
    const p = place.get(n.id)!;
    const lines = wrap(n.label, 24);
    const top = p.y + (p.h - lines.length * LINE_H) / 2 + LINE_H - 3;
    children.push(
      s('g', [
        s('rect', { x: r(p.x), y: r(p.y), width: p.w, height: r(p.h), rx: 6, fill: FILL[n.kind], stroke: '#1f4e79', strokeWidth: 1 }),
        s(
          'text',
          { x: r(p.x + p.w / 2), y: r(top), textAnchor: 'middle', fontSize: FONT, fill: INK[n.kind] },
          lines.map((line, i) => s('tspan', { x: r(p.x + p.w / 2), dy: i === 0 ? 0 : LINE_H }, line)),
        ),
      ]),
    );
  }
  for (const band of figure.bands ?? []) {
    const rows = figure.nodes.filter((n) => n.rank >= band.from && n.rank <= band.to).map((n) => place.get(n.id)!);
    if (rows.length === 0) continue;
    const y1 = Math.min(...rows.map((p) => p.y));
    const y2 = Math.max(...rows.map((p) => p.y + p.h));
    children.push(
      s('g', [
        s('line', { x1: BAND_W - 12, y1: r(y1), x2: BAND_W - 12, y2: r(y2), stroke: '#1f4e79', strokeWidth: 2 }),
        s(
          'text',
          { x: 4, y: r((y1 + y2) / 2), fontSize: FONT, fill: '#1f4e79' },
          wrap(band.label, 20).map((line, i) => s('tspan', { x: 4, dy: i === 0 ? 0 : LINE_H }, line)),
        ),
      ]),
    );
  }
  return s(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${r(width)} ${r(total)}`,
      width: '100%',
      role: 'img',
      ariaLabel: figure.caption,
      fontFamily: 'DejaVu Sans, Liberation Sans, Arial, sans-serif',
    },
    children,
  );
}

function r(n: number): number {
  return Math.round(n * 10) / 10;
}
