import { Option } from 'commander';
import type { Registration } from './types.js';

/** `sup export`. */
export function registerExport({ program, io, text, global, setExitCode }: Registration): void {
  program
    .command('export')
    .description(text('export'))
    .addOption(new Option('-f, --format <format>', text('format')).choices(['json', 'csv']).default('json'))
    .option('-k, --kind <sort>', text('export.kind'))
    .action(async (options) => {
      const { runExport } = await import('../commands/export.js');
      setExitCode(await runExport(global(), options, io));
    });
}
