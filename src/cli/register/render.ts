import { Option } from 'commander';
import type { Registration } from './types.js';
import type { HelpKey } from '../../messages/cli-help.js';

/** `sup report <år>`, `sup report --period <period>` and `sup plan <år>`. */
export function registerRender({ program, io, text, global, setExitCode }: Registration): void {
  const add = (name: string, kind: 'årsredovisning' | 'verksamhetsplan', description: HelpKey) => {
    const command = program
      .command(kind === 'årsredovisning' ? `${name} [år]` : `${name} <år>`)
      .description(text(description))
      .addOption(new Option('-f, --format <format>', text('format')).choices(['md', 'html', 'pdf']).default('md'))
      .option('-o, --output <fil>', text('render.output'))
      .option('--draft', text('render.draft'))
      .option('--today <datum>', text('today'))
      .option('--no-cache', text('no-cache'));
    if (kind === 'årsredovisning') command.option('--period <period>', text('report.period'));
    command.action(async (year: string | undefined, options) => {
      if (kind === 'årsredovisning') {
        const { runReportChoice } = await import('../commands/report-choice.js');
        setExitCode(await runReportChoice(year, global(), options, io));
        return;
      }
      const { runRender } = await import('../commands/render.js');
      setExitCode(await runRender(kind, year ?? '', global(), options, io));
    });
  };
  add('report', 'årsredovisning', 'report');
  add('plan', 'verksamhetsplan', 'plan');
}
