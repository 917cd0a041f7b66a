import fc from 'fast-check';
import type { Element } from 'hast';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { svg } from '../src/render/figures.js';
import type { Figure, FigureNode } from '../src/render/figures.js';
import { CHROMIUM_ARGS, findChromium } from '../src/render/to-pdf.js';
import { runBin, tempDir } from './helpers.js';

/** A box of a drawn figure and the text in it. */
interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  label: string;
}
type Point = [number, number];

/** The points of an SVG path of M, H, V and L commands (the ones the figures use). */
function points(d: string): Point[] {
  const out: Point[] = [];
  let at: Point = [0, 0];
  for (const [, cmd, args] of d.matchAll(/([MHVL])([^MHVL]*)/g)) {
    const n = args!.trim().split(/[\s,]+/).map(Number);
    at = cmd === 'H' ? [n[0]!, at[1]] : cmd === 'V' ? [at[0], n[0]!] : [n[0]!, n[1]!];
    out.push(at);
  }
  return out;
}

/** Whether the axis-parallel segment a–b enters the inside of the box (touching its border does not count). */
function crosses(a: Point, b: Point, box: Box): boolean {
  const e = 0.5;
  const [x1, x2] = [Math.min(a[0], b[0]), Math.max(a[0], b[0])];
  const [y1, y2] = [Math.min(a[1], b[1]), Math.max(a[1], b[1])];
  return x2 > box.x + e && x1 < box.x + box.w - e && y2 > box.y + e && y1 < box.y + box.h - e;
}

/**
 * Checks a drawn figure: no edge segment enters any box, and every edge starts on the right side of
 * one box and ends on the left side of another further right. Returns the edges as label pairs.
 */
function checkDrawing(boxes: Box[], paths: string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (const d of paths) {
    const pts = points(d);
    for (let i = 1; i < pts.length; i++) for (const box of boxes) expect(crosses(pts[i - 1]!, pts[i]!, box), `${d} crosses "${box.label}"`).toBe(false);
    const [start, end] = [pts[0]!, pts.at(-1)!];
    const on = (p: Point, side: 'right' | 'left') =>
      boxes.find((b) => Math.abs(p[0] - (side === 'right' ? b.x + b.w : b.x)) < 0.2 && p[1] > b.y && p[1] < b.y + b.h);
    const parent = on(start, 'right');
    const child = on(end, 'left');
    expect(parent, `${d} starts at no box`).toBeDefined();
    expect(child, `${d} ends at no box`).toBeDefined();
    expect(child!.x).toBeGreaterThan(parent!.x);
    pairs.push([parent!.label, child!.label]);
  }
  return pairs;
}

/** The boxes and edges of the hast SVG that figures.ts draws. */
function fromHast(root: Element): { boxes: Box[]; paths: string[] } {
  const boxes: Box[] = [];
  const paths: string[] = [];
  const textOf = (e: Element): string =>
    e.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join(' ').replace(/\s+/g, ' ').trim();
  for (const child of root.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'path') paths.push(String(child.properties.d));
    const rect = child.tagName === 'g' ? child.children.find((c): c is Element => c.type === 'element' && c.tagName === 'rect') : undefined;
    const label = child.tagName === 'g' ? child.children.find((c): c is Element => c.type === 'element' && c.tagName === 'text') : undefined;
    if (rect && label) {
      const p = rect.properties;
      boxes.push({ x: Number(p.x), y: Number(p.y), w: Number(p.width), h: Number(p.height), label: textOf(label) });
    }
  }
  return { boxes, paths };
}

const KINDS: FigureNode['kind'][] = ['vision', 'övergripande', 'långsiktigt', 'delmål'];

/** Random forests: each node's parent is an earlier node (or none), at any level, with labels of any length. */
const forests = fc
  .array(fc.record({ parent: fc.option(fc.nat(), { nil: undefined }), rank: fc.nat({ max: 3 }), words: fc.nat({ max: 40 }) }), { minLength: 1, maxLength: 14 })
  .map((spec): Figure => {
    const nodes = spec.map((n, i): FigureNode => ({ id: `m${i}`, label: `${i} ${'ord '.repeat(n.words)}`.trim(), rank: n.rank, kind: KINDS[n.rank]! }));
    const edges = spec.flatMap((n, i): [string, string][] => (n.parent !== undefined && i > 0 ? [[`m${n.parent % i}`, `m${i}`]] : []));
    return { caption: 'Figur 1. Test', description: 'Ett träd.', nodes, edges, direction: 'LR', bands: [{ from: 0, to: 2, label: 'Band' }] };
  });

