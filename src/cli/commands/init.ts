import { mkdirSync } from 'node:fs';
import { initMessages } from '../../messages/init.js';
import type { InitMessages } from '../../messages/init.js';
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
  const say = initMessages(lang);
  const start = global.C !== undefined ? resolve(io.cwd, global.C) : io.cwd;
  const target = resolve(start, dir ?? '.');
  if (options.uppdatera) return runUpdate(target, options, say, io);
  const state = folderState(target);
  if (state === 'other') throw new ExitError(say.notAFolderExists(target), 2);
  if (state === 'folder' && hasContent(target) && !options.force) {
    throw new ExitError(say.notEmpty(target), 2);
  }
  if (options.supSpec !== undefined && options.supSpec.trim() === '') throw new ExitError(say.emptySpec(), 2);
  // Without --sup-spec the repository carries this very sup, so CI needs nothing but the npm registry.
  const tool = options.supSpec === undefined ? pack(say) : undefined;
  const supSpec = options.supSpec ?? tool!.spec;

  const files = planInit({ fromExample: options.fromExample === true, supSpec, packageName: packageNameFor(basename(target)), tool });
  let result;
  try {
    mkdirSync(target, { recursive: true });
    result = writePlanned(target, files);
  } catch (error) {
    if (error instanceof ConfinedWriteError) {
      throw new ExitError(say.refusedThrough(error.path, error.reason === 'link'), 2);
    }
    throw new ExitError(say.cannotWrite(target, (error as Error).message), 2);
  }

  const out: string[] = [];
  const n = result.created.length;
  out.push(say.created(target, n, options.fromExample === true));
  if (result.skipped.length > 0) {
    out.push(say.skipped(result.skipped.length));
    for (const path of result.skipped) out.push(`  ${path}`);
  }
  out.push(say.nextSteps());
  if (target !== io.cwd) out.push(`  cd ${quoteArg(target)}`);
  if (!insideGit(target)) out.push(`  git init`);
  out.push(say.npmInstall(supSpec));
  out.push('  npx sup check');
  out.push(say.gitCommit());
  if (options.fromExample) {
    out.push(say.exampleYear());
  }
  io.stdout(out.join('\n') + '\n');
  return 0;
}

/** This installation packed, or the reason it cannot be, as a usage error. */
function pack(say: InitMessages): PackedTool {
  try {
    return packSelf();
  } catch (error) {
    if (!(error instanceof PackError)) throw error;
    throw new ExitError(error.reason === 'not-built' ? say.notBuilt(error.detail) : say.packFailed(error.detail), 2);
  }
}

/**
 * `sup init --uppdatera`: the repository's sup replaced with the running one (verktyg/sup-<version>.tgz,
 * older tarballs removed) or with --sup-spec, and package.json pointed at it. Nothing else is touched.
 */
function runUpdate(target: string, options: InitCommandOptions, say: InitMessages, io: CliIo): number {
  if (options.fromExample || options.force) {
    throw new ExitError(say.updateAlone(), 2);
  }
  if (options.supSpec !== undefined && options.supSpec.trim() === '') throw new ExitError(say.emptySpec(), 2);
  if (folderState(target) !== 'folder') throw new ExitError(say.notAFolder(target), 2);
  const tool = options.supSpec === undefined ? pack(say) : undefined;
  const spec = options.supSpec ?? tool!.spec;
  const plan = planToolUpdate(new WorktreeSource(target), spec, tool?.path);
  if (isUpdateProblem(plan)) throw new ExitError(updateProblemMessage(plan, say), 2);
  const writer = new ConfinedWriter(target);
  try {
    if (tool) writer.write(tool.path, tool.content);
    // Only if nobody changed package.json since it was read; the tarball is written first so package.json never names a missing file.
    writer.replace('package.json', plan.after, plan.before);
    for (const old of plan.remove) writer.remove(old);
  } catch (error) {
    if (error instanceof ConfinedWriteError) {
      throw new ExitError(say.refusedUpdate(error.path, error.reason === 'link'), 2);
    }
    throw new ExitError(say.cannotWrite(target, (error as Error).message), 2);
  }
  const out: string[] = [];
  const from = plan.oldSpec ?? say.missingSpec();
  out.push(say.updated(target, from, spec));
  for (const old of plan.remove) out.push(say.removed(old));
  out.push(say.updateNext());
  io.stdout(out.join('\n') + '\n');
  return 0;
}

/** Says what is wrong with package.json, and where. */
function updateProblemMessage(p: ToolUpdateProblem, say: InitMessages): string {
  const at = p.line !== undefined ? `${p.file}:${p.line}:${p.column}` : p.file;
  switch (p.problem) {
    case 'missing':
      return say.packageMissing();
    case 'unreadable':
      return say.packageUnreadable(p.detail ?? '');
    case 'invalid-json':
      return say.packageInvalid(at, p.detail);
    case 'not-object':
      return say.packageNotObject(at);
    case 'not-string':
      return say.packageNotString(at);
  }
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
