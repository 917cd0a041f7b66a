import type { Command } from 'commander';
import type { GlobalOptions } from '../context.js';
import type { CliIo } from '../io.js';
import type { HelpKey } from '../../messages/cli-help.js';

/** What a command's registration gets: the program, the I/O, the global options and where to leave the exit code. */
export interface Registration {
  program: Command;
  io: CliIo;
  /** The help text of a command or option in the chosen language. */
  text: (key: HelpKey) => string;
  global: () => GlobalOptions;
  setExitCode: (code: number) => void;
}
