import { checkProject } from '../../check/check-project.js';
import { summarize } from '../../model/diagnostic.js';
import { sourceText } from '../../load/project.js';
import { cliMessages } from '../../messages/cli.js';
import type { OutputFormat } from '../../render/render-document.js';
import { choosePeriod, MAX_PERIOD_YEARS, parsePeriodArg } from '../../render/period/choose-period.js';
import type { PeriodProblem } from '../../render/period/choose-period.js';
import { periodMessages } from '../../messages/period.js';
import { renderPeriod } from '../../render/period/render-period.js';
import { MissingDataError } from '../../render/build-document.js';
import { readLabels, readTemplate, TemplateError } from '../../render/template.js';
import { PERIOD_LABELS_FILE, PERIOD_TEMPLATE } from '../../render/period/build-period-document.js';
import type { PeriodAssets } from '../../render/period/build-period-document.js';
import { PERIOD_LABEL_KEYS, SHARED_LABEL_KEYS } from '../../render/period/period-context.js';
import { savedRecord } from '../../kolada/saved-record.js';
import type { FileSource } from '../../source/file-source.js';
import { phraseMissing } from './render.js';
import { NoBrowserError } from '../../render/to-pdf.js';
import { unfinishedPlaces } from '../../render/unfinished.js';
import { formatPretty } from '../../reporters/pretty.js';
import { terminal } from '../../util/escape.js';
import { writeDocument } from '../write-document.js';
import { checkTodayOption, chooseLang, chooseRoot } from '../context.js';
import type { GlobalOptions } from '../context.js';
import type { CliIo } from '../io.js';
import { ExitError, useColor } from '../io.js';
import type { RenderCommandOptions } from './render.js';

const COMMAND = 'sup report';

/** `sup report --period 2023-2026` (or `--period sup-2040`): check the data, then render the period's slutuppföljning. */
export async function runPeriodReport(periodArg: string, global: GlobalOptions, options: RenderCommandOptions, io: CliIo): Promise<number> {
  const lang = chooseLang(global, io);
  const say = cliMessages(lang);
  const period = periodMessages(lang);
  const problem = (p: PeriodProblem): ExitError => {
    switch (p.problem) {
      case 'format':
        return new ExitError(period.format(p.value), 2);
      case 'reversed':
        return new ExitError(period.reversed(p.from, p.to), 2);
      case 'outside':
        return new ExitError(period.outside(p.from, p.to, p.known), 2);
      case 'unknown-programme':
        return new ExitError(period.unknownProgramme(p.id, p.known), 2);
      case 'too-long':
        return new ExitError(period.tooLong(p.from, p.to, MAX_PERIOD_YEARS), 2);
    }
  };
  // The argument's shape is checked before anything is read: a bad period never costs a check of the data.
  const parsed = parsePeriodArg(periodArg);
  if ('problem' in parsed) throw problem(parsed);
  const format = options.format as OutputFormat;
  if (!['md', 'html', 'pdf'].includes(format)) throw new ExitError(say.formatChoice(COMMAND, ['md', 'html', 'pdf'], options.format), 2);
  const fileName = `slutuppfoljning-${'id' in parsed ? parsed.id : `${parsed.from}-${parsed.to}`}.pdf`;
  if (format === 'pdf' && !options.output && io.isTTY) throw new ExitError(say.pdfToTerminal(COMMAND, fileName), 2);
  checkTodayOption(COMMAND, options.today, lang);
  const root = chooseRoot(global, io, lang);
  const checked = checkProject({ root, lang, today: options.today, cache: options.cache !== false });
  const choice = choosePeriod(checked.project, parsed);
  if ('problem' in choice) throw problem(choice);
  const draft = options.draft === true;
  if (checked.summary.errors > 0) {
    const shown = checked.diagnostics.filter((d) => d.severity === 'error');
    io.stderr(formatPretty(shown, checked.summary, { color: useColor(io), lang, source: sourceText(checked.project) }));
    if (!draft) {
      io.stderr(`${say.dataHasErrors(COMMAND)}\n`);
      return 1;
    }
  }
  // Filler text in any year's plan or report would be published as it stands: only a draft shows it.
  const unfinished = draft
    ? []
    : Array.from({ length: choice.to - choice.from + 1 }, (_, i) => unfinishedPlaces(checked.project, checked.diagnostics, 'årsredovisning', choice.from + i)).flat();
  const unique = [...new Set(unfinished)];
  if (unique.length > 0) {
    io.stderr(formatPretty(unique, summarize(unique, new Set(unique.map((d) => d.file)).size), { color: useColor(io), lang, source: sourceText(checked.project) }));
    io.stderr(`${say.unfinished(COMMAND, unique.length)}\n`);
    return 1;
  }
  let output: string | Buffer;
  try {
    // The renderer reads nothing: the template, both labels files, the saved responses and the style sheet come through the project's source.
    const assets = readPeriodAssets(checked.project.source, format !== 'md');
    output = await renderPeriod(checked.project, choice, { format, draft, env: io.env }, assets);
  } catch (error) {
    // A saved Kolada response that cannot be used is a finding in the data at its place, as in sup report <år>.
    if (error instanceof MissingDataError) {
      io.stderr(terminal`${COMMAND}: ${phraseMissing(error.missing, say)}` + '\n');
      return 1;
    }
    if (error instanceof TemplateError) throw new ExitError(say.template(COMMAND, error.message), 2);
    if (error instanceof NoBrowserError) throw new ExitError(say.noChromium(COMMAND), 2);
    throw error;
  }
  return writeDocument(output, options.output, io, COMMAND, say);
}

/** What the follow-up is made from besides the data, read through the project's source (size-limited, confined). */
function readPeriodAssets(source: FileSource | undefined, css: boolean): PeriodAssets {
  return {
    template: readTemplate(source, PERIOD_TEMPLATE),
    labels: { shared: readLabels(source, SHARED_LABEL_KEYS), own: readLabels(source, PERIOD_LABEL_KEYS, PERIOD_LABELS_FILE) },
    saved: savedRecord(source),
    ...(css ? { css: readTemplate(source, 'stil.css') } : {}),
  };
}
