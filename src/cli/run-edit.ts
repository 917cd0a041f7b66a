import { openSession } from '../edit/commit.js';
import type { EditHooks, EditOutcome, EditSession } from '../edit/commit.js';
import { formatOutcome } from './format-outcome.js';
import type { CliIo } from './io.js';
import { useColor } from './io.js';
import { checkTodayOption, chooseLang, chooseRoot } from './context.js';
import type { GlobalOptions } from './context.js';

/** Opens the project, makes one edit and prints its outcome; the exit code is 0, 1 (refused) or 2 (not written). */
export async function runEdit(
  command: string,
  global: GlobalOptions,
  io: CliIo,
  hooks: EditHooks | undefined,
  edit: (session: EditSession) => EditOutcome,
  options: { today?: string } = {},
): Promise<number> {
  const lang = chooseLang(global, io);
  checkTodayOption(command, options.today, lang);
  const root = chooseRoot(global, io, lang);
  const outcome = edit(openSession(root, lang, { hooks, today: options.today }));
  const out = formatOutcome(outcome, { command, lang, color: useColor(io) });
  if (out.stdout) io.stdout(out.stdout);
  if (out.stderr) io.stderr(out.stderr);
  return out.code;
}
