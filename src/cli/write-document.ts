import { resolve } from 'node:path';
import type { cliMessages } from '../messages/cli.js';
import { writeFileAtomic } from '../util/write-atomic.js';
import type { CliIo } from './io.js';
import { ExitError } from './io.js';

/**
 * A rendered document to the file of `-o` (written whole or not at all) or to standard output
 * (a PDF as bytes where the output takes bytes). The one place `sup report`, `sup plan` and
 * `sup report --period` put what they rendered.
 */
export function writeDocument(output: string | Buffer, file: string | undefined, io: CliIo, command: string, say: ReturnType<typeof cliMessages>): number {
  if (file) {
    const target = resolve(io.cwd, file);
    try {
      writeFileAtomic(target, output);
    } catch (error) {
      throw new ExitError(say.cannotWrite(command, target, (error as Error).message), 2);
    }
    return 0;
  }
  if (typeof output === 'string') io.stdout(output);
  else if (io.stdoutBytes) io.stdoutBytes(output);
  else io.stdout(output.toString('latin1'));
  return 0;
}
