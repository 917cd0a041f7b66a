import { periodMessages } from '../../messages/period.js';
import { chooseLang } from '../context.js';
import type { GlobalOptions } from '../context.js';
import type { CliIo } from '../io.js';
import { ExitError } from '../io.js';
import type { RenderCommandOptions } from './render.js';

/** `sup report`: a year gives the årsredovisning, --period the period's slutuppföljning; one of them, not both. */
export async function runReportChoice(year: string | undefined, global: GlobalOptions, options: RenderCommandOptions & { period?: string }, io: CliIo): Promise<number> {
  const say = periodMessages(chooseLang(global, io));
  if (options.period !== undefined && year !== undefined) throw new ExitError(say.yearAndPeriod(), 2);
  if (options.period !== undefined) {
    const { runPeriodReport } = await import('./report-period.js');
    return runPeriodReport(options.period, global, options, io);
  }
  if (year === undefined) throw new ExitError(say.noYear(), 2);
  const { runRender } = await import('./render.js');
  return runRender('årsredovisning', year, global, options, io);
}
