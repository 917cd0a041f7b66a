import { realpathSync } from 'node:fs';
import { commandMessages } from '../../messages/cli-commands.js';
import { diffSnapshots } from '../../diff/diff-snapshots.js';
import { formatDiffJson, formatDiffMarkdown } from '../../diff/format-diff.js';
import { loadRevision, loadWorkingTree } from '../../diff/snapshot.js';
import type { Snapshot } from '../../diff/snapshot.js';
import { GitError, gitTopLevel, mergeBase, resolveRevision } from '../../git/git.js';
import type { Lang } from '../../messages/catalogue.js';
import type { CliIo } from '../io.js';
import { ExitError } from '../io.js';
import { chooseLang, chooseRoot } from '../context.js';
import type { GlobalOptions } from '../context.js';

export interface DiffCommandOptions {
  format: string;
}

/**
 * `sup diff <base> [<head>]`: what changed in the data between two revisions (head: the working
 * tree), entity by entity, as a reviewer reads a pull request: like `git diff main...HEAD`, the
 * base is the merge base of <base> and the head (HEAD for the working tree), so what was merged
 * into <base> meanwhile is not shown as undone. `A...B` says the same; `A..B` compares A and B
 * themselves. A diff is information, so it exits 0 whatever it finds; 2 when git cannot answer
 * (no repository, unknown revision).
 */
export async function runDiff(base: string, head: string | undefined, global: GlobalOptions, options: DiffCommandOptions, io: CliIo): Promise<number> {
  const lang = chooseLang(global, io);
  const say = commandMessages(lang);
  if (options.format !== 'md' && options.format !== 'json') {
    throw new ExitError(say.diffFormat(String(options.format)), 2);
  }
  // The real path, so that its place below git's top level (which git gives resolved) is computed right.
  const root = realpathSync(chooseRoot(global, io, lang));
  let top: string;
  try {
    top = gitTopLevel(root);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    throw new ExitError(say.diffNoRepository(root, error.message), 2);
  }
  const range = parseRange(base, head);
  for (const rev of range.head === undefined ? [range.base] : [range.base, range.head]) checkRevision(top, rev, lang);
  const baseCommit = range.mergeBase ? mergeBase(top, range.base, range.head ?? 'HEAD') ?? resolveRevision(top, range.base) : resolveRevision(top, range.base);

  let before: Snapshot;
  let after: Snapshot;
  try {
    before = loadRevision(root, baseCommit);
    after = range.head === undefined ? loadWorkingTree(root) : loadRevision(root, range.head);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    throw new ExitError(say.diffUnreadable(error.message), 2);
  }
  const diff = diffSnapshots(before, after);
  const labels = { base, ...(head !== undefined ? { head } : {}) };
  io.stdout(options.format === 'json' ? formatDiffJson(diff, labels) : formatDiffMarkdown(diff, labels, lang));
  return 0;
}

/** `A...B` (merge base of A and B, to B), `A..B` (A to B), or a base and an optional head (merge base of both). */
export function parseRange(base: string, head: string | undefined): { base: string; head?: string; mergeBase: boolean } {
  if (head === undefined) {
    const three = base.indexOf('...');
    if (three !== -1) {
      const b = base.slice(three + 3);
      return { base: base.slice(0, three) || 'HEAD', ...(b ? { head: b } : {}), mergeBase: true };
    }
    const two = base.indexOf('..');
    if (two !== -1) {
      const b = base.slice(two + 2);
      return { base: base.slice(0, two) || 'HEAD', ...(b ? { head: b } : {}), mergeBase: false };
    }
  }
  return { base, ...(head !== undefined ? { head } : {}), mergeBase: true };
}

/** A revision git does not know is a usage error with a hint, not a stack trace. */
function checkRevision(top: string, rev: string, lang: Lang): void {
  try {
    if (rev.startsWith('-')) throw new GitError('failed', '');
    resolveRevision(top, rev);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    throw new ExitError(commandMessages(lang).diffUnknownRevision(rev, top), 2);
  }
}
