import { existsSync, statSync } from 'node:fs';
import { JS_YAML_OPTIONS } from '../load/parse-yaml.js';
import { commandMessages } from '../messages/cli-commands.js';
import { resolve } from 'node:path';
import { WorktreeSource } from '../source/worktree-source.js';
import jsYaml from 'js-yaml';
import type { Lang } from '../messages/catalogue.js';
import { catalogue, isLang } from '../messages/catalogue.js';
import { CONFIG_FILE, findRoot } from '../load/find-root.js';
import type { CliIo } from './io.js';
import { ExitError } from './io.js';
import { isIsoDate } from '../util/text.js';
import { cliMessages } from '../messages/cli.js';
import { escapeTerminal } from '../util/escape.js';

export interface GlobalOptions {
  C?: string;
  lang?: string;
}

/**
 * The language: --lang, else `språk` in the project's sup.yaml, else an English
 * LC_ALL / LC_MESSAGES / LANG, else Swedish.
 */
export function chooseLang(options: GlobalOptions, io: CliIo): Lang {
  if (options.lang !== undefined) {
    if (!isLang(options.lang)) throw new ExitError(commandMessages('sv').badLang(options.lang), 2);
    return options.lang;
  }
  const root = findRoot(options.C !== undefined ? resolve(io.cwd, options.C) : io.cwd);
  const projectLang = root ? readProjectLang(root) : undefined;
  if (projectLang) return projectLang;
  const locale = io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG || '';
  return /^en([_.@-]|$)/i.test(locale) ? 'en' : 'sv';
}

/** The `språk` of a project's sup.yaml, if it is readable and sets one; sup check reports anything else. */
function readProjectLang(root: string): Lang | undefined {
  try {
    // Read like every project file: a sup.yaml that is a link out of the project, a FIFO or huge is not read here.
    const read = new WorktreeSource(root).read(CONFIG_FILE, 'config');
    if (!read.ok) return undefined;
    const data = jsYaml.load(read.bytes.toString('utf8'), JS_YAML_OPTIONS) as { språk?: unknown } | null;
    return isLang(data?.språk) ? data.språk : undefined;
  } catch {
    return undefined;
  }
}

/** Checks a --today value (YYYY-MM-DD) and ends the run with a usage error otherwise. */
export function checkTodayOption(command: string, today: string | undefined, lang: Lang): void {
  if (today !== undefined && !isIsoDate(today)) throw new ExitError(cliMessages(lang).today(command, today), 2);
}

/** The project root: the nearest folder at or above the working directory (or -C DIR) that holds sup.yaml. */
export function chooseRoot(options: GlobalOptions, io: CliIo, lang: Lang): string {
  const start = options.C !== undefined ? resolve(io.cwd, options.C) : io.cwd;
  if (!existsSync(start) || !statSync(start).isDirectory()) {
    throw new ExitError(commandMessages(lang).noFolder(start), 2);
  }
  const root = findRoot(start);
  if (!root) throw new ExitError(`sup: ${catalogue(lang)['run/no-root']({ cwd: escapeTerminal(start) })}`, 2);
  return root;
}
