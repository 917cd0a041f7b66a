import { checkProject } from '../../check/check-project.js';
import { describeEntity } from '../../edit/describe-entity.js';
import { describeJson, formatDescription } from '../../edit/format-description.js';
import { yearMsg } from '../../messages/edit-year.js';
import { editMsg } from '../../messages/edit.js';
import { suggest } from '../../util/suggest.js';
import { escapeTerminal as t, jsonText } from '../../util/escape.js';
import { cliMessages } from '../../messages/cli.js';
import type { CliIo } from '../io.js';
import { ExitError } from '../io.js';
import { chooseLang, chooseRoot } from '../context.js';
import type { GlobalOptions } from '../context.js';

/** `sup show <id> [--format json]`: an entity with its derived relations. Exit 1 for an unknown or duplicated id. */
export async function runShow(id: string, options: { format?: string }, global: GlobalOptions, io: CliIo): Promise<number> {
  const lang = chooseLang(global, io);
  const format = options.format ?? 'pretty';
  if (format !== 'pretty' && format !== 'json') throw new ExitError(cliMessages(lang).formatChoice('sup show', ['pretty', 'json'], format), 2);
  const root = chooseRoot(global, io, lang);
  const project = checkProject({ root, lang, cache: true }).project;
  const found = project.byId.get(id) ?? [];
  if (found.length === 0) {
    io.stderr(`sup show: ${t(yearMsg(lang).refsUnknown(id, suggest(id, project.entities.map((e) => e.id))))}\n`);
    return 1;
  }
  if (found.length > 1) {
    io.stderr(`sup show: ${t(editMsg(lang).ambiguousId(id, [...new Set(found.map((e) => e.file.path))]))}\n`);
    return 1;
  }
  const description = describeEntity(project, found[0]!);
  io.stdout(format === 'json' ? `${jsonText(describeJson(description))}\n` : formatDescription(description, lang));
  return 0;
}
