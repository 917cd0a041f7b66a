import type { Project } from '../../load/project.js';
import type { savedRecord } from '../../kolada/saved-record.js';
import { titleOf, usableSaved } from '../build-document.js';
import type { BuiltDocument } from '../build-document.js';
import { fillToc } from '../blocks/governance.js';
import { applyTemplate } from '../template.js';
import type { Labels } from '../template.js';
import type { PeriodChoice } from './choose-period.js';
import { collectPeriod } from './collect-period.js';
import { periodBlocks, periodText } from './period-blocks.js';
import { periodContext } from './period-context.js';

/** The template of the follow-up: the project's own templates/slutuppfoljning.md, or the built-in one. */
export const PERIOD_TEMPLATE = 'slutuppfoljning.md';

/** The labels file of the follow-up's own words (the shared ones come from etiketter.yaml). */
export const PERIOD_LABELS_FILE = 'etiketter-slutuppfoljning.yaml';

/** Everything the follow-up is made from besides the data, read by the CLI through the project's source: the renderer reads nothing. */
export interface PeriodAssets {
  template: { path: string; text: string };
  labels: { shared: Labels; own: Labels };
  saved: ReturnType<typeof savedRecord>;
  /** The style sheet, for HTML and PDF only. */
  css?: { path: string; text: string };
}

/**
 * Builds the Markdown tree of a programme period's slutuppföljning from the template and the years'
 * data. The same data always gives the same tree.
 */
export function buildPeriodDocument(project: Project, choice: PeriodChoice, draft: boolean, assets: PeriodAssets): BuiltDocument {
  const period = collectPeriod(project, choice);
  const ctx = periodContext(assets.labels, period, draft, usableSaved(assets.saved));
  const vars: Record<string, string> = {
    period: periodText(period.from, period.to),
    från: String(period.from),
    till: String(period.to),
    organisation: period.organisationName,
    program: period.programme.shortName,
    program_namn: period.programme.name,
  };
  const tree = applyTemplate(assets.template, vars, periodBlocks(ctx));
  fillToc(tree.children);
  return { tree, title: titleOf(tree, PERIOD_TEMPLATE), author: period.organisationName, draft };
}
