import type { EditHooks } from '../../edit/commit.js';
import { removeEntity } from '../../edit/remove-entity.js';
import type { CliIo } from '../io.js';
import type { GlobalOptions } from '../context.js';
import { runEdit } from '../run-edit.js';

/** `sup rm <id>`: removes an entity's file when nothing refers to it; otherwise lists what does. `hooks` are for tests only. */
export async function runRm(id: string, options: { afterDecision?: string; today?: string }, global: GlobalOptions, io: CliIo, hooks?: EditHooks): Promise<number> {
  return runEdit('sup rm', global, io, hooks, (session) => removeEntity(session, id, options.afterDecision), { today: options.today });
}
