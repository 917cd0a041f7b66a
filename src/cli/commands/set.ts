import type { EditHooks } from '../../edit/commit.js';
import { setField } from '../../edit/edit-entity.js';
import type { CliIo } from '../io.js';
import type { GlobalOptions } from '../context.js';
import { runEdit } from './link.js';

/** `sup set <id> <fält> <värde>`: one value of an entity, read as its schema expects. `hooks` are for tests only. */
export async function runSet(id: string, field: string, value: string, global: GlobalOptions, io: CliIo, hooks?: EditHooks): Promise<number> {
  return runEdit('sup set', global, io, hooks, (session) => setField(session, id, field, value));
}
