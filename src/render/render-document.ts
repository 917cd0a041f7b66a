import type { Project } from '../load/project.js';
import { buildDocument } from './build-document.js';
import type { DocumentAssets, DocumentKind } from './build-document.js';
import { DOCUMENT_LANG, toHtml } from './to-html.js';
import { toMarkdown } from './to-markdown.js';
import { findChromium, NoBrowserError, toPdf } from './to-pdf.js';

export type OutputFormat = 'md' | 'html' | 'pdf';

export interface RenderOptions {
  kind: DocumentKind;
  year: number;
  format: OutputFormat;
  draft: boolean;
  env?: Record<string, string | undefined>;
}

/** Everything a document is made from besides the data; `readDocumentAssets` reads it. */
export interface RenderAssets extends DocumentAssets {
  /** Needed for HTML and PDF only. */
  css?: { path: string; text: string };
}

/** Renders a document of the project to Markdown or HTML (text) or PDF (bytes). */
export async function renderDocument(project: Project, options: RenderOptions, assets: RenderAssets): Promise<string | Buffer> {
  const doc = buildDocument(project, options.kind, options.year, options.draft, assets);
  if (options.format === 'md') return toMarkdown(doc.tree);
  if (!assets.css) throw new Error('renderDocument: HTML and PDF need the style sheet in assets.css');
  const html = toHtml(doc.tree, { title: doc.title, draft: doc.draft, css: assets.css });
  if (options.format === 'html') return html;
  const chromium = findChromium(options.env ?? {});
  if (!chromium) throw new NoBrowserError('no chromium');
  return toPdf(html, chromium, { title: doc.title, author: doc.author, lang: DOCUMENT_LANG });
}
