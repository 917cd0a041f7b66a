import { mkdirSync } from 'node:fs';
import { ConfinedWriteError } from '../../source/confined-writer.js';
import { basename, resolve } from 'node:path';
import { GitError, gitTopLevel } from '../../git/git.js';
import { defaultSupSpec, packageNameFor, planInit } from '../../init/plan-init.js';
import { folderState, hasContent, writePlanned } from '../../init/write-planned.js';
import type { CliIo } from '../io.js';
import { ExitError } from '../io.js';
import { chooseLang } from '../context.js';
import type { GlobalOptions } from '../context.js';
import { terminal } from '../../util/escape.js';

export interface InitCommandOptions {
  fromExample?: boolean;
  force?: boolean;
  supSpec?: string;
}

/**
 * `sup init [mapp]`: a new data repository with sup.yaml, data/ (a skeleton, or the SUP 2040 data
 * with --from-example), schemas, CI for GitHub and GitLab, editor settings and a README.
 * A folder with anything in it is refused unless --force, and no existing file is ever overwritten.
 */
export async function runInit(dir: string | undefined, global: GlobalOptions, options: InitCommandOptions, io: CliIo): Promise<number> {
  const lang = chooseLang(global, io);
  const sv = lang === 'sv';
  const start = global.C !== undefined ? resolve(io.cwd, global.C) : io.cwd;
  const target = resolve(start, dir ?? '.');
  const state = folderState(target);
  if (state === 'other') throw new ExitError(sv ? terminal`sup init: ${target} finns redan och är ingen mapp.` : terminal`sup init: ${target} exists and is not a folder.`, 2);
  if (state === 'folder' && hasContent(target) && !options.force) {
    throw new ExitError(
      sv
        ? terminal`sup init: mappen ${target} är inte tom. Välj en tom mapp, eller använd --force för att lägga till de filer som saknas (befintliga filer skrivs aldrig över).`
        : terminal`sup init: the folder ${target} is not empty. Choose an empty folder, or use --force to add the missing files (existing files are never overwritten).`,
      2,
    );
  }
  const supSpec = options.supSpec ?? defaultSupSpec();
  if (supSpec.trim() === '') throw new ExitError(sv ? 'sup init: --sup-spec får inte vara tom.' : 'sup init: --sup-spec must not be empty.', 2);

  const files = planInit({ fromExample: options.fromExample === true, supSpec, packageName: packageNameFor(basename(target)) });
  let result;
  try {
    mkdirSync(target, { recursive: true });
    result = writePlanned(target, files);
  } catch (error) {
    if (error instanceof ConfinedWriteError) {
      throw new ExitError(
        sv
          ? terminal`sup init: skrev ingenting genom ${error.path}: ${error.reason === 'link' ? 'det är en länk, och sup skriver aldrig genom en länk' : 'det är ingen mapp'}. Ta bort eller byt ut den och försök igen.`
          : terminal`sup init: wrote nothing through ${error.path}: ${error.reason === 'link' ? 'it is a link, and sup never writes through a link' : 'it is not a folder'}. Remove or replace it and try again.`,
        2,
      );
    }
    throw new ExitError(sv ? terminal`sup init: kunde inte skriva i ${target}: ${(error as Error).message}` : terminal`sup init: could not write in ${target}: ${(error as Error).message}`, 2);
  }

  const out: string[] = [];
  const n = result.created.length;
  out.push(
    sv
      ? `Skapade ett dataförråd för sup i ${target} (${n} ${n === 1 ? 'fil' : 'filer'}${options.fromExample ? ', med SUP 2040-datan som exempel' : ''}).`
      : `Created a sup data repository in ${target} (${n} ${n === 1 ? 'file' : 'files'}${options.fromExample ? ', with the SUP 2040 data as an example' : ''}).`,
  );
  if (result.skipped.length > 0) {
    out.push(sv ? `Fanns redan och lämnades orörda (${result.skipped.length}):` : `Already there and left as they were (${result.skipped.length}):`);
    for (const path of result.skipped) out.push(`  ${path}`);
  }
  out.push(sv ? 'Nästa steg:' : 'Next steps:');
  if (target !== io.cwd) out.push(`  cd ${quoteArg(target)}`);
  if (!insideGit(target)) out.push(`  git init`);
  if (supSpec.startsWith('file:')) {
    out.push(
      sv
        ? `  (package.json pekar på den här installationen av sup, ${supSpec}; i CI behövs --sup-spec med en adress eller version som går att hämta)`
        : `  (package.json points at this installation of sup, ${supSpec}; CI needs --sup-spec with an address or version it can fetch)`,
    );
  }
  out.push(sv ? `  npm install      # installerar sup (${supSpec})` : `  npm install      # installs sup (${supSpec})`);
  out.push('  npx sup check');
  if (options.fromExample) {
    out.push(
      sv
        ? 'Exempelåret i data/exempel/2025 är påhittat (exempel: true) och hör inte hemma i riktiga dokument. Ta bort det innan det första riktiga året: git rm -r data/exempel (se README.md).'
        : 'The example year in data/exempel/2025 is invented (exempel: true) and does not belong in real documents. Remove it before the first real year: git rm -r data/exempel (see README.md).',
    );
  }
  io.stdout(out.join('\n') + '\n');
  return 0;
}

function insideGit(dir: string): boolean {
  try {
    gitTopLevel(dir);
    return true;
  } catch (error) {
    if (error instanceof GitError) return false;
    throw error;
  }
}

/** A path as a shell argument, quoted only when it needs to be. */
function quoteArg(path: string): string {
  return /^[\w@%+=:,./-]+$/u.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
