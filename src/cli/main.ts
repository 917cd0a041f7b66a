import { Command, CommanderError, Option } from 'commander';
import { VERSION } from '../version.js';
import { handleInterrupts, whenInterrupted } from '../util/cleanup.js';
import type { CliIo } from './io.js';
import { ExitError, guardIo } from './io.js';
import type { GlobalOptions } from './context.js';
import { registerCheck } from './register/check.js';
import { registerExport } from './register/export.js';
import { registerRender } from './register/render.js';
import { registerCodeowners, registerDiff } from './register/diff.js';
import { registerInit } from './register/init.js';
import { registerEdit } from './register/edit.js';
import { registerLsp } from './register/lsp.js';
import { registerKolada } from './register/kolada.js';
import type { Registration } from './register/types.js';
import { terminal } from '../util/escape.js';

/** The commands, in the order `sup --help` lists them. */
const REGISTRATIONS: ((r: Registration) => void)[] = [registerCheck, registerRender, registerExport, registerDiff, registerCodeowners, registerInit, registerEdit, registerLsp, registerKolada];

export type { CliIo } from './io.js';

export { VERSION };

/**
 * Runs the CLI with the given arguments (without node and script) and I/O.
 * Returns the exit code: 0 clean, 1 findings, 2 usage or internal failure. Never calls process.exit.
 */
export async function main(argv: readonly string[], rawIo: CliIo): Promise<number> {
  handleInterrupts();
  const io = guardIo(rawIo);
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

  const registration: Registration = {
    program,
    io,
    global: () => program.opts<GlobalOptions>(),
    setExitCode: (code) => {
      exitCode = code;
    },
  };
  // Each registration only declares its command; the command's code is imported when it runs.
  for (const register of REGISTRATIONS) register(registration);

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
    // A run ended by SIGINT or SIGTERM fails where it was (a browser closed under it): that is no
    // internal error; the signal handler cleans up and ends the process with 130 or 143.
    const interrupted = whenInterrupted();
    if (interrupted) {
      await interrupted;
      return 130;
    }
    io.stderr(terminal`sup: internt fel: ${(error as Error)?.message ?? String(error)}` + '\n');
    if (io.env.SUP_DEBUG) io.stderr(`${(error as Error)?.stack ?? ''}\n`);
    return 2;
  }
}
