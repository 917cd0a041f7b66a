import { checkProject } from '../../check/check-project.js';
import { referencesTo } from '../../edit/rename-references.js';
import { yearMsg } from '../../messages/edit-year.js';
import { suggest } from '../../util/suggest.js';
import { escapeTerminal as t } from '../../util/escape.js';
import type { CliIo } from '../io.js';
import { chooseLang, chooseRoot } from '../context.js';
import type { GlobalOptions } from '../context.js';

/** `sup refs <id>`: every place that refers to an entity, as file:line:column. Exit 1 for an unknown id. */
export async function runRefs(id: string, global: GlobalOptions, io: CliIo): Promise<number> {
  const lang = chooseLang(global, io);
  const root = chooseRoot(global, io, lang);
  const project = checkProject({ root, lang, cache: true }).project;
  const msg = yearMsg(lang);
  if (!project.byId.has(id)) {
    io.stderr(`sup refs: ${t(msg.refsUnknown(id, suggest(id, project.entities.map((e) => e.id))))}\n`);
    return 1;
  }
  const places = referencesTo(project, id).filter((p) => !p.own);
  if (places.length === 0) {
    io.stdout(`${t(msg.refsNone(id))}\n`);
    return 0;
  }
  io.stdout(places.map((p) => `${t(p.file)}:${p.line}:${p.column}  ${t(p.path.join('.'))}\n`).join(''));
  return 0;
}
