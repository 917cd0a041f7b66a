import type { Heading, Nodes, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow, Text } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit, SKIP } from 'unist-util-visit';
import { cleanDocumentText } from '../util/escape.js';
import { checkBody, MAX_BODY_CHARS } from '../load/check-body.js';

const parser = unified().use(remarkParse).use(remarkGfm);

/** Parses Markdown (GFM) into an mdast tree. */
export function parseMarkdown(text: string): Root {
  return parser.runSync(parser.parse(text)) as Root;
}

const SAFE_LINK = /^(https?:|mailto:|#|\/|\.{0,2}\/)/i;

/**
 * Parses a Markdown body from a data file for embedding: headings move down so the body's
 * top level sits just below `depth`; raw HTML is dropped, images become their alt text and links
 * other than http(s), mailto and relative ones become plain text, so nothing from a data file can
 * run in a reader or make the document fetch anything.
 */
/**
 * Code blocks from a body or a project's template keep their text but lose their language and meta:
 * a block marked `mermaid` (or `math`, `geojson` …) is drawn by the viewers that render the Markdown
 * report, and could carry a `%%{init}%%` directive. The figures sup draws itself are built by sup.
 */
export function stripCodeLanguages(tree: Root): void {
  visit(tree, 'code', (node) => {
    node.lang = null;
    node.meta = null;
  });
}

export function embedMarkdown(text: string, depth: number): RootContent[] {
  // A body sup check refuses (body/too-large, body/too-complex) would take remark seconds or
  // gigabytes; a draft shows it as plain text instead, which costs nothing to parse.
  if (checkBody(text)) return prose(text.slice(0, MAX_BODY_CHARS));
  const tree = parseMarkdown(text);
  let top = 6;
  visit(tree, 'heading', (h: Heading) => {
    top = Math.min(top, h.depth);
  });
  const shift = depth + 1 - top;
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (d) => {
    if (!definitions.has(d.identifier)) definitions.set(d.identifier, d.url); // CommonMark: the first one counts
  });
  stripCodeLanguages(tree);
  visit(tree, (node, index, parent) => {
    if (node.type === 'html' && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    // Images become their alt text: the documents are self-contained and fetch nothing.
    if ((node.type === 'image' || node.type === 'imageReference') && parent && index !== undefined) {
      parent.children.splice(index, 1, { type: 'text', value: node.alt ?? '' } as Text);
      return [SKIP, index];
    }
    // A link definition that is not safe goes; references to it then show as their text.
    if (node.type === 'definition' && !SAFE_LINK.test(node.url.trim()) && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.type === 'linkReference' && parent && index !== undefined) {
      const target = definitions.get(node.identifier);
      if (!target || !SAFE_LINK.test(target.trim())) {
        parent.children.splice(index, 1, ...(node.children as never[]));
        return [SKIP, index];
      }
    }
    if (node.type === 'link' && !SAFE_LINK.test(node.url.trim())) {
      if (parent && index !== undefined) {
        parent.children.splice(index, 1, ...(node.children as never[]));
        return [SKIP, index];
      }
    }
    if (node.type === 'heading') node.depth = Math.min(6, Math.max(1, node.depth + shift)) as Heading['depth'];
    return undefined;
  });
  return tree.children;
}

/**
 * Plain text from a data field on one line: YAML folds and line breaks become single spaces. No-break
 * spaces (U+00A0, U+202F, U+2007) stay: they keep "120 000 kr" and "13,9 %" together in a table cell.
 */
export function oneLine(value: string): string {
  return value.replace(/[^\S\u00a0\u202f\u2007]+/g, ' ').trim();
}

/** Plain text from a data field as paragraphs: a blank line starts a new one. */
export function prose(value: string): Paragraph[] {
  return value
    .split(/\n\s*\n/)
    .map(oneLine)
    .filter(Boolean)
    .map((p) => paragraph(p));
}

/** A text node. */
export const text = (value: string): Text => ({ type: 'text', value });

/** A paragraph of phrasing content (strings become text nodes). */
export function paragraph(...children: (string | PhrasingContent)[]): Paragraph {
  return { type: 'paragraph', children: children.map((c) => (typeof c === 'string' ? text(c) : c)) };
}

/** A heading at a depth clamped to 1–6, on one line (a PDF outline would otherwise join words at a line break). */
export function heading(depth: number, ...children: (string | PhrasingContent)[]): RootContent {
  return {
    type: 'heading',
    depth: Math.min(6, Math.max(1, depth)) as Heading['depth'],
    children: children.map((c) => (typeof c === 'string' ? text(oneLine(c)) : c)),
  };
}

export const strong = (...children: (string | PhrasingContent)[]): PhrasingContent => ({
  type: 'strong',
  children: children.map((c) => (typeof c === 'string' ? text(c) : c)),
});

export const emphasis = (...children: (string | PhrasingContent)[]): PhrasingContent => ({
  type: 'emphasis',
  children: children.map((c) => (typeof c === 'string' ? text(c) : c)),
});

/** A bullet list with one paragraph per item. */
export function list(items: (string | PhrasingContent[])[]): RootContent {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((item) => ({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: typeof item === 'string' ? [text(item)] : item }],
    })),
  };
}

export type Cell = string | PhrasingContent[];
export type Align = 'left' | 'right' | 'center' | null;

/** A GFM table; the first row is the header. */
export function table(header: Cell[], rows: Cell[][], align?: Align[]): Table {
  const row = (cells: Cell[]): TableRow => ({
    type: 'tableRow',
    children: cells.map((c): TableCell => ({ type: 'tableCell', children: typeof c === 'string' ? [text(oneLine(c))] : c })),
  });
  return { type: 'table', align: align ?? header.map(() => null), children: [row(header), ...rows.map(row)] };
}

/** Plain text of a node, for tests and captions. */
export function plain(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plain).join('');
  return '';
}

/**
 * remark-stringify and rehype escape Markdown and HTML syntax in text but pass control characters
 * through: every literal value (text, code, inline code) and link target is cleaned on a copy of
 * the tree, just before it becomes a document.
 */
export function cleanTree(tree: Root): Root {
  const copy = structuredClone(tree);
  visit(copy, (node) => {
    if ('value' in node && typeof node.value === 'string') node.value = cleanDocumentText(node.value);
    if (node.type === 'link' || node.type === 'definition') {
      node.url = cleanDocumentText(node.url).replace(/\n/g, '%0A');
      if (typeof node.title === 'string') node.title = cleanDocumentText(node.title);
    }
  });
  return copy;
}
