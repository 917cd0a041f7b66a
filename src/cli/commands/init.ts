import { mkdirSync } from 'node:fs';
import { ConfinedWriteError } from '../../source/confined-writer.js';
import { basename, resolve } from 'node:path';
import { GitError, gitTopLevel } from '../../git/git.js';
import { packageNameFor, planInit } from '../../init/plan-init.js';
import { PackError, packSelf } from '../../init/pack-self.js';
import type { PackedTool } from '../../init/pack-self.js';
import { isUpdateProblem, planToolUpdate } from '../../init/plan-tool-update.js';
import type { ToolUpdateProblem } from '../../init/plan-tool-update.js';
import { ConfinedWriter } from '../../source/confined-writer.js';
import { WorktreeSource } from '../../source/worktree-source.js';
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
  uppdatera?: boolean;
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
  if (options.uppdatera) return runUpdate(target, options, sv, io);
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
  if (options.supSpec !== undefined && options.supSpec.trim() === '') throw new ExitError(sv ? 'sup init: --sup-spec får inte vara tom.' : 'sup init: --sup-spec must not be empty.', 2);
  // Without --sup-spec the repository carries this very sup, so CI needs nothing but the npm registry.
  const tool = options.supSpec === undefined ? pack(sv) : undefined;
  const supSpec = options.supSpec ?? tool!.spec;

  const files = planInit({ fromExample: options.fromExample === true, supSpec, packageName: packageNameFor(basename(target)), tool });
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
  out.push(sv ? terminal`  npm install      # installerar sup (${supSpec})` : terminal`  npm install      # installs sup (${supSpec})`);
  out.push('  npx sup check');
  out.push(sv ? '  git add -A && git commit -m "Nytt dataförråd"      # med package-lock.json och verktyg/' : '  git add -A && git commit -m "New data repository"      # with package-lock.json and verktyg/');
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

/** This installation packed, or the reason it cannot be, as a usage error. */
function pack(sv: boolean): PackedTool {
  try {
    return packSelf();
  } catch (error) {
    if (!(error instanceof PackError)) throw error;
    throw new ExitError(
      error.reason === 'not-built'
        ? sv
          ? terminal`sup init: den här installationen av sup är inte byggd (${error.detail} saknas). Kör npm run build, eller ange --sup-spec.`
          : terminal`sup init: this installation of sup is not built (${error.detail} is missing). Run npm run build, or give --sup-spec.`
        : sv
          ? terminal`sup init: npm pack misslyckades (${error.detail}). Ange --sup-spec för att installera sup från en adress eller version i stället.`
          : terminal`sup init: npm pack failed (${error.detail}). Give --sup-spec to install sup from an address or version instead.`,
      2,
    );
  }
}

/**
 * `sup init --uppdatera`: the repository's sup replaced with the running one (verktyg/sup-<version>.tgz,
 * older tarballs removed) or with --sup-spec, and package.json pointed at it. Nothing else is touched.
 */
