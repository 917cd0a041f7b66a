import type { Project } from '../../load/project.js';
import type { OutputFormat } from '../render-document.js';
import { DOCUMENT_LANG, toHtml } from '../to-html.js';
import { toMarkdown } from '../to-markdown.js';
import { findChromium, NoBrowserError, toPdf } from '../to-pdf.js';
import type { PeriodChoice } from './choose-period.js';
import { buildPeriodDocument } from './build-period-document.js';
import type { PeriodAssets } from './build-period-document.js';

/** Renders a programme period's slutuppföljning to Markdown or HTML (text) or PDF (bytes), like the årsredovisning. */
export async function renderPeriod(
  project: Project,
  choice: PeriodChoice,
  options: { format: OutputFormat; draft: boolean; env?: Record<string, string | undefined> },
  assets: PeriodAssets,
): Promise<string | Buffer> {
  const doc = buildPeriodDocument(project, choice, options.draft, assets);
  if (options.format === 'md') return toMarkdown(doc.tree);
  const html = toHtml(doc.tree, { title: doc.title, draft: doc.draft, css: requiredCss(assets) });
  if (options.format === 'html') return html;
  const chromium = findChromium(options.env ?? {});
  if (!chromium) throw new NoBrowserError('no chromium');
  return toPdf(html, chromium, { title: doc.title, author: doc.author, lang: DOCUMENT_LANG });
}

/** HTML and PDF need the style sheet; the CLI reads it for them (a caller that did not is a fault in sup). */
function requiredCss(assets: PeriodAssets): { path: string; text: string } {
  if (!assets.css) throw new Error('renderPeriod: HTML and PDF need assets.css');
  return assets.css;
}