describe('the layered figure layout', () => {
  test('no edge crosses a box, and every edge runs from the parent to its child, in any forest', () => {
    fc.assert(
      fc.property(forests, (figure) => {
        const { boxes, paths } = fromHast(svg(figure));
        expect(boxes).toHaveLength(figure.nodes.length);
        const labelOf = new Map(figure.nodes.map((n) => [n.id, n.label]));
        const drawn = checkDrawing(boxes, paths).map((p) => p.join(' → ')).sort();
        const wanted = figure.edges.map(([a, b]) => `${labelOf.get(a)} → ${labelOf.get(b)}`).sort();
        expect(drawn).toEqual(wanted);
      }),
      { numRuns: 300 },
    );
  });

  test('the check sees an edge through a box (the old grid\'s line under a delmål) and passes one along its border', () => {
    const box = { x: 170, y: 400, w: 200, h: 96, label: 'delmål' };
    expect(crosses([270, 364], [270, 532], box)).toBe(true);
    expect(crosses([100, 450], [400, 450], box)).toBe(true);
    expect(crosses([170, 364], [170, 532], box)).toBe(false);
    expect(crosses([100, 380], [400, 380], box)).toBe(false);
  });

  test('a cycle or an unknown node in a draft leaves the edge out instead of hanging', () => {
    const nodes: FigureNode[] = ['a', 'b', 'c'].map((id) => ({ id, label: id, rank: 1, kind: 'delmål' }));
    const figure: Figure = { caption: 'x', description: 'y', nodes, edges: [['a', 'b'], ['b', 'c'], ['c', 'a'], ['a', 'okänd']], direction: 'LR' };
    const { boxes, paths } = fromHast(svg(figure));
    expect(boxes).toHaveLength(3);
    expect(checkDrawing(boxes, paths).map((p) => p.join('→'))).toEqual(['a→b', 'b→c']);
  });
});

describe('the figures of the rendered documents, in a real browser', () => {
  test.each([
    ['report', 'årsredovisningen'],
    ['plan', 'verksamhetsplanen'],
  ])('%s: no edge crosses a box in either figure, and the delmål hang on their own goals', async (command) => {
    const file = join(tempDir(), 'dokument.html');
    expect(runBin([command, '2025', '--format', 'html', '-o', file, '--today', '2026-01-15']).code).toBe(0);
    const browser = await chromium.launch({ executablePath: findChromium(process.env)!, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(file).href);
      const figures = await page.locator('figure.figur > svg').evaluateAll((svgs) =>
        svgs.map((s) => ({
          paths: [...s.querySelectorAll(':scope > path')].map((p) => p.getAttribute('d')!),
          boxes: [...s.querySelectorAll(':scope > g')]
            .filter((g) => g.querySelector('rect'))
            .map((g) => {
              const r = g.querySelector('rect')!;
              const n = (a: string) => Number(r.getAttribute(a));
              const label = [...g.querySelectorAll('tspan')].map((t) => t.textContent).join(' ');
              return { x: n('x'), y: n('y'), w: n('width'), h: n('height'), label };
            }),
        })),
      );
      expect(figures).toHaveLength(2);
      const [structure, owners] = figures.map((f) => checkDrawing(f.boxes, f.paths).map((p) => p.join(' → ')));
      // The case the old grid got wrong: this delmål belongs to the overarching goal, not to a delmål beside it.
      expect(structure).toContain(
        'En tillgänglig och hållbar infrastruktur bidrar till ett välmående näringsliv, motverkar segregation och skapar en gemensam arbetsmarknad på Södertörn → Det finns en gemensam kunskapsbild om godstransporter och logistik på Södertörn',
      );
      expect(structure).toContain('Södertörn leder Sveriges starka och hållbara tillväxt → En tillgänglig och hållbar infrastruktur bidrar till ett välmående näringsliv, motverkar segregation och skapar en gemensam arbetsmarknad på Södertörn');
      expect(structure).toHaveLength(figures[0]!.boxes.length - 1); // a tree: one edge per box but the vision
      expect(owners).toContain('Nätverk för trafikstrateger → Södertörn – Sveriges mest tillgängliga storstadsregion');
      expect(owners).toHaveLength(4);
    } finally {
      await browser.close();
    }
  });
});
