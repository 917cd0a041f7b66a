import { Option } from 'commander';
import type { Registration } from './types.js';

/** `sup check`. */
export function registerCheck({ program, io, global, setExitCode }: Registration): void {
  program
    .command('check')
    .description('kontrollera alla datafiler: scheman, referenser, ägarskap och målstruktur')
    .addOption(new Option('-f, --format <format>', 'utdataformat').choices(['pretty', 'json', 'github', 'sarif', 'junit']).default('pretty'))
    .option('--strict', 'avsluta med kod 1 även vid varningar')
    .option('--today <datum>', 'datum som regler om slutdatum jämför med (ÅÅÅÅ-MM-DD)')
    .option('--no-cache', 'läs om varje fil i stället för att använda .sup-cache/')
    .option('--watch', 'fortsätt köra och kontrollera om efter varje ändring (avsluta med Ctrl-C)')
    .option('--changed-since <ref>', 'visa bara fynd i filer som ändrats sedan <ref> (gren, tagg eller commit) och fynd som ändringen orsakat')
    .action(async (options) => {
      const { runCheck } = await import('../commands/check.js');
      setExitCode(await runCheck(global(), options, io));
    });
}
