import type { Project } from '../../load/project.js';
import type { OutputFormat } from '../render-document.js';
import { DOCUMENT_LANG, toHtml } from '../to-html.js';
import { toMarkdown } from '../to-markdown.js';
import { findChromium, NoBrowserError, toPdf } from '../to-pdf.js';
import type { PeriodChoice } from './choose-period.js';
import { buildPeriodDocument } from './build-period-document.js';
import { readTemplate } from '../template.js';

/** Renders a programme period's slutuppföljning to Markdown or HTML (text) or PDF (bytes), like the årsredovisning. */
export async function renderPeriod(
  project: Project,
  choice: PeriodChoice,
  options: { format: OutputFormat; draft: boolean; env?: Record<string, string | undefined> },
): Promise<string | Buffer> {
  const doc = buildPeriodDocument(project, choice, options.draft);
  if (options.format === 'md') return toMarkdown(doc.tree);
  const html = toHtml(doc.tree, { title: doc.title, draft: doc.draft, css: readTemplate(project.source, 'stil.css') });
  if (options.format === 'html') return html;
  const chromium = findChromium(options.env ?? {});
  if (!chromium) throw new NoBrowserError('no chromium');
  return toPdf(html, chromium, { title: doc.title, author: doc.author, lang: DOCUMENT_LANG });
}
