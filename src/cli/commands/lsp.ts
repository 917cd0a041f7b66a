import { resolve } from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { serveLanguage } from '../../lsp/server.js';
import type { CliIo } from '../io.js';
import { checkTodayOption, chooseLang } from '../context.js';
import type { GlobalOptions } from '../context.js';

export interface LspCommandOptions {
  today?: string;
  /** Editors pass --stdio; stdio is the only transport, so it changes nothing. */
  stdio?: boolean;
}

/**
 * `sup lsp`: the language server over stdio. The protocol owns stdout, so nothing else is written
 * there; the exit code is 0 after the client's shutdown and exit.
 */
export async function runLsp(global: GlobalOptions, options: LspCommandOptions, io: CliIo): Promise<number> {
  const lang = chooseLang(global, io);
  checkTodayOption('sup lsp', options.today, lang);
  const start = global.C !== undefined ? resolve(io.cwd, global.C) : io.cwd;
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  await serveLanguage(connection, { start, lang, ...(options.today ? { today: options.today } : {}) });
  return 0;
}
