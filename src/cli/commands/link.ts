import type { EditHooks } from '../../edit/commit.js';
import { linkGoal } from '../../edit/edit-entity.js';
import type { CliIo } from '../io.js';
import type { GlobalOptions } from '../context.js';
import { runEdit } from '../run-edit.js';

/** `sup link <aktivitet> <mål>`: the activity serves one more goal. `hooks` are for tests only. */
export async function runLink(activity: string, goal: string, global: GlobalOptions, io: CliIo, hooks?: EditHooks): Promise<number> {
  return runEdit('sup link', global, io, hooks, (session) => linkGoal(session, activity, goal));
}
