import { checkProject } from '../../check/check-project.js';
import { LIST_KINDS, listEntities, titleOf, yearOf } from '../../edit/describe-entity.js';
import type { ListKind } from '../../edit/describe-entity.js';
import { formatList } from '../../edit/format-description.js';
import type { ListedRow } from '../../edit/format-description.js';
import { yearMsg } from '../../messages/edit-year.js';
import { locate } from '../../load/source-file.js';
import { str } from '../../load/project.js';
import { suggest } from '../../util/suggest.js';
import { escapeTerminal as t, jsonText } from '../../util/escape.js';
import { cliMessages } from '../../messages/cli.js';
import type { CliIo } from '../io.js';
import { ExitError } from '../io.js';
import { chooseLang, chooseRoot } from '../context.js';
import type { GlobalOptions } from '../context.js';

export interface LsOptions {
  år?: string;
  status?: string;
  ansvarig?: string;
  format?: string;
}

/** Kind names without å, ä and ö, for keyboards that make them awkward. */
const ASCII_KINDS: Record<string, ListKind> = { mal: 'mål', delmal: 'delmål', natverk: 'nätverk', arsredovisning: 'årsredovisning' };

/** `sup ls <typ> [--år N] [--status S] [--ansvarig A] [--format json]`: the entities of a kind, filtered. Exit 0, also for none. */
export async function runLs(kindName: string, options: LsOptions, global: GlobalOptions, io: CliIo): Promise<number> {
  const lang = chooseLang(global, io);
  const msg = yearMsg(lang);
  const kind = (LIST_KINDS as readonly string[]).includes(kindName) ? (kindName as ListKind) : ASCII_KINDS[kindName];
  if (!kind) throw new ExitError(`sup ls: ${t(msg.lsUnknownKind(kindName, LIST_KINDS, suggest(kindName, LIST_KINDS)))}`, 2);
  const format = options.format ?? 'pretty';
  if (format !== 'pretty' && format !== 'json') throw new ExitError(cliMessages(lang).formatChoice('sup ls', ['pretty', 'json'], format), 2);
  if (options.år !== undefined && !/^\d{4}$/.test(options.år)) throw new ExitError(`sup ls: ${t(msg.lsBadYear(options.år))}`, 2);
  const root = chooseRoot(global, io, lang);
  const project = checkProject({ root, lang, cache: true }).project;
  const entities = listEntities(project, {
    kind,
    year: options.år === undefined ? undefined : Number(options.år),
    status: options.status,
    owner: options.ansvarig,
  });
  const rows: ListedRow[] = entities.map((e) => ({
    id: e.id,
    kind: e.kind,
    title: titleOf(e),
    year: yearOf(project, e),
    status: str(e.data, 'status'),
    owner: str(e.data, e.kind === 'mål' ? 'ägare' : 'ansvarig'),
    file: e.file.path,
    line: locate(e.file, e.path).start.line,
  }));
  if (format === 'json') io.stdout(`${jsonText(rows)}\n`);
  else if (rows.length === 0) io.stderr(`${msg.lsNone(kind)}\n`);
  else io.stdout(formatList(rows));
  return 0;
}
