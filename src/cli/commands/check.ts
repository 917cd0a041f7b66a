import { sourceText } from '../../load/project.js';
import { commandMessages } from '../../messages/cli-commands.js';
import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ChangedSinceError, checkChangedSince, projectPrefix, pullRequestFiles } from '../../check/changed-since.js';
import { checkProject } from '../../check/check-project.js';
import type { CheckResult } from '../../check/check-project.js';
import { FILE_RULE_IDS, RULES } from '../../check/rules/index.js';
import type { Lang } from '../../messages/catalogue.js';
import { FILE_RULE_SEVERITIES } from '../../messages/rule-descriptions.js';
import { formatGithub, formatGithubSummary } from '../../reporters/github.js';
import { formatJson } from '../../reporters/json.js';
import { formatJunit } from '../../reporters/junit.js';
import { formatPretty } from '../../reporters/pretty.js';
import { formatSarif } from '../../reporters/sarif.js';
import type { SarifRule } from '../../reporters/sarif.js';
import type { CliIo } from '../io.js';
import { ExitError, useColor } from '../io.js';
import { checkTodayOption, chooseLang, chooseRoot } from '../context.js';
import { cliMessages } from '../../messages/cli.js';
import type { GlobalOptions } from '../context.js';
import { VERSION } from '../../version.js';
import { takeInterrupts } from '../../util/cleanup.js';

export { CHECK_FORMATS } from '../../reporters/check-formats.js';
import { CHECK_FORMATS, isCheckFormat } from '../../reporters/check-formats.js';
import type { CheckFormat } from '../../reporters/check-formats.js';

export interface CheckCommandOptions {
  format: string;
  strict?: boolean;
  today?: string;
  changedSince?: string;
  /** False with --no-cache: check every file afresh instead of reusing .sup-cache/. */
  cache?: boolean;
  /** Stay running and check again after every change (pretty output only). */
  watch?: boolean;
}

/** `sup check`: validates every data file and the relations between them. */
export async function runCheck(global: GlobalOptions, options: CheckCommandOptions, io: CliIo): Promise<number> {
  const lang = chooseLang(global, io);
  const format = options.format;
  if (!isCheckFormat(format)) throw new ExitError(cliMessages(lang).formatChoice('sup check', CHECK_FORMATS, format), 2);
  checkTodayOption('sup check', options.today, lang);
  const root = chooseRoot(global, io, lang);
  if (options.watch) {
    if (options.format !== 'pretty' || options.changedSince !== undefined) {
      throw new ExitError(commandMessages(lang).watchAlone(), 2);
    }
    const { watchCheck } = await import('./check-watch.js');
    const stop = new AbortController();
    // Ctrl-C ends the watch cleanly: the watchers are closed and the last check's exit code returned.
    const release = takeInterrupts(() => stop.abort());
    try {
      return await watchCheck({ root, lang, today: options.today, strict: options.strict, signal: stop.signal }, io);
    } finally {
      release();
    }
  }
  let result: CheckResult;
  let changed: Set<string> | undefined;
  if (options.changedSince !== undefined) {
    const since = options.changedSince;
    try {
      const r = await checkChangedSince({ root, lang, today: options.today, cache: options.cache !== false, since });
      result = r;
      changed = new Set(r.changedFiles);
      if (r.omitted > 0) io.stderr(omittedNote(r.omitted, since, lang));
    } catch (error) {
      if (error instanceof ChangedSinceError) throw new ExitError(changedSinceMessage(error, since, root, lang), 2);
      throw error;
    }
  } else {
    result = checkProject({ root, lang, today: options.today, cache: options.cache !== false });
  }
  const source = sourceText(result.project);
  const { diagnostics, summary } = result;
  // One formatter per name in CHECK_FORMATS: the Record type makes a missing or an extra one a compile error.
  const formatters: Record<CheckFormat, () => void> = {
    json: () => io.stdout(formatJson(diagnostics, summary)),
    sarif: () => io.stdout(formatSarif(diagnostics, summary, { lang, version: VERSION, rules: allRules(), rootUri: rootUri(root) })),
    junit: () => io.stdout(formatJunit(diagnostics, summary, { lang, files: result.project.files.map((f) => f.file.path), strict: options.strict })),
    github: () => {
      const baseRef = io.env.GITHUB_BASE_REF;
      if (changed === undefined && baseRef) {
        const files = pullRequestFiles(root, baseRef);
        changed = files ? new Set(files) : undefined;
      }
      const github = { lang, changedFiles: changed, pathPrefix: safePrefix(root), source };
      (io.stdoutWorkflowCommands ?? io.stdout)(formatGithub(diagnostics, summary, github));
      const summaryFile = io.env.GITHUB_STEP_SUMMARY;
      if (summaryFile) {
        try {
          appendFileSync(resolve(io.cwd, summaryFile), formatGithubSummary(diagnostics, summary, github));
        } catch (error) {
          // The check itself went fine; a summary that cannot be written is worth a word, not a failure.
          io.stderr(commandMessages(lang).stepSummary(summaryFile, (error as Error).message) + '\n');
        }
      }
    },
    pretty: () => io.stdout(formatPretty(diagnostics, summary, { color: useColor(io), lang, source })),
  };
  formatters[format]();
  const failing = summary.errors > 0 || (options.strict === true && summary.warnings > 0);
  return failing ? 1 : 0;
}

/** Every rule id with the severity it has unless sup.yaml changes it, file rules first. */
function allRules(): SarifRule[] {
  return [...FILE_RULE_IDS.map((id) => ({ id, severity: FILE_RULE_SEVERITIES[id] })), ...RULES.map((r) => ({ id: r.id, severity: r.severity }))];
}

function rootUri(root: string): string {
  const uri = pathToFileURL(root).href;
  return uri.endsWith('/') ? uri : uri + '/';
}

/** Where the project lies in its git repository, for annotation paths; the root itself outside git. */
function safePrefix(root: string): string {
  try {
    return projectPrefix(root);
  } catch {
    return '';
  }
}

function changedSinceMessage(error: ChangedSinceError, since: string, root: string, lang: Lang): string {
  const say = commandMessages(lang);
  switch (error.reason) {
    case 'git-missing':
      return say.changedSinceNoGit(error.message);
    case 'not-a-repository':
      return say.changedSinceNoRepository(root);
    default:
      return say.changedSinceUnknown(since);
  }
}

function omittedNote(n: number, since: string, lang: Lang): string {
  return commandMessages(lang).omitted(n, since);
}
