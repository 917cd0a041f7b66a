import { sourceText } from '../../load/project.js';
import { checkProject } from '../../check/check-project.js';
import { formatPretty } from '../../reporters/pretty.js';
import { MissingDataError, templateNameOf } from '../../render/build-document.js';
import type { MissingData } from '../../render/build-document.js';
import { LABEL_KEYS } from '../../render/context.js';
import type { DocumentKind } from '../../render/build-document.js';
import { renderDocument } from '../../render/render-document.js';
import { unfinishedPlaces } from '../../render/unfinished.js';
import { summarize } from '../../model/diagnostic.js';
import type { OutputFormat } from '../../render/render-document.js';
import { readDocumentAssets, TemplateError } from '../../render/template.js';
import { NoBrowserError } from '../../render/to-pdf.js';
import { writeDocument } from '../write-document.js';
import type { CliIo } from '../io.js';
import { ExitError, useColor } from '../io.js';
import { checkTodayOption, chooseLang, chooseRoot } from '../context.js';
import { cliMessages } from '../../messages/cli.js';
import type { GlobalOptions } from '../context.js';
import { terminal } from '../../util/escape.js';

export interface RenderCommandOptions {
  format: string;
  output?: string;
  draft?: boolean;
  today?: string;
  /** false with --no-cache: read every file again. */
  cache?: boolean;
}

/** `sup report <år>` and `sup plan <år>`: check the data, then render the document. */
export async function runRender(kind: DocumentKind, yearArg: string, global: GlobalOptions, options: RenderCommandOptions, io: CliIo): Promise<number> {
  const lang = chooseLang(global, io);
  const command = kind === 'årsredovisning' ? 'sup report' : 'sup plan';
  const say = cliMessages(lang);
  if (!/^\d{4}$/.test(yearArg)) throw new ExitError(say.year(command, yearArg), 2);
  const format = options.format as OutputFormat;
  if (!['md', 'html', 'pdf'].includes(format)) throw new ExitError(say.formatChoice(command, ['md', 'html', 'pdf'], options.format), 2);
  if (format === 'pdf' && !options.output && io.isTTY) {
    throw new ExitError(say.pdfToTerminal(command, `${kind === 'årsredovisning' ? 'arsredovisning' : 'verksamhetsplan'}-${yearArg}.pdf`), 2);
  }
  checkTodayOption(command, options.today, lang);
  const root = chooseRoot(global, io, lang);
  const checked = checkProject({ root, lang, today: options.today, cache: options.cache !== false });
  const draft = options.draft === true;
  if (checked.summary.errors > 0) {
    const source = sourceText(checked.project);
    const shown = checked.diagnostics.filter((d) => d.severity === 'error');
    io.stderr(formatPretty(shown, checked.summary, { color: useColor(io), lang, source }));
    if (!draft) {
      io.stderr(`${say.dataHasErrors(command)}\n`);
      return 1;
    }
  }
  // Filler text and empty entries would be published as they stand: only a draft shows them.
  const unfinished = draft ? [] : unfinishedPlaces(checked.project, checked.diagnostics, kind, Number(yearArg));
  if (unfinished.length > 0) {
    io.stderr(formatPretty(unfinished, summarize(unfinished, new Set(unfinished.map((d) => d.file)).size), { color: useColor(io), lang, source: sourceText(checked.project) }));
    io.stderr(`${say.unfinished(command, unfinished.length)}\n`);
    return 1;
  }
  let output: string | Buffer;
  try {
    // The renderers read nothing: the template, labels and style sheet come through the project's source.
    const assets = readDocumentAssets(checked.project.source, templateNameOf(kind), LABEL_KEYS, { css: format !== 'md' });
    output = await renderDocument(checked.project, { kind, year: Number(yearArg), format, draft: draft, env: io.env }, assets);
  } catch (error) {
    if (error instanceof MissingDataError) {
      io.stderr(terminal`${command}: ${phraseMissing(error.missing, say)}` + '\n');
      return 1;
    }
    if (error instanceof TemplateError) throw new ExitError(say.template(command, error.message), 2);
    if (error instanceof NoBrowserError) {
      throw new ExitError(say.noChromium(command), 2);
    }
    throw error;
  }
  return writeDocument(output, options.output, io, command, say);
}

/** A document that cannot be built from the data, in the reader's language. */
export function phraseMissing(missing: MissingData, say: ReturnType<typeof cliMessages>): string {
  if (missing.code === 'no-plan') return say.noPlan(missing.year, missing.years);
  if (missing.code === 'no-annual') return say.noAnnual(missing.year, missing.plan);
  return say.koladaSaved(missing.path, missing.line, missing.column, missing.problem);
}
