import type { Lang } from '../messages/catalogue.js';
import { summarize } from '../model/diagnostic.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { formatPretty } from '../reporters/pretty.js';
import type { EditOutcome } from '../edit/commit.js';
import { editMsg } from '../messages/edit.js';
import { escapeTerminal as t } from '../util/escape.js';

export interface FormattedOutcome {
  /** 0 written or nothing to do, 1 refused, 2 the file system failed. */
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The text and exit code for an edit's outcome: what was done on standard out, a refusal or failure
 * on standard error with the findings that caused it, each with a code frame of the changed file.
 */
export function formatOutcome(outcome: EditOutcome, options: { command: string; lang: Lang; color: boolean; created?: boolean }): FormattedOutcome {
  const msg = editMsg(options.lang);
  // An outcome's message and details name files, ids and values from the data: shown, never obeyed.
  const prefix = (message: string) => (message.startsWith('sup:') ? t(message) : `${options.command}: ${t(message)}`);
  const pretty = (diagnostics: readonly Diagnostic[], source?: (path: string) => string | undefined) =>
    formatPretty(diagnostics, summarize(diagnostics, new Set(diagnostics.map((d) => d.file)).size), { color: options.color, lang: options.lang, source });
  switch (outcome.status) {
    case 'written': {
      let stdout = `${t(outcome.message)}\n`;
      for (const line of outcome.details ?? []) stdout += `  ${t(line)}\n`;
      if (outcome.warnings.length > 0) {
        stdout += `\n${options.created ? msg.createdWarnings() : msg.newWarnings()}\n\n${pretty(outcome.warnings, outcome.source)}`;
      }
      return { code: 0, stdout, stderr: '' };
    }
    case 'unchanged':
      return { code: 0, stdout: `${t(outcome.message)}\n`, stderr: '' };
    case 'refused': {
      let stderr = `${prefix(outcome.message)}\n`;
      for (const line of outcome.details ?? []) stderr += `  ${t(line)}\n`;
      if (outcome.diagnostics && outcome.diagnostics.length > 0) stderr += `\n${pretty(outcome.diagnostics, outcome.source)}`;
      return { code: 1, stdout: '', stderr };
    }
    case 'failed':
      return { code: 2, stdout: '', stderr: `${prefix(outcome.message)}\n` };
  }
}
