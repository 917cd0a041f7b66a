import { Option } from 'commander';
import type { Registration } from './types.js';

/** `sup export`. */
export function registerExport({ program, io, global, setExitCode }: Registration): void {
  program
    .command('export')
    .description('skriv ut alla poster som JSON, eller en sort som CSV')
    .addOption(new Option('-f, --format <format>', 'utdataformat').choices(['json', 'csv']).default('json'))
    .option('-k, --kind <sort>', 'bara poster av denna sort (krävs för csv), till exempel aktivitet')
    .action(async (options) => {
      const { runExport } = await import('../commands/export.js');
      setExitCode(await runExport(global(), options, io));
    });
}
