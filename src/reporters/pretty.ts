import { codeFrameColumns } from '@babel/code-frame';
import { Chalk } from 'chalk';
import type { Lang } from '../messages/catalogue.js';
import type { Diagnostic, Summary } from '../model/diagnostic.js';
import { escapeTerminal as t, escapeTerminalFrame } from '../util/escape.js';

export interface PrettyOptions {
  color: boolean;
  lang: Lang;
  /** The text of a file by its project-relative path, for code frames. */
  source?: (file: string) => string | undefined;
}

const NO_FRAME = new Set(['file/encoding', 'file/nul', 'file/read', 'file/too-large', 'file/empty']);

const LABELS = {
  sv: { error: 'fel', warning: 'varning', info: 'info', hint: 'Tips', related: 'Se även' },
  en: { error: 'error', warning: 'warning', info: 'info', hint: 'Hint', related: 'See also' },
};

/**
 * Text for a person: one line per finding as `file:line:column  severity  message  ruleId`,
 * grouped by file, a code frame under each error, and a closing summary line.
 */
export function formatPretty(diagnostics: readonly Diagnostic[], summary: Summary, options: PrettyOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const labels = LABELS[options.lang];
  const lines: string[] = [];
  let currentFile: string | undefined;
  for (const d of diagnostics) {
    if (d.file !== currentFile) {
      if (currentFile !== undefined) lines.push('');
      currentFile = d.file;
    }
    const where = `${t(d.file)}:${d.start.line}:${d.start.column}`;
    const severity =
      d.severity === 'error' ? c.red(labels.error) : d.severity === 'warning' ? c.yellow(labels.warning) : c.blue(labels.info);
    lines.push(`${c.bold(where)}  ${severity}  ${t(d.message)}  ${c.dim(t(d.ruleId))}`);
    // A frame of an undecodable or binary file shows only noise.
    if (d.severity === 'error' && !NO_FRAME.has(d.ruleId)) {
      const frame = codeFrame(d, options);
      if (frame) lines.push(indent(frame));
    }
    if (d.hint && !d.message.includes(d.hint)) lines.push(`    ${c.cyan(labels.hint)}: ${t(d.hint)}`);
    for (const r of d.related ?? []) {
      lines.push(`    ${c.dim(`${labels.related}: ${t(r.file)}${r.start ? `:${r.start.line}:${r.start.column}` : ''} (${t(r.message)})`)}`);
    }
  }
  if (lines.length > 0) lines.push('');
  lines.push(summaryLine(summary, options.lang, c));
  return lines.join('\n') + '\n';
}

function codeFrame(d: Diagnostic, options: PrettyOptions): string | undefined {
  const text = options.source?.(d.file);
  if (!text) return undefined;
  // A span over a whole mapping (a missing field) would repeat the whole block: mark only its start.
  const short = d.end && d.end.line - d.start.line <= 2 && (d.end.line > d.start.line || d.end.column > d.start.column);
  const location = { start: d.start, ...(short ? { end: d.end } : {}) };
  const frame = codeFrameColumns(text.replace(/\r\n?/g, '\n'), location, {
    highlightCode: false,
    forceColor: false,
    linesAbove: 1,
    linesBelow: 1,
  });
  // The file's own lines stay lines; anything else in them (ESC, a lone CR, U+2028) is shown, not obeyed.
  return escapeTerminalFrame(frame);
}

function indent(block: string): string {
  return block
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}

function summaryLine(s: Summary, lang: Lang, c: InstanceType<typeof Chalk>): string {
  const files = lang === 'sv' ? `${s.files} ${s.files === 1 ? 'fil' : 'filer'}` : `${s.files} ${s.files === 1 ? 'file' : 'files'}`;
  const warnings =
    lang === 'sv' ? `${s.warnings} ${s.warnings === 1 ? 'varning' : 'varningar'}` : `${s.warnings} ${s.warnings === 1 ? 'warning' : 'warnings'}`;
  const errors = lang === 'sv' ? `${s.errors} fel` : `${s.errors} ${s.errors === 1 ? 'error' : 'errors'}`;
  if (s.errors > 0) return c.red.bold(lang === 'sv' ? `✖ ${errors} och ${warnings} i ${files}.` : `✖ ${errors} and ${warnings} in ${files}.`);
  if (s.warnings > 0) return c.yellow.bold(lang === 'sv' ? `⚠ Inga fel, ${warnings} i ${files}.` : `⚠ No errors, ${warnings} in ${files}.`);
  return c.green.bold(lang === 'sv' ? `✔ Inga fel i ${files}.` : `✔ No problems in ${files}.`);
}
