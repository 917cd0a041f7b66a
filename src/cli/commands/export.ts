import { checkProject } from '../../check/check-project.js';
import { commandMessages } from '../../messages/cli-commands.js';
import { ENTITY_KINDS } from '../../model/kinds.js';
import type { EntityKind } from '../../model/kinds.js';
import { exportCsv, exportJson } from '../../reporters/export.js';
import { fold } from '../../util/suggest.js';
import type { CliIo } from '../io.js';
import { ExitError } from '../io.js';
import { cliMessages } from '../../messages/cli.js';
import { chooseLang, chooseRoot } from '../context.js';
import type { GlobalOptions } from '../context.js';

export interface ExportCommandOptions {
  format: string;
  kind?: string;
}

/** `sup export`: every entity as JSON, or one kind as CSV, for other tools and spreadsheets. */
export async function runExport(global: GlobalOptions, options: ExportCommandOptions, io: CliIo): Promise<number> {
  const lang = chooseLang(global, io);
  if (options.format !== 'json' && options.format !== 'csv') {
    throw new ExitError(cliMessages(lang).formatChoice('sup export', ['json', 'csv'], options.format), 2);
  }
  let kind: EntityKind | undefined;
  if (options.kind !== undefined) {
    kind = ENTITY_KINDS.find((k) => fold(k) === fold(options.kind!));
    if (!kind) throw new ExitError(cliMessages(lang).unknownKind(options.kind, ENTITY_KINDS), 2);
  }
  if (options.format === 'csv' && !kind) throw new ExitError(cliMessages(lang).csvNeedsKind(), 2);
  const root = chooseRoot(global, io, lang);
  const result = checkProject({ root, lang, cache: true });
  const entities = result.project.entities.filter((e) => !kind || e.kind === kind);
  io.stdout(options.format === 'csv' ? exportCsv(entities) : exportJson(entities));
  if (result.summary.errors > 0) {
    io.stderr(commandMessages(lang).exportHasErrors(result.summary.errors));
    return 1;
  }
  return 0;
}
