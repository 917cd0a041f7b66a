import { spawnSync } from 'node:child_process';

/** Why git gave no answer: it could not be started, it exited with an error, or its answer was not what was asked for. */
export type GitErrorCode = 'not-started' | 'failed' | 'bad-answer';

/** Git failed or is missing; `code` says which, the message holds what git or the system answered (not for people to read as sup's own words). */
export class GitError extends Error {
  constructor(
    readonly code: GitErrorCode,
    detail: string,
  ) {
    super(detail);
  }
}

/** Runs git in `cwd` and returns its standard output; throws GitError with git's own message. */
export function git(cwd: string, args: string[], input?: Buffer, maxBuffer = 256 * 1024 * 1024): Buffer {
  const r = spawnSync('git', args, { cwd, input, maxBuffer, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
  if (r.error) throw new GitError('not-started', `git: ${r.error.message}`);
  if (r.status !== 0) throw new GitError('failed', r.stderr.toString('utf8').trim() || `git ${args[0]}: exit ${r.status}`);
  return r.stdout;
}

/** The top folder of the git work tree that holds `dir`. */
export function gitTopLevel(dir: string): string {
  return git(dir, ['rev-parse', '--show-toplevel']).toString('utf8').trim();
}

/** Resolves a revision name (branch, tag, HEAD~1, commit) to a commit id, or throws GitError. */
export function resolveRevision(dir: string, rev: string): string {
  return git(dir, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]).toString('utf8').trim();
}

/** The best common ancestor of two revisions, or undefined when they share no history (or git cannot tell). */
export function mergeBase(dir: string, a: string, b: string): string | undefined {
  try {
    return git(dir, ['merge-base', '--', a, b]).toString('utf8').trim() || undefined;
  } catch (error) {
    if (error instanceof GitError) return undefined;
    throw error;
  }
}

/** Paths (relative to the top level, POSIX) that differ between `rev` and the working tree, untracked files included. */
export function changedFiles(dir: string, rev: string): string[] {
  const top = gitTopLevel(dir);
  const tracked = git(top, ['diff', '--name-only', '-z', '--no-renames', rev, '--']).toString('utf8').split('\0');
  const untracked = git(top, ['ls-files', '--others', '--exclude-standard', '-z']).toString('utf8').split('\0');
  return [...new Set([...tracked, ...untracked].filter(Boolean))].sort();
}

