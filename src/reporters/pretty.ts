import { codeFrameColumns } from '@babel/code-frame';
import { Chalk } from 'chalk';
import type { Lang } from '../messages/catalogue.js';
import { summarySentence } from '../messages/reporters.js';
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
  // Each file's lines are split once: thousands of findings in one file must not split it thousands of times.
  const fileLines = new Map<string, string[] | undefined>();
  const linesOf = (file: string) => {
    if (!fileLines.has(file)) fileLines.set(file, options.source?.(file)?.replace(/\r\n?/g, '\n').split('\n'));
    return fileLines.get(file);
  };
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
      const frame = codeFrame(d, linesOf(d.file));
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

function codeFrame(d: Diagnostic, fileLines: readonly string[] | undefined): string | undefined {
  if (!fileLines || (fileLines.length === 1 && fileLines[0] === '')) return undefined;
  // A span over a whole mapping (a missing field) would repeat the whole block: mark only its start.
  const short = d.end && d.end.line - d.start.line <= 2 && (d.end.line > d.start.line || d.end.column > d.start.column);
  const excerpt = frameExcerpt(fileLines, d.start, short ? d.end : undefined);
  const frame = codeFrameColumns(excerpt.text, excerpt.location, {
    highlightCode: false,
    forceColor: false,
    linesAbove: 1,
    linesBelow: 1,
  });
  // The file's own lines stay lines; anything else in them (ESC, a lone CR, U+2028) is shown, not obeyed.
  return escapeTerminalFrame(frame);
}

/** How much of a line a code frame shows around the marked column. */
const FRAME_WIDTH = 160;

/**
 * The text a code frame needs, cut to size: the lines around the finding (the others left empty, so
 * the line numbers stay right) and, where the line is long, a window of it around the column with
 * the columns moved to match. A 4 MB line in a hostile file must not be printed whole in every frame.
 */
function frameExcerpt(
  lines: readonly string[],
  start: { line: number; column: number },
  end: { line: number; column: number } | undefined,
): { text: string; location: { start: { line: number; column: number }; end?: { line: number; column: number } } } {
  const first = Math.max(0, start.line - 2);
  const last = Math.min(lines.length - 1, (end?.line ?? start.line) );
  const from = Math.max(0, start.column - 1 - FRAME_WIDTH / 2);
  const cut = (line: string) => {
    if (line.length <= FRAME_WIDTH && from === 0) return line;
    return (from > 0 ? '…' : '') + line.slice(from, from + FRAME_WIDTH) + (line.length > from + FRAME_WIDTH ? '…' : '');
  };
  const shift = (p: { line: number; column: number }) => ({ line: p.line, column: Math.max(1, p.column - from + (from > 0 ? 1 : 0)) });
  // Lines before the frame stay (empty) so the numbers are right; those after the line below it are not needed.
  const shown = lines.slice(0, last + 2).map((line, i) => (i < first || i > last ? '' : cut(line)));
  const location = end && end.line === start.line ? { start: shift(start), end: shift(end) } : { start: shift(start), ...(end ? { end: { line: end.line, column: Math.min(end.column, FRAME_WIDTH) } } : {}) };
  return { text: shown.join('\n'), location };
}

function indent(block: string): string {
  return block
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}

function summaryLine(s: Summary, lang: Lang, c: InstanceType<typeof Chalk>): string {
  const { tone, text } = summarySentence(lang, s);
  return tone === 'errors' ? c.red.bold(text) : tone === 'warnings' ? c.yellow.bold(text) : c.green.bold(text);
}
