import type { EditHooks } from '../../edit/commit.js';
import { setField } from '../../edit/edit-entity.js';
import { setFields } from '../../edit/set-fields.js';
import type { Assignment, SetRequest } from '../../edit/set-fields.js';
import { yearMsg } from '../../messages/edit-year.js';
import type { CliIo } from '../io.js';
import { ExitError } from '../io.js';
import { chooseLang } from '../context.js';
import type { GlobalOptions } from '../context.js';
import { runEdit } from '../run-edit.js';

/** `sup set <id> <fält> <värde>`: one value of an entity, read as its schema expects. `hooks` are for tests only. */
export async function runSet(id: string, field: string, value: string, global: GlobalOptions, io: CliIo, hooks?: EditHooks): Promise<number> {
  return runEdit('sup set', global, io, hooks, (session) => setField(session, id, field, value));
}

export interface SetListOptions {
  add: readonly string[];
  remove: readonly string[];
  afterDecision?: string;
  /** --today: the date an --efter-beslut record gets. */
  today?: string;
}

/**
 * `sup set <id> <fält> <värde>`, `sup set <id> fält=värde …` (one atomic edit) and
 * `sup set <id> <listfält> --lägg-till x --ta-bort y`. `hooks` are for tests only.
 */
export async function runSetMany(id: string, args: readonly string[], options: SetListOptions, global: GlobalOptions, io: CliIo, hooks?: EditHooks): Promise<number> {
  const msg = yearMsg(chooseLang(global, io));
  const request: SetRequest = { assignments: [], afterDecision: options.afterDecision };
  if (options.add.length > 0 || options.remove.length > 0) {
    if (args.length !== 1 || args[0]!.includes('=')) throw new ExitError(`sup set: ${msg.listUsage()}`, 2);
    request.list = { field: args[0]!, add: options.add, remove: options.remove };
  } else if (args.length === 2 && !args[0]!.includes('=')) {
    request.assignments = [{ field: args[0]!, raw: args[1]! }];
  } else {
    const assignments: Assignment[] = [];
    for (const arg of args) {
      const at = arg.indexOf('=');
      if (at <= 0) throw new ExitError(`sup set: ${msg.setUsage()}`, 2);
      assignments.push({ field: arg.slice(0, at).trim(), raw: arg.slice(at + 1) });
    }
    request.assignments = assignments;
  }
  return runEdit('sup set', global, io, hooks, (session) => setFields(session, id, request), { today: options.today });
}
