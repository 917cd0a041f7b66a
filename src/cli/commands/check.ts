import { checkProject } from '../../check/check-project.js';
import { formatJson } from '../../reporters/json.js';
import { formatPretty } from '../../reporters/pretty.js';
import type { CliIo } from '../io.js';
import { ExitError, useColor } from '../io.js';
import { chooseLang, chooseRoot } from '../context.js';
import type { GlobalOptions } from '../context.js';

export interface CheckCommandOptions {
  format: string;
  strict?: boolean;
  today?: string;
}

/** `sup check`: validates every data file and the relations between them. */
export async function runCheck(global: GlobalOptions, options: CheckCommandOptions, io: CliIo): Promise<number> {
  const lang = chooseLang(global, io);
  if (!['pretty', 'json'].includes(options.format)) {
    throw new ExitError(`sup check: --format ska vara pretty eller json, inte "${options.format}".`, 2);
  }
  if (options.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.today)) {
    throw new ExitError(`sup check: --today ska vara ett datum som ÅÅÅÅ-MM-DD, inte "${options.today}".`, 2);
  }
  const root = chooseRoot(global, io, lang);
  const result = checkProject({ root, lang, today: options.today });
  if (options.format === 'json') {
    io.stdout(formatJson(result.diagnostics, result.summary));
  } else {
    const texts = new Map(result.project.files.map((f) => [f.file.path, f.file.text]));
    io.stdout(formatPretty(result.diagnostics, result.summary, { color: useColor(io), lang, source: (p) => texts.get(p) }));
  }
  const failing = result.summary.errors > 0 || (options.strict === true && result.summary.warnings > 0);
  return failing ? 1 : 0;
}
