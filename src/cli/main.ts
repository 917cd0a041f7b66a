import { CommanderError, Option } from 'commander';
import { VERSION } from '../version.js';
import { handleInterrupts, whenInterrupted } from '../util/cleanup.js';
import type { CliIo } from './io.js';
import { ExitError, guardIo } from './io.js';
import type { GlobalOptions } from './context.js';
import { chooseLang } from './context.js';
import { LocalisedCommand } from './localised-command.js';
import { helpTexts } from '../messages/cli-help.js';
import { commanderErrors } from '../messages/commander.js';
import type { Command } from 'commander';
import { registerCheck } from './register/check.js';
import { registerExport } from './register/export.js';
import { registerRender } from './register/render.js';
import { registerCodeowners, registerDiff } from './register/diff.js';
import { registerInit } from './register/init.js';
import { registerEdit } from './register/edit.js';
import { registerLsp } from './register/lsp.js';
import { registerKolada } from './register/kolada.js';
import type { Registration } from './register/types.js';
import type { Lang } from '../messages/catalogue.js';
import { isLang } from '../messages/catalogue.js';
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
  // Help and commander's errors are phrased before the command line is parsed, so the language
  // comes from a look at the global options first (an invalid --lang is then commander's error).
  const lang = phrasingLang(argv, io);
  const text = helpTexts(lang);
  const program = new LocalisedCommand('sup', lang)
    .description(text('sup'))
    .version(VERSION, '-V, --version', text('sup.version'))
    .helpOption('-h, --help', text('sup.help'))
    .helpCommand(text('sup.help-command-term'), text('sup.help-command'))
    .option('-C <mapp>', text('sup.C'))
    .addOption(new Option('--lang <språk>', text('sup.lang')).choices(['sv', 'en']))
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .showSuggestionAfterError(true);

  const registration: Registration = {
    program,
    io,
    text,
    global: () => program.opts<GlobalOptions>(),
    setExitCode: (code) => {
      exitCode = code;
    },
  };
  // Each registration only declares its command; the command's code is imported when it runs.
  for (const register of REGISTRATIONS) register(registration);
  showHelpAfterErrors(program, lang);

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

/** Each command points to its own --help after a mistake in how it was called. */
function showHelpAfterErrors(command: Command, lang: Lang): void {
  const path: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) path.unshift(c.name());
  command.showHelpAfterError(commanderErrors(lang).helpAfterError({ command: path.join(' ') }));
  for (const sub of command.commands) showHelpAfterErrors(sub, lang);
}

/**
 * The global options -C and --lang as the command line gives them, before commander parses it.
 * A --lang that is neither sv nor en is left out here; commander then reports it.
 */
export function peekGlobalOptions(argv: readonly string[]): GlobalOptions {
  const options: GlobalOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    let lang: string | undefined;
    if (arg === '--lang') lang = argv[++i];
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else if (arg === '-C') options.C = argv[++i];
    else if (arg.startsWith('-C') && arg.length > 2) options.C = arg.slice(2);
    if (lang !== undefined && isLang(lang)) options.lang = lang;
  }
  return options;
}

/** The language of help and commander's errors; the command itself reports a sup.yaml it cannot read. */
function phrasingLang(argv: readonly string[], io: CliIo): Lang {
  try {
    return chooseLang(peekGlobalOptions(argv), io);
  } catch {
    return 'sv';
  }
}
