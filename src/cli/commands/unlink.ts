import type { EditHooks } from '../../edit/commit.js';
import { unlinkGoal } from '../../edit/edit-entity.js';
import type { CliIo } from '../io.js';
import type { GlobalOptions } from '../context.js';
import { runEdit } from '../run-edit.js';

/** `sup unlink <aktivitet> <mål>`: the activity no longer serves the goal; never its last one. `hooks` are for tests only. */
export async function runUnlink(activity: string, goal: string, global: GlobalOptions, io: CliIo, hooks?: EditHooks): Promise<number> {
  return runEdit('sup unlink', global, io, hooks, (session) => unlinkGoal(session, activity, goal));
}
