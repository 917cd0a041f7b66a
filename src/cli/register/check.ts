import { Option } from 'commander';
import type { Registration } from './types.js';

/** `sup check`. */
export function registerCheck({ program, io, global, setExitCode }: Registration): void {
  program
    .command('check')
    .description('kontrollera alla datafiler: scheman, referenser, ägarskap och målstruktur')
    .addOption(new Option('-f, --format <format>', 'utdataformat').choices(['pretty', 'json']).default('pretty'))
    .option('--strict', 'avsluta med kod 1 även vid varningar')
    .option('--today <datum>', 'datum som regler om slutdatum jämför med (ÅÅÅÅ-MM-DD)')
    .action(async (options) => {
      const { runCheck } = await import('../commands/check.js');
      setExitCode(await runCheck(global(), options, io));
    });
}
