import { realpathSync } from 'node:fs';
import { commandMessages } from '../../messages/cli-commands.js';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ConfinedWriteError, ConfinedWriter } from '../../source/confined-writer.js';
import { WorktreeSource } from '../../source/worktree-source.js';
import { checkProject } from '../../check/check-project.js';
import { buildCodeowners, duplicateOwnedIds } from '../../reporters/codeowners.js';
import { snapshotOf } from '../../diff/snapshot.js';
import { GitError, gitTopLevel } from '../../git/git.js';
import type { CliIo } from '../io.js';
import { ExitError } from '../io.js';
import { chooseLang, chooseRoot } from '../context.js';
import type { GlobalOptions } from '../context.js';

export interface CodeownersCommandOptions {
  output?: string;
  check?: boolean;
  /** Where the forge reads the file: .github/CODEOWNERS (GitHub) or .gitlab/CODEOWNERS (GitLab). */
  forge?: 'github' | 'gitlab';
}

/**
 * `sup codeowners`: writes CODEOWNERS from the networks' members, by default to .github/CODEOWNERS
 * at the top of the git repository; with --check, exits 1 when the file on disk is not what the
 * data gives (for CI).
 */
export async function runCodeowners(global: GlobalOptions, options: CodeownersCommandOptions, io: CliIo): Promise<number> {
  const lang = chooseLang(global, io);
  const say = commandMessages(lang);
  const root = realpathSync(chooseRoot(global, io, lang));
  if (options.check && options.output === '-') {
    throw new ExitError(say.codeownersCheckStdout(), 2);
  }
  // Paths in CODEOWNERS are relative to the repository's top; outside git the project root stands in for it.
  let top = root;
  try {
    top = realpathSync(gitTopLevel(root));
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
  }
  const prefix = relative(top, root).split(sep).join('/');

  const checked = checkProject({ root, lang });
  if (checked.summary.errors > 0) {
    io.stderr(say.codeownersHasErrors(checked.summary.errors));
  }
  const entities = snapshotOf(checked.project).entities;
  const duplicates = duplicateOwnedIds(entities);
  // Refused before anything is written or compared: --check must fail too, whatever the file says.
  if (duplicates.length > 0) throw new ExitError(say.codeownersDuplicates(duplicates), 1);
  const text = buildCodeowners(entities, prefix, checked.project.config.granskare?.reserv ?? []);
  if (options.output === '-') {
    io.stdout(text);
    return 0;
  }
  // The file lies in the repository (a pull request controls it): read and written only inside it,
  // never through a link. A path given with -o is confined to its own folder the same way.
  // GitLab reads CODEOWNERS from the root, docs/ or .gitlab/, GitHub from .github/ (first), the root or docs/:
  // each forge's own folder, so one repository can carry both files without either reading the other's.
  const folder = options.forge === 'gitlab' ? '.gitlab' : '.github';
  const target = options.output !== undefined ? resolve(io.cwd, options.output) : join(top, folder, 'CODEOWNERS');
  const confinedTo = options.output !== undefined ? dirname(target) : top;
  const rel = options.output !== undefined ? basename(target) : `${folder}/CODEOWNERS`;
  const shown = displayPath(io.cwd, target);

  if (options.check) {
    const read = new WorktreeSource(confinedTo).read(rel, 'codeowners');
    const current = read.ok ? read.bytes.toString('utf8') : undefined;
    if (current === text) {
      io.stdout(say.codeownersMatches(shown));
      return 0;
    }
    io.stderr(current === undefined ? say.codeownersMissing(shown) : say.codeownersDiffers(shown));
    return 1;
  }

  try {
    new ConfinedWriter(confinedTo).write(rel, text);
  } catch (error) {
    if (error instanceof ConfinedWriteError) {
      throw new ExitError(say.codeownersRefusedPath(shown, error.path, error.reason === 'link'), 2);
    }
    throw new ExitError(say.codeownersCannotWrite(target, (error as Error).message), 2);
  }
  const owned = text.split('\n').filter((l) => l.startsWith('/')).length;
  io.stdout(say.codeownersWrote(shown, owned));
  return 0;
}

/** A path relative to the working directory when it lies below it, else absolute. */
function displayPath(cwd: string, target: string): string {
  let base = cwd;
  try {
    base = realpathSync(cwd);
  } catch {
    // a working directory that is gone: show the absolute path
  }
  const rel = relative(base, target);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : target;
}
