import { realpathSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { changedFiles, git, GitError, gitTopLevel, resolveRevision } from '../git/git.js';
import { CONFIG_FILE } from '../load/find-root.js';
import { RevisionSource } from '../source/revision-source.js';
import { addedFindings, compareDiagnostics, summarize } from '../model/diagnostic.js';
import { decidedChanges } from './decided-changes.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { checkProject } from './check-project.js';
import type { CheckOptions, CheckResult } from './check-project.js';

/** Why --changed-since cannot be answered: no git, no repository around the project, or no such revision. */
export class ChangedSinceError extends Error {
  constructor(
    readonly reason: 'git-missing' | 'not-a-repository' | 'unknown-revision',
    message: string,
  ) {
    super(message);
  }
}

export interface ChangedSinceOptions extends CheckOptions {
  /** A revision git understands: a branch, a tag, a commit, HEAD~1, origin/main … */
  since: string;
}

export interface ChangedSinceResult extends CheckResult {
  /** The commit that `since` named. */
  base: string;
  /** Project-relative paths of the files that differ from `base` in the working tree, untracked ones included. */
  changedFiles: string[];
  /** How many findings were left out: in unchanged files, and there at `base` already. */
  omitted: number;
}

/**
 * Checks the project and keeps the findings in files changed since a revision, plus every finding
 * anywhere that the change caused: one that the same check at that revision does not give.
 * Findings are compared by rule, severity, file and message (not position, which moves with edits),
 * counting duplicates. Throws ChangedSinceError when git cannot answer.
 */
export async function checkChangedSince(options: ChangedSinceOptions): Promise<ChangedSinceResult> {
  const root = real(options.root);
  const base = resolveBase(root, options.since);
  const changed = changedProjectFiles(root, base);
  const head = checkProject({ ...options, root });
  const before = checkAtRevision(root, base, options);
  // Decided content changed since the base is a warning reviewers see, whatever else the change does.
  const decided = before ? decidedChanges(before.project, head.project, options.lang ?? 'sv') : [];
  const diagnostics = [...keepChanged(head.diagnostics, before?.diagnostics ?? [], new Set(changed)), ...decided].sort(compareDiagnostics);
  return {
    project: head.project,
    diagnostics,
    fileFindings: head.fileFindings,
    listing: head.listing,
    scoped: head.scoped,
    summary: summarize(diagnostics, head.summary.files),
    base,
    changedFiles: changed,
    omitted: head.diagnostics.length - (diagnostics.length - decided.length),
  };
}

/** The check of the project as it was at a commit, read in memory; undefined where it did not exist yet. */
function checkAtRevision(root: string, commit: string, options: CheckOptions): CheckResult | undefined {
  let source: RevisionSource;
  try {
    source = RevisionSource.open(root, commit);
  } catch (error) {
    if (error instanceof GitError) throw new ChangedSinceError('unknown-revision', error.message);
    throw error;
  }
  // A project that did not exist at the revision had no findings there: all of today's are new.
  if (!source.read(CONFIG_FILE, 'config').ok) return undefined;
  return checkProject({ ...options, root, source, cache: false });
}

/**
 * The findings of `head` that are in a changed file or are not among the findings at the base
 * revision (addedFindings: each base finding excuses one head finding like it, whatever the language).
 */
export function keepChanged(head: readonly Diagnostic[], base: readonly Diagnostic[], changed: ReadonlySet<string>): Diagnostic[] {
  const added = new Set(addedFindings(base, head));
  return head.filter((d) => changed.has(d.file) || added.has(d));
}

/** Resolves a revision to its commit in the repository that holds the project, or throws ChangedSinceError. */
export function resolveBase(root: string, rev: string): string {
  const top = topLevel(root);
  // A revision that starts with "-" would be read by git as an option.
  if (rev === '' || rev.startsWith('-')) throw new ChangedSinceError('unknown-revision', `no revision "${rev}"`);
  try {
    return resolveRevision(top, rev);
  } catch (error) {
    if (error instanceof GitError) throw new ChangedSinceError('unknown-revision', `no revision "${rev}"`);
    throw error;
  }
}

/** Project-relative paths (POSIX) of the files that differ between `rev` and the working tree, untracked ones included. */
export function changedProjectFiles(root: string, rev: string): string[] {
  const prefix = projectPrefix(root);
  const inside = prefix === '' ? '' : prefix + '/';
  return changedFiles(topLevel(root), rev)
    .filter((p) => p.startsWith(inside))
    .map((p) => p.slice(inside.length));
}

/** The project root relative to the top of its git repository: "" when they are the same folder. */
export function projectPrefix(root: string): string {
  const top = topLevel(root);
  return relative(real(top), real(root)).split(sep).join('/');
}

/**
 * The files a pull request changes, for a base branch such as GitHub's GITHUB_BASE_REF: compared
 * with the merge base of origin/<branch> and HEAD, else with origin/<branch> itself. Undefined when
 * git cannot tell (no repository, or a shallow clone without the branch).
 */
export function pullRequestFiles(root: string, baseBranch: string): string[] | undefined {
  try {
    const top = topLevel(root);
    const remote = resolveBase(root, `origin/${baseBranch}`);
    let base = remote;
    try {
      base = git(top, ['merge-base', remote, 'HEAD']).toString('utf8').trim() || remote;
    } catch {
      // No common history in a shallow clone: the branch tip is the best there is.
    }
    return changedProjectFiles(root, base);
  } catch {
    return undefined;
  }
}

function topLevel(root: string): string {
  try {
    return gitTopLevel(root);
  } catch (error) {
    if (error instanceof GitError) {
      throw new ChangedSinceError(error.code === 'not-started' ? 'git-missing' : 'not-a-repository', error.message);
    }
    throw error;
  }
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
