import { ResidentEngine } from '../../check/resident-engine.js';
import type { Lang } from '../../messages/catalogue.js';
import { lspMessages } from '../../messages/lsp.js';
import { sourceText } from '../../load/project.js';
import { formatPretty } from '../../reporters/pretty.js';
import { watchTree } from '../../watch/watch-tree.js';
import { escapeTerminal } from '../../util/escape.js';
import type { CliIo } from '../io.js';
import { useColor } from '../io.js';

export interface WatchOptions {
  root: string;
  lang: Lang;
  today?: string;
  strict?: boolean;
  /** Ends the watch; the command passes one that Ctrl-C (SIGINT) and SIGTERM abort. */
  signal: AbortSignal;
}

/**
 * `sup check --watch`: the resident engine in the terminal. Checks once, then again after every
 * change on disk, re-printing the findings (only the changed files are read again). Returns the
 * exit code of the last check when the signal ends the watch.
 */
export async function watchCheck(options: WatchOptions, io: CliIo): Promise<number> {
  const msg = lspMessages(options.lang);
  const engine = new ResidentEngine({ root: options.root, lang: options.lang, ...(options.today ? { today: options.today } : {}) });
  let code = 0;
  const print = (timed = false) => {
    const { result, ms } = engine.recheck();
    const { diagnostics, summary } = result;
    const text = formatPretty(diagnostics, summary, { color: useColor(io), lang: options.lang, source: sourceText(result.project) });
    io.stdout(text);
    if (timed) io.stderr(msg.watchRecheck(ms.toFixed(0)) + '\n');
    code = summary.errors > 0 || (options.strict === true && summary.warnings > 0) ? 1 : 0;
  };
  io.stderr(msg.watchStart(escapeTerminal(options.root)) + '\n');
  print();
  const tree = watchTree(
    options.root,
    (paths) => {
      engine.diskChanged(paths);
      print(true);
    },
    { onPolling: () => io.stderr(`${msg.watchPolling}\n`) },
  );
  await tree.ready;
  // Written when the watch is in place, so a script (or a test) knows a change from now on is seen.
  io.stderr(`${msg.watchReady}\n`);
  await new Promise<void>((resolve) => {
    if (options.signal.aborted) resolve();
    else options.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await tree.close();
  io.stderr(msg.watchStop + '\n');
  return code;
}
