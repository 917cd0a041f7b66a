import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { h } from 'hastscript';
import type { Root } from 'mdast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import type { Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { LineIndex } from '../load/source-file.js';
import { TemplateError } from './template.js';
import { cleanTree } from './markdown.js';

/** The documents' language (BCP 47): in the HTML's lang and the PDF's /Lang and XMP. */
export const DOCUMENT_LANG = 'sv-SE';

/**
 * The SVG sup draws itself (the figures in figures.ts, the charts in charts/trend-chart.ts), element by
 * element and attribute by attribute, and nothing more: no style (CSS can fetch), no href or xlink:href,
 * no event handler, no foreignObject, use or image. Each SVG element is kept only inside an svg (the
 * sanitiser checks the ancestors as given, so a part is not kept loose either). GitHub's attributes for every element (`*`, e.g. id, width) still apply.
 */
const SVG_ATTRIBUTES: Record<string, NonNullable<SanitizeSchema['attributes']>[string]> = {
  svg: ['xmlns', 'viewBox', 'width', ['role', 'img'], 'ariaLabel', 'ariaLabelledBy', 'ariaDescribedBy', 'fontFamily'],
  title: ['id'],
  desc: ['id'],
  g: [],
  rect: ['x', 'y', 'width', 'height', 'rx', 'fill', 'stroke', 'strokeWidth'],
  text: ['x', 'y', 'textAnchor', 'fontSize', 'fill'],
  tspan: ['x', 'dy'],
  line: ['x1', 'y1', 'x2', 'y2', 'stroke', 'strokeWidth'],
  path: ['d', 'fill', 'stroke', 'strokeWidth'],
};
const SVG_PARTS = Object.keys(SVG_ATTRIBUTES).filter((t) => t !== 'svg');

/** What may appear in the HTML: GitHub's safe defaults plus the SVG of the figures and charts sup draws. */
const SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  // No img: a picture would be fetched from elsewhere, and the document must stand alone.
  tagNames: [...(defaultSchema.tagNames ?? []).filter((t) => t !== 'img'), 'figure', 'figcaption', ...Object.keys(SVG_ATTRIBUTES)],
  attributes: {
    ...defaultSchema.attributes,
    ...SVG_ATTRIBUTES,
    figure: ['className'],
    p: ['className'],
    // The value table of a chart is set a little smaller: it has a column per kommun.
    table: [...(defaultSchema.attributes?.table ?? []), ['className', 'diagramtabell']],
    td: [...(defaultSchema.attributes?.td ?? []), 'align'],
    th: [...(defaultSchema.attributes?.th ?? []), 'align'],
  },
  ancestors: { ...defaultSchema.ancestors, ...Object.fromEntries(SVG_PARTS.map((t) => [t, ['svg']])) },
  // Never allow raw HTML from a data file to become an element: it was dropped before, and stays dropped.
  // SVG that could fetch or embed something goes with all it holds (unknown elements are otherwise unwrapped).
  strip: ['script', 'style', 'foreignObject', 'use', 'image', 'iframe', 'object', 'embed'],
};

const toHast = unified().use(remarkRehype).use(rehypeSanitize, SCHEMA);
const stringify = unified().use(rehypeStringify);

export interface HtmlOptions {
  title: string;
  draft: boolean;
  /** The style sheet (the project's templates/stil.css or the built-in one), read by the caller. */
  css: { path: string; text: string };
}

/**
 * One self-contained HTML file: CSS inline, figures as inline SVG, no script and no reference to
 * another host, in <main> with lang sv-SE. The part before the first main section is the title page.
 */
export function toHtml(tree: Root, options: HtmlOptions): string {
  const hast = toHast.runSync(cleanTree(tree) as never) as HastRoot;
  const main: ElementContent[] = [];
  const title: ElementContent[] = [];
  let inTitle = true;
  for (const node of hast.children) {
    if (node.type === 'doctype') continue;
    if (node.type === 'element' && node.tagName === 'h2') inTitle = false;
    (inTitle ? title : main).push(node as ElementContent);
  }
  // A rule such as `::marker {…}` at the start of a line would read as a workflow command in a CI log
  // (and sup's output guard would then change it): an empty comment before it keeps the CSS the same.
  const css = (safeCss(options.css) + (options.draft ? DRAFT_CSS : '')).replace(/^([ \t]*)::/gm, '$1/**/::');
  const doc: HastRoot = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: DOCUMENT_LANG }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          // Whatever a style sheet says, the page may load nothing and run nothing.
          h('meta', { httpEquiv: 'Content-Security-Policy', content: "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:" }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', options.title),
          h('style', css),
        ]),
        // One main landmark holds everything, so a screen reader can jump to it and axe finds no loose content.
        h('body', options.draft ? { className: ['utkast'] } : {}, [h('main', [h('section', { className: ['titelsida'] }, title), ...main])]) as Element,
      ]),
    ],
  };
  return stringify.stringify(doc) + '\n';
}

/**
 * A project's own stil.css goes into the document as it is, so it may not end the style element,
 * import another sheet or fetch anything: the document must stay self-contained and script-free.
 */
function safeCss(template: { path: string; text: string }): string {
  const bad = /<\/style|@import|url\((?!\s*['"]?data:)|image-set\(|expression\s*\(|javascript:|\\/gi;
  const m = bad.exec(template.text);
  if (m) {
    const pos = new LineIndex(template.text).position(m.index);
    throw new TemplateError(template.path, pos.line, pos.column, `stilmallen får inte innehålla "${m[0]}": dokumentet ska vara fristående och utan skript`);
  }
  return template.text;
}

const DRAFT_CSS = `
@page { @top-center { content: "UTKAST"; color: #c00000; font-weight: bold; font-size: 11pt; } }
`;