function runUpdate(target: string, options: InitCommandOptions, sv: boolean, io: CliIo): number {
  if (options.fromExample || options.force) {
    throw new ExitError(sv ? 'sup init: --uppdatera går inte ihop med --from-example eller --force.' : 'sup init: --uppdatera cannot be combined with --from-example or --force.', 2);
  }
  if (options.supSpec !== undefined && options.supSpec.trim() === '') throw new ExitError(sv ? 'sup init: --sup-spec får inte vara tom.' : 'sup init: --sup-spec must not be empty.', 2);
  if (folderState(target) !== 'folder') throw new ExitError(sv ? terminal`sup init: ${target} är ingen mapp.` : terminal`sup init: ${target} is not a folder.`, 2);
  const tool = options.supSpec === undefined ? pack(sv) : undefined;
  const spec = options.supSpec ?? tool!.spec;
  const plan = planToolUpdate(new WorktreeSource(target), spec, tool?.path);
  if (isUpdateProblem(plan)) throw new ExitError(updateProblemMessage(plan, sv), 2);
  const writer = new ConfinedWriter(target);
  try {
    if (tool) writer.write(tool.path, tool.content);
    // Only if nobody changed package.json since it was read; the tarball is written first so package.json never names a missing file.
    writer.replace('package.json', plan.after, plan.before);
    for (const old of plan.remove) writer.remove(old);
  } catch (error) {
    if (error instanceof ConfinedWriteError) {
      throw new ExitError(
        sv
          ? terminal`sup init: skrev inte genom ${error.path}: ${error.reason === 'link' ? 'det är en länk, och sup skriver aldrig genom en länk' : 'det är ingen vanlig mapp eller fil'}.`
          : terminal`sup init: did not write through ${error.path}: ${error.reason === 'link' ? 'it is a link, and sup never writes through a link' : 'it is not a regular folder or file'}.`,
        2,
      );
    }
    throw new ExitError(sv ? terminal`sup init: kunde inte skriva i ${target}: ${(error as Error).message}` : terminal`sup init: could not write in ${target}: ${(error as Error).message}`, 2);
  }
  const out: string[] = [];
  const from = plan.oldSpec ?? (sv ? '(saknades)' : '(missing)');
  out.push(sv ? terminal`Uppdaterade sup i ${target}: ${from} → ${spec}.` : terminal`Updated sup in ${target}: ${from} → ${spec}.`);
  for (const old of plan.remove) out.push(sv ? terminal`  tog bort ${old}` : terminal`  removed ${old}`);
  out.push(sv ? 'Nästa steg: npm install (uppdaterar package-lock.json), kontrollera med npx sup check och lägg till ändringarna i git.' : 'Next: npm install (updates package-lock.json), check with npx sup check and add the changes to git.');
  io.stdout(out.join('\n') + '\n');
  return 0;
}

/** Says what is wrong with package.json, and where. */
function updateProblemMessage(p: ToolUpdateProblem, sv: boolean): string {
  const at = p.line !== undefined ? `${p.file}:${p.line}:${p.column}` : p.file;
  switch (p.problem) {
    case 'missing':
      return sv ? 'sup init: package.json finns inte. Kör sup init utan --uppdatera för att skapa förrådet.' : 'sup init: package.json does not exist. Run sup init without --uppdatera to create the repository.';
    case 'unreadable':
      return sv ? terminal`sup init: package.json gick inte att läsa (${p.detail ?? ''}).` : terminal`sup init: package.json could not be read (${p.detail ?? ''}).`;
    case 'invalid-json':
      return sv ? terminal`${at}: package.json är ingen giltig JSON: ${jsonExpected(p.detail, sv)}. Rätta filen och försök igen.` : terminal`${at}: package.json is not valid JSON: ${jsonExpected(p.detail, sv)}. Fix the file and try again.`;
    case 'not-object':
      return sv ? terminal`${at}: package.json ska vara ett JSON-objekt.` : terminal`${at}: package.json must be a JSON object.`;
    case 'not-string':
      return sv ? terminal`${at}: sup i package.json ska ha en sträng som värde.` : terminal`${at}: sup in package.json must have a string as its value.`;
  }
}

/** What the JSON parser expected, in words, from its error code. */
function jsonExpected(code: string | undefined, sv: boolean): string {
  const words: Record<string, [string, string]> = {
    ValueExpected: ['ett värde väntades här', 'a value was expected here'],
    CommaExpected: ['ett kommatecken väntades här', 'a comma was expected here'],
    ColonExpected: ['ett kolon väntades här', 'a colon was expected here'],
    PropertyNameExpected: ['ett namn inom citattecken väntades här', 'a name in quotes was expected here'],
    CloseBraceExpected: ['} väntades här', '} was expected here'],
    CloseBracketExpected: ['] väntades här', '] was expected here'],
    EndOfFileExpected: ['filen borde ta slut här', 'the file should end here'],
    InvalidCommentToken: ['JSON har inga kommentarer', 'JSON has no comments'],
    TooDeep: ['mer än 64 nivåer inuti varandra, vilket ingen package.json behöver', 'more than 64 levels nested, which no package.json needs'],
  };
  const w = code !== undefined ? words[code] : undefined;
  return w ? w[sv ? 0 : 1] : sv ? 'ett tecken som inte hör hemma i JSON' : 'a character that does not belong in JSON';
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
