import type { Element, ElementContent } from 'hast';
import { s } from 'hastscript';
import type { Code, List, ListItem } from 'mdast';
import { cleanDocumentText, mermaidLabel } from '../util/escape.js';

declare module 'mdast' {
  interface CodeData {
    /** A figure's tree as a nested list, which the Markdown output puts after the Mermaid block. */
    fallback?: List;
  }
}

/** A box in a figure. */
export interface FigureNode {
  id: string;
  label: string;
  /** The level: the column, counted from 0 at the left, that the box stands in. */
  rank: number;
  kind: 'vision' | 'övergripande' | 'långsiktigt' | 'delmål' | 'nätverk';
}

/** A tree (or forest) of boxes: every edge runs from a parent to its child, drawn left to right. */
export interface Figure {
  /** "Figur 1. …": the SVG's title (its accessible name and the PDF's /Alt) and the caption below it. */
  caption: string;
  /** A longer text alternative, the SVG's desc: the figure said in sentences. */
  description: string;
  nodes: FigureNode[];
  edges: [parent: string, child: string][];
  /** Brackets above the tree: the levels they span and their text. */
  bands?: { from: number; to: number; label: string }[];
  /** Mermaid's direction; the SVG is always drawn left to right. */
  direction: 'TD' | 'LR';
}

/**
 * One node for both outputs: Markdown gets a Mermaid code block (GitHub and GitLab draw it) followed
 * by the same tree as a nested list (data.fallback, so the document reads without Mermaid), HTML gets
 * an inline SVG figure drawn here, with no script and no request to another host.
 */
export function figureNode(figure: Figure): Code {
  // The SVG is hast hidden in the node's data, out of reach of the tree's own cleaning.
  const clean = (label: string) => cleanDocumentText(label).replace(/\n/g, ' ');
  const shown = {
    ...figure,
    caption: clean(figure.caption),
    nodes: figure.nodes.map((n) => ({ ...n, label: clean(n.label) })),
    description: clean(figure.description),
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
      fallback: nestedList(figure),
    },
  };
}

