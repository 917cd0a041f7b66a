import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang } from '../messages/catalogue.js';
import { catalogue } from '../messages/catalogue.js';
import { findRoot } from '../load/find-root.js';
import type { CliIo } from './io.js';
import { ExitError } from './io.js';

export interface GlobalOptions {
  C?: string;
  lang?: string;
}

/** The language: --lang, else an English LC_ALL / LC_MESSAGES / LANG, else Swedish. */
export function chooseLang(options: GlobalOptions, io: CliIo): Lang {
  if (options.lang !== undefined) {
    if (options.lang !== 'sv' && options.lang !== 'en') throw new ExitError(`sup: --lang ska vara sv eller en, inte "${options.lang}".`, 2);
    return options.lang;
  }
  const locale = io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG || '';
  return /^en([_.@-]|$)/i.test(locale) ? 'en' : 'sv';
}

/** The project root: the nearest folder at or above the working directory (or -C DIR) that holds sup.yaml. */
export function chooseRoot(options: GlobalOptions, io: CliIo, lang: Lang): string {
  const start = options.C !== undefined ? resolve(io.cwd, options.C) : io.cwd;
  if (!existsSync(start) || !statSync(start).isDirectory()) {
    throw new ExitError(lang === 'sv' ? `sup: mappen ${start} finns inte.` : `sup: the folder ${start} does not exist.`, 2);
  }
  const root = findRoot(start);
  if (!root) throw new ExitError(`sup: ${catalogue(lang)['run/no-root']({ cwd: start })}`, 2);
  return root;
}
