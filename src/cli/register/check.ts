import { Option } from 'commander';
import type { Registration } from './types.js';
import { CHECK_FORMATS } from '../../reporters/check-formats.js';

/** `sup check`. */
export function registerCheck({ program, io, text, global, setExitCode }: Registration): void {
  program
    .command('check')
    .description(text('check'))
    .addOption(new Option('-f, --format <format>', text('format')).choices(CHECK_FORMATS).default('pretty'))
    .option('--strict', text('check.strict'))
    .option('--today <datum>', text('today'))
    .option('--no-cache', text('no-cache'))
    .option('--watch', text('check.watch'))
    .option('--changed-since <ref>', text('check.changed-since'))
    .action(async (options) => {
      const { runCheck } = await import('../commands/check.js');
      setExitCode(await runCheck(global(), options, io));
    });
}
