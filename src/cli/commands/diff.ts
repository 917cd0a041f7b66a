import { realpathSync } from 'node:fs';
import { diffSnapshots } from '../../diff/diff-snapshots.js';
import { formatDiffJson, formatDiffMarkdown } from '../../diff/format-diff.js';
import { loadRevision, loadWorkingTree } from '../../diff/snapshot.js';
import type { Snapshot } from '../../diff/snapshot.js';
import { GitError, gitTopLevel, resolveRevision } from '../../git/git.js';
import type { Lang } from '../../messages/catalogue.js';
import type { CliIo } from '../io.js';
import { ExitError } from '../io.js';
import { chooseLang, chooseRoot } from '../context.js';
import type { GlobalOptions } from '../context.js';
import { terminal } from '../../util/escape.js';

export interface DiffCommandOptions {
  format: string;
}

/**
 * `sup diff <base> [<head>]`: what changed in the data between two revisions (head: the working
 * tree), entity by entity. A diff is information, so it exits 0 whatever it finds; 2 when git
 * cannot answer (no repository, unknown revision).
 */
export async function runDiff(base: string, head: string | undefined, global: GlobalOptions, options: DiffCommandOptions, io: CliIo): Promise<number> {
  const lang = chooseLang(global, io);
  const sv = lang === 'sv';
  if (options.format !== 'md' && options.format !== 'json') {
    throw new ExitError(sv ? terminal`sup diff: --format ska vara md eller json, inte "${options.format}".` : terminal`sup diff: --format must be md or json, not "${options.format}".`, 2);
  }
  // The real path, so that its place below git's top level (which git gives resolved) is computed right.
  const root = realpathSync(chooseRoot(global, io, lang));
  let top: string;
  try {
    top = gitTopLevel(root);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    throw new ExitError(
      sv
        ? terminal`sup diff: ${root} ligger inte i ett git-förråd (git svarade: ${error.message}). sup diff jämför versioner i git.`
        : terminal`sup diff: ${root} is not in a git repository (git said: ${error.message}). sup diff compares versions in git.`,
      2,
    );
  }
  for (const rev of head === undefined ? [base] : [base, head]) checkRevision(top, rev, lang);

  let before: Snapshot;
  let after: Snapshot;
  try {
    before = await loadRevision(root, base);
    after = head === undefined ? loadWorkingTree(root) : await loadRevision(root, head);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    throw new ExitError(sv ? terminal`sup diff: git kunde inte läsa förrådet: ${error.message}` : terminal`sup diff: git could not read the repository: ${error.message}`, 2);
  }
  const diff = diffSnapshots(before, after);
  const labels = { base, ...(head !== undefined ? { head } : {}) };
  io.stdout(options.format === 'json' ? formatDiffJson(diff, labels) : formatDiffMarkdown(diff, labels, lang));
  return 0;
}

/** A revision git does not know is a usage error with a hint, not a stack trace. */
function checkRevision(top: string, rev: string, lang: Lang): void {
  try {
    if (rev.startsWith('-')) throw new GitError('');
    resolveRevision(top, rev);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    throw new ExitError(
      lang === 'sv'
        ? terminal`sup diff: "${rev}" är ingen känd revision i git-förrådet ${top}. Ange en gren, en tagg eller en commit, till exempel main eller HEAD~1.`
        : terminal`sup diff: "${rev}" is not a known revision in the git repository ${top}. Give a branch, a tag or a commit, for example main or HEAD~1.`,
      2,
    );
  }
}
