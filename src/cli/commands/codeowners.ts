import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ConfinedWriteError, ConfinedWriter } from '../../source/confined-writer.js';
import { WorktreeSource } from '../../source/worktree-source.js';
import { checkProject } from '../../check/check-project.js';
import { buildCodeowners, duplicateOwnedIds } from '../../reporters/codeowners.js';
import type { DuplicateId } from '../../reporters/codeowners.js';
import { snapshotOf } from '../../diff/snapshot.js';
import { GitError, gitTopLevel } from '../../git/git.js';
import type { CliIo } from '../io.js';
import { ExitError } from '../io.js';
import { chooseLang, chooseRoot } from '../context.js';
import type { GlobalOptions } from '../context.js';
import { terminal } from '../../util/escape.js';

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
  const sv = lang === 'sv';
  const root = realpathSync(chooseRoot(global, io, lang));
  if (options.check && options.output === '-') {
    throw new ExitError(sv ? 'sup codeowners: --check jämför med en fil och går inte ihop med -o -.' : 'sup codeowners: --check compares with a file and cannot be used with -o -.', 2);
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
    io.stderr(
      sv
        ? `sup codeowners: datan har ${checked.summary.errors} fel; CODEOWNERS bygger på det som gick att läsa. Kör sup check för detaljer.\n`
        : `sup codeowners: the data has ${checked.summary.errors} errors; CODEOWNERS is built from what could be read. Run sup check for details.\n`,
    );
  }
  const entities = snapshotOf(checked.project).entities;
  const duplicates = duplicateOwnedIds(entities);
  // Refused before anything is written or compared: --check must fail too, whatever the file says.
  if (duplicates.length > 0) throw new ExitError(duplicatesMessage(duplicates, sv), 1);
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
      io.stdout(sv ? terminal`✔ ${shown} stämmer med datan.\n` : terminal`✔ ${shown} matches the data.\n`);
      return 0;
    }
    io.stderr(
      current === undefined
        ? sv
          ? terminal`✖ ${shown} finns inte. Skapa den med sup codeowners och lägg till den i git.\n`
          : terminal`✖ ${shown} does not exist. Create it with sup codeowners and add it to git.\n`
        : sv
          ? terminal`✖ ${shown} stämmer inte med datan. Kör sup codeowners och lägg till ändringen i git.\n`
          : terminal`✖ ${shown} does not match the data. Run sup codeowners and add the change to git.\n`,
    );
    return 1;
  }

  try {
    new ConfinedWriter(confinedTo).write(rel, text);
  } catch (error) {
    if (error instanceof ConfinedWriteError) {
      throw new ExitError(
        sv
          ? terminal`sup codeowners: skrev inte ${shown}: ${error.path} är ${error.reason === 'link' ? 'en länk, och sup skriver aldrig genom en länk' : 'ingen vanlig mapp eller fil'}.`
          : terminal`sup codeowners: did not write ${shown}: ${error.path} is ${error.reason === 'link' ? 'a link, and sup never writes through a link' : 'not a regular folder or file'}.`,
        2,
      );
    }
    throw new ExitError(sv ? terminal`sup codeowners: kunde inte skriva ${target}: ${(error as Error).message}` : terminal`sup codeowners: could not write ${target}: ${(error as Error).message}`, 2);
  }
  const owned = text.split('\n').filter((l) => l.startsWith('/')).length;
  io.stdout(sv ? terminal`Skrev ${shown} (${owned} ${owned === 1 ? 'fil' : 'filer'} med ägare).\n` : terminal`Wrote ${shown} (${owned} ${owned === 1 ? 'file' : 'files'} with owners).\n`);
  return 0;
}

/** Names every duplicated id and the files that declare it. */
function duplicatesMessage(duplicates: readonly DuplicateId[], sv: boolean): string {
  const and = sv ? 'och' : 'and';
  const files = (d: DuplicateId) => (d.files.length === 1 ? d.files[0]! : `${d.files.slice(0, -1).join(', ')} ${and} ${d.files.at(-1)}`);
  const lines = duplicates.map((d) =>
    sv ? terminal`  id:t "${d.id}" (${d.kinds.join(', ')}) finns i ${files(d)}` : terminal`  the id "${d.id}" (${d.kinds.join(', ')}) is in ${files(d)}`,
  );
  return sv
    ? ['sup codeowners: samma id finns mer än en gång, så CODEOWNERS skrivs inte (vem som äger filerna skulle bero på i vilken ordning filerna läses):', ...lines, 'Ge varje mål, aktivitet och nätverk ett eget id och kör sup codeowners igen.'].join('\n')
    : ['sup codeowners: an id is declared more than once, so CODEOWNERS is not written (who owns the files would depend on the order the files are read in):', ...lines, 'Give every goal, activity and network an id of its own and run sup codeowners again.'].join('\n');
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
