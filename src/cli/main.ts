import { Command, CommanderError, Option } from 'commander';
import type { CliIo } from './io.js';
import { ExitError } from './io.js';
import type { GlobalOptions } from './context.js';

export type { CliIo } from './io.js';

/** The version printed by `sup --version`, kept in step with package.json by a test. */
export const VERSION = '0.1.0';

/**
 * Runs the CLI with the given arguments (without node and script) and I/O.
 * Returns the exit code: 0 clean, 1 findings, 2 usage or internal failure. Never calls process.exit.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  const program = new Command('sup')
    .description('Södertörnssamverkans utvecklingsprogram som data i git: kontrollera, exportera och återge.')
    .version(VERSION, '-V, --version', 'visa versionen')
    .helpOption('-h, --help', 'visa hjälp')
    .helpCommand('help [kommando]', 'visa hjälp för ett kommando')
    .option('-C <mapp>', 'kör som om sup startats i <mapp> (som git -C)')
    .addOption(new Option('--lang <språk>', 'språk för meddelanden: sv eller en').choices(['sv', 'en']))
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .showSuggestionAfterError(true);

  const global = () => program.opts<GlobalOptions>();

  program
    .command('check')
    .description('kontrollera alla datafiler: scheman, referenser, ägarskap och målstruktur')
    .addOption(new Option('-f, --format <format>', 'utdataformat').choices(['pretty', 'json']).default('pretty'))
    .option('--strict', 'avsluta med kod 1 även vid varningar')
    .option('--today <datum>', 'datum som regler om slutdatum jämför med (ÅÅÅÅ-MM-DD)')
    .action(async (options) => {
      const { runCheck } = await import('./commands/check.js');
      exitCode = await runCheck(global(), options, io);
    });

  program
    .command('export')
    .description('skriv ut alla poster som JSON, eller en sort som CSV')
    .addOption(new Option('-f, --format <format>', 'utdataformat').choices(['json', 'csv']).default('json'))
    .option('-k, --kind <sort>', 'bara poster av denna sort (krävs för csv), till exempel aktivitet')
    .action(async (options) => {
      const { runExport } = await import('./commands/export.js');
      exitCode = await runExport(global(), options, io);
    });

  const renderCommand = (name: string, kind: 'årsredovisning' | 'verksamhetsplan', description: string) =>
    program
      .command(`${name} <år>`)
      .description(description)
      .addOption(new Option('-f, --format <format>', 'utdataformat').choices(['md', 'html', 'pdf']).default('md'))
      .option('-o, --output <fil>', 'skriv till filen (annars till standard ut)')
      .option('--draft', 'återge även om datan har fel, med varje sida märkt UTKAST')
      .option('--today <datum>', 'datum som regler om slutdatum jämför med (ÅÅÅÅ-MM-DD)')
      .action(async (year: string, options) => {
        const { runRender } = await import('./commands/render.js');
        exitCode = await runRender(kind, year, global(), options, io);
      });
  renderCommand('report', 'årsredovisning', 'återge årsredovisningen för ett år som Markdown, HTML eller PDF');
  renderCommand('plan', 'verksamhetsplan', 'återge verksamhetsplanen för ett år som Markdown, HTML eller PDF');

  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof ExitError) {
      io.stderr(error.message.endsWith('\n') ? error.message : error.message + '\n');
      return error.exitCode;
    }
    io.stderr(`sup: internt fel: ${(error as Error)?.message ?? String(error)}\n`);
    if (io.env.SUP_DEBUG) io.stderr(`${(error as Error)?.stack ?? ''}\n`);
    return 2;
  }
}
