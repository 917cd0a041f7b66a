import type { EditHooks } from '../../edit/commit.js';
import { moveEntity } from '../../edit/move-entity.js';
import type { CliIo } from '../io.js';
import type { GlobalOptions } from '../context.js';
import { runEdit } from '../run-edit.js';

/** `sup mv <id> <nytt-id>`: renames an entity and every reference to it in one atomic change. `hooks` are for tests only. */
export async function runMv(oldId: string, newId: string, global: GlobalOptions, io: CliIo, hooks?: EditHooks, options: { afterDecision?: string; today?: string } = {}): Promise<number> {
  return runEdit('sup mv', global, io, hooks, (session) => moveEntity(session, oldId, newId, options.afterDecision), { today: options.today });
}
