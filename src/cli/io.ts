import { guardTerminalOutput, neutraliseWorkflowCommands } from '../util/escape.js';

/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  /** Binary output (a PDF piped to another program); falls back to stdout when absent. */
  stdoutBytes?: (bytes: Buffer) => void;
  stderr: (text: string) => void;
  /**
   * Text that holds workflow commands on purpose (the github format's annotations); everything
   * else written to stdout or stderr has any line that looks like one neutralised. Falls back to stdout.
   */
  stdoutWorkflowCommands?: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** True when stdout is a terminal (for colour). */
  isTTY: boolean;
}

/** Thrown by a command to end the run with a message and an exit code (2 for usage errors). */
export class ExitError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** Colour on a terminal unless NO_COLOR is set; FORCE_COLOR turns it on anywhere. */
export function useColor(io: CliIo): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY;
}

/**
 * The same I/O with the last guard on text output: raw escape sequences, C1 and lone CR from data
 * that some path forgot to escape never reach a terminal or a CI log. Colour (SGR) from chalk stays
 * when colour is on. Bytes (a PDF) pass untouched, also where there is no stdoutBytes of its own.
 */
export function guardIo(io: CliIo): CliIo {
  const color = useColor(io);
  return {
    ...io,
    stdout: (text) => io.stdout(neutraliseWorkflowCommands(guardTerminalOutput(text, color))),
    stderr: (text) => io.stderr(neutraliseWorkflowCommands(guardTerminalOutput(text, color))),
    // The github format's own annotations are workflow commands on purpose; data in them is escaped by the reporter.
    stdoutWorkflowCommands: (text) => io.stdout(guardTerminalOutput(text, color)),
    stdoutBytes: io.stdoutBytes ?? ((bytes) => io.stdout(bytes.toString('latin1'))),
  };
}