/** Mermaid flowchart source; node ids are positional and every label is quoted and coded, so no data can break the syntax. */
export function mermaid(figure: Omit<Figure, 'description'>): string {
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

const BOX_W = 160;
/** Characters per line in a box of BOX_W at FONT (DejaVu Sans is about 0.6 em a character). */
const WRAP = 19;
const GAP_X = 44;
const GAP_Y = 12;
const LINE_H = 15;
const FONT = 12;
const PAD = 8;
const MARGIN = 10;
const BAND_H = 44;
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
export function wrap(label: string, width = WRAP): string[] {
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

/** The figure's nodes as a forest: each node's children in the data's order, and the roots. */
export interface Forest {
  roots: FigureNode[];
  children: Map<string, FigureNode[]>;
  /** The column of each node: its rank, but always right of its parent. */
  column: Map<string, number>;
}

/**
 * Builds the forest the figure draws. A node keeps its first parent; an edge to an unknown node or
 * one that would close a cycle is left out (a draft may have such data; sup check reports it).
 */
export function toForest(figure: Figure): Forest {
  const byId = new Map(figure.nodes.map((n) => [n.id, n]));
  const parent = new Map<string, string>();
  for (const [from, to] of figure.edges) {
    if (!byId.has(from) || !byId.has(to) || from === to || parent.has(to)) continue;
    let up: string | undefined = from;
    while (up !== undefined && up !== to) up = parent.get(up);
    if (up === to) continue; // would close a cycle
    parent.set(to, from);
  }
  const children = new Map<string, FigureNode[]>(figure.nodes.map((n) => [n.id, []]));
  for (const n of figure.nodes) if (parent.has(n.id)) children.get(parent.get(n.id)!)!.push(n);
  const roots = figure.nodes.filter((n) => !parent.has(n.id));
  const column = new Map<string, number>();
  const setColumns = (n: FigureNode, min: number) => {
    column.set(n.id, Math.max(n.rank, min));
    for (const c of children.get(n.id)!) setColumns(c, column.get(n.id)! + 1);
  };
  for (const root of roots) setColumns(root, 0);
  return { roots, children, column };
}

/** A box's place in the drawing. */
interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Lays the forest out in layers, left to right: a column per level, and each subtree in a horizontal
 * band of its own, its root centred in it and its children's bands stacked inside it. A box lies in
 * its band, siblings' bands are disjoint and a child's lies in its parent's, so an edge drawn in the
 * gap right of the parent and then straight along the child's middle meets no other box.
 */
export function layOut(figure: Figure): { forest: Forest; place: Map<string, Box>; width: number; height: number } {
  const forest = toForest(figure);
  const boxH = (n: FigureNode) => wrap(n.label).length * LINE_H + 2 * PAD;
  const band = new Map<string, number>();
  const measure = (n: FigureNode): number => {
    const kids = forest.children.get(n.id)!;
    const inner = kids.reduce((sum, c) => sum + measure(c), 0) + GAP_Y * Math.max(0, kids.length - 1);
    band.set(n.id, Math.max(boxH(n), inner));
    return band.get(n.id)!;
  };
  const top = figure.bands?.length ? BAND_H : 0;
  const place = new Map<string, Box>();
  const put = (n: FigureNode, y0: number) => {
    const b = band.get(n.id)!;
    const h = boxH(n);
    place.set(n.id, { x: MARGIN + forest.column.get(n.id)! * (BOX_W + GAP_X), y: y0 + (b - h) / 2, w: BOX_W, h });
    const kids = forest.children.get(n.id)!;
    const inner = kids.reduce((sum, c) => sum + band.get(c.id)!, 0) + GAP_Y * Math.max(0, kids.length - 1);
    let y = y0 + (b - inner) / 2;
    for (const c of kids) {
      put(c, y);
      y += band.get(c.id)! + GAP_Y;
    }
  };
  let y = MARGIN + top;
  for (const root of forest.roots) {
    measure(root);
    put(root, y);
    y += band.get(root.id)! + GAP_Y * 2;
  }
  const columns = Math.max(1, ...[...forest.column.values()].map((c) => c + 1));
  return { forest, place, width: 2 * MARGIN + columns * BOX_W + (columns - 1) * GAP_X, height: y - GAP_Y * 2 + MARGIN };
}

/** Draws the figure as SVG: layered boxes, parent to child edges, a title and a description. */
export function svg(figure: Figure): Element {
  const { forest, place, width, height } = layOut(figure);
  const children: ElementContent[] = [s('title', figure.caption), s('desc', figure.description)];
  for (const n of figure.nodes) {
    const p = place.get(n.id)!;
    for (const c of forest.children.get(n.id)!) {
      const q = place.get(c.id)!;
      const [x1, y1, xm, y2, x2] = [p.x + p.w, p.y + p.h / 2, p.x + p.w + GAP_X / 2, q.y + q.h / 2, q.x];
      children.push(s('path', { d: `M${r(x1)} ${r(y1)}H${r(xm)}V${r(y2)}H${r(x2)}`, fill: 'none', stroke: '#7f7f7f', strokeWidth: 1.5 }));
    }
  }
  for (const n of figure.nodes) {
    const p = place.get(n.id)!;
    const lines = wrap(n.label);
    const first = p.y + (p.h - lines.length * LINE_H) / 2 + LINE_H - 3;
    children.push(
      s('g', [
        s('rect', { x: r(p.x), y: r(p.y), width: p.w, height: r(p.h), rx: 6, fill: FILL[n.kind], stroke: '#1f4e79', strokeWidth: 1 }),
        s(
          'text',
          { x: r(p.x + p.w / 2), y: r(first), textAnchor: 'middle', fontSize: FONT, fill: INK[n.kind] },
          lines.map((line, i) => s('tspan', { x: r(p.x + p.w / 2), dy: i === 0 ? 0 : LINE_H }, line)),
        ),
      ]),
    );
  }
  for (const band of figure.bands ?? []) {
    const boxes = figure.nodes.filter((n) => n.rank >= band.from && n.rank <= band.to).map((n) => place.get(n.id)!);
    if (boxes.length === 0) continue;
    const x1 = Math.min(...boxes.map((p) => p.x));
    const x2 = Math.max(...boxes.map((p) => p.x + p.w));
    const yb = MARGIN + BAND_H - 10;
    children.push(
      s('g', [
        s('path', { d: `M${r(x1)} ${yb + 6}V${yb}H${r(x2)}V${yb + 6}`, fill: 'none', stroke: '#1f4e79', strokeWidth: 2 }),
        s('text', { x: r((x1 + x2) / 2), y: yb - 8, textAnchor: 'middle', fontSize: FONT, fill: '#1f4e79' }, band.label),
      ]),
    );
  }
  return s(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${r(width)} ${r(height)}`,
      // Drawn at its own size (never larger, so the text stays at FONT); stil.css narrows it to the page.
      width: r(width),
      role: 'img',
      ariaLabel: figure.caption,
      fontFamily: 'DejaVu Sans, Liberation Sans, Arial, sans-serif',
    },
    children,
  );
}

/** The figure as a nested list, parent above its children, for readers without Mermaid or SVG. */
export function nestedList(figure: Figure): List {
  const forest = toForest(figure);
  const item = (n: FigureNode): ListItem => {
    const kids = forest.children.get(n.id)!;
    return {
      type: 'listItem',
      spread: false,
      children: [
        { type: 'paragraph', children: [{ type: 'text', value: n.label }] },
        ...(kids.length ? [list(kids)] : []),
      ],
    };
  };
  const list = (nodes: FigureNode[]): List => ({ type: 'list', ordered: false, spread: false, children: nodes.map(item) });
  return list(forest.roots);
}

function r(n: number): number {
  return Math.round(n * 10) / 10;
}
