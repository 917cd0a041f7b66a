import { createHash } from 'node:crypto';
import type { Lang } from '../messages/catalogue.js';
import type { Diagnostic, Summary } from '../model/diagnostic.js';
import { escapeMarkdownText, escapeWorkflowData, escapeWorkflowProperty, markdownCode, neutraliseWorkflowCommands } from '../util/escape.js';
import { formatPretty } from './pretty.js';

/** GitHub shows at most this many annotations of each kind (error, warning, notice) per step. */
export const ANNOTATIONS_PER_KIND = 10;

export interface GithubOptions {
  lang: Lang;
  /** Project-relative paths of the files the change touches; findings in them come first. */
  changedFiles?: ReadonlySet<string>;
  /**
   * The project root relative to the top of the git repository ("" or "sub/dir", POSIX), put in
   * front of each annotation's file so that GitHub finds the file in the repository.
   */
  pathPrefix?: string;
  /** The text of a file by its project-relative path, for the code frames in the full report. */
  source?: (file: string) => string | undefined;
  /** Rows at most in the step summary's table of findings (default 100). */
  maxRows?: number;
}

const TEXT = {
  sv: {
    hint: 'Tips',
    related: 'Se även',
    error: (n: number) => `${n} fel`,
    warning: (n: number) => `${n} ${n === 1 ? 'varning' : 'varningar'}`,
    info: (n: number) => `${n} info`,
    and: 'och',
    more: (counts: string) => `${counts} till visas inte som anteckningar här. Hela rapporten står i loggen för steget.`,
    severity: { error: 'Fel', warning: 'Varning', info: 'Info' },
    countsHead: '| Allvarlighet | Antal |',
    countRows: ['Fel', 'Varningar', 'Info'],
    findingsHead: '| Allvarlighet | Plats | Regel | Meddelande |',
    changedFirst: 'Fynd i filer som ändringen rör står först.',
    truncated: (shown: number, total: number) => `Tabellen visar ${shown} av ${total} fynd. Hela rapporten står i loggen för steget.`,
  },
  en: {
    hint: 'Hint',
    related: 'See also',
    error: (n: number) => `${n} ${n === 1 ? 'error' : 'errors'}`,
    warning: (n: number) => `${n} ${n === 1 ? 'warning' : 'warnings'}`,
    info: (n: number) => `${n} info`,
    and: 'and',
    more: (counts: string) => `${counts} more are not shown as annotations here. The full report is in the log of this step.`,
    severity: { error: 'Error', warning: 'Warning', info: 'Info' },
    countsHead: '| Severity | Count |',
    countRows: ['Errors', 'Warnings', 'Info'],
    findingsHead: '| Severity | Location | Rule | Message |',
    changedFirst: 'Findings in the files the change touches come first.',
    truncated: (shown: number, total: number) => `The table shows ${shown} of ${total} findings. The full report is in the log of this step.`,
  },
};

/**
 * GitHub Actions workflow commands: an annotation per finding, at most ten of each kind with the
 * findings in changed files first, a notice counting what did not fit, and then the full plain
 * report for the log (with workflow commands stopped, so nothing in it can be taken for one).
 */
export function formatGithub(diagnostics: readonly Diagnostic[], summary: Summary, options: GithubOptions): string {
  const text = TEXT[options.lang];
  const ordered = prioritize(diagnostics, options.changedFiles);
  const total = { error: 0, warning: 0, info: 0 };
  for (const d of ordered) total[kind(d)]++;
  const over = (n: number, cap: number) => Math.max(0, n - cap);
  // The closing notice takes one of the ten notice slots when it is needed.
  let noticeCap = ANNOTATIONS_PER_KIND;
  if (over(total.error, ANNOTATIONS_PER_KIND) + over(total.warning, ANNOTATIONS_PER_KIND) + over(total.info, noticeCap) > 0) noticeCap--;
  const cap = { error: ANNOTATIONS_PER_KIND, warning: ANNOTATIONS_PER_KIND, info: noticeCap };
  const shown = { error: 0, warning: 0, info: 0 };
  const lines: string[] = [];
  for (const d of ordered) {
    const k = kind(d);
    if (shown[k] >= cap[k]) continue;
    shown[k]++;
    lines.push(annotation(d, options));
  }
  const rest = { error: total.error - shown.error, warning: total.warning - shown.warning, info: total.info - shown.info };
  if (rest.error + rest.warning + rest.info > 0) {
    const parts = [text.error(rest.error), text.warning(rest.warning)];
    if (rest.info > 0) parts.push(text.info(rest.info));
    lines.push(`::notice::${escapeData(text.more(joinList(parts, text.and)))}`);
  }
  // Inside stop-commands nothing is a command; neutralising the report's lines as well costs nothing.
  const report = neutraliseWorkflowCommands(formatPretty(diagnostics, summary, { color: false, lang: options.lang, source: options.source }));
  const token = `sup-${createHash('sha256').update(report).digest('hex').slice(0, 16)}`;
  lines.push(`::stop-commands::${token}`);
  return lines.join('\n') + '\n' + report + `::${token}::\n`;
}

/**
 * Markdown for the job summary (GITHUB_STEP_SUMMARY): the closing line, counts per severity and a
 * table of findings (changed files first), cut at `maxRows` rows with a line saying so.
 */
export function formatGithubSummary(diagnostics: readonly Diagnostic[], summary: Summary, options: GithubOptions): string {
  const text = TEXT[options.lang];
  const maxRows = Math.max(0, options.maxRows ?? 100);
  const out: string[] = ['## sup check', '', formatPretty([], summary, { color: false, lang: options.lang }).trim(), ''];
  out.push(text.countsHead, '| --- | ---: |');
  out.push(`| ${text.countRows[0]} | ${summary.errors} |`, `| ${text.countRows[1]} | ${summary.warnings} |`, `| ${text.countRows[2]} | ${summary.infos} |`, '');
  if (diagnostics.length > 0) {
    const ordered = prioritize(diagnostics, options.changedFiles);
    if (options.changedFiles && options.changedFiles.size > 0) out.push(text.changedFirst, '');
    out.push(text.findingsHead, '| --- | --- | --- | --- |');
    for (const d of ordered.slice(0, maxRows)) {
      const where = `${d.file}:${d.start?.line ?? 1}:${d.start?.column ?? 1}`;
      out.push(`| ${text.severity[kind(d)]} | ${code(where)} | ${code(d.ruleId)} | ${cell(d.message)} |`);
    }
    out.push('');
    if (ordered.length > maxRows) out.push(text.truncated(maxRows, ordered.length), '');
  }
  return out.join('\n');
}

/** Escapes a workflow command's message as GitHub's toolkit does (kept for callers; see util/escape.ts). */
export const escapeData = escapeWorkflowData;

/** Escapes a workflow command's property value as GitHub's toolkit does (kept for callers; see util/escape.ts). */
export const escapeProperty = escapeWorkflowProperty;

function kind(d: Diagnostic): 'error' | 'warning' | 'info' {
  return d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'info';
}

/** Findings in changed files first, then by severity; otherwise in the order given (a stable sort). */
function prioritize(diagnostics: readonly Diagnostic[], changed: ReadonlySet<string> | undefined): Diagnostic[] {
  const rank = { error: 0, warning: 1, info: 2 };
  return diagnostics
    .map((d, i) => ({ d, i, c: changed?.has(d.file) ? 0 : 1 }))
    .sort((a, b) => a.c - b.c || rank[kind(a.d)] - rank[kind(b.d)] || a.i - b.i)
    .map((x) => x.d);
}

function annotation(d: Diagnostic, options: GithubOptions): string {
  const text = TEXT[options.lang];
  const command = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
  const prefix = options.pathPrefix ? options.pathPrefix.replace(/\/+$/, '') + '/' : '';
  const props: [string, string][] = [['file', prefix + d.file]];
  if (d.start) {
    props.push(['line', String(d.start.line)]);
    // GitHub takes columns only for an annotation on a single line.
    const oneLine = !d.end || d.end.line === d.start.line;
    if (oneLine) props.push(['col', String(d.start.column)]);
    if (d.end) {
      props.push(['endLine', String(d.end.line)]);
      if (oneLine) props.push(['endColumn', String(d.end.column)]);
    }
  }
  props.push(['title', d.ruleId]);
  const message = [d.message];
  if (d.hint && !d.message.includes(d.hint)) message.push(`${text.hint}: ${d.hint}`);
  for (const r of d.related ?? []) {
    message.push(`${text.related}: ${r.file}${r.start ? `:${r.start.line}:${r.start.column}` : ''} (${r.message})`);
  }
  return `::${command} ${props.map(([k, v]) => `${k}=${escapeProperty(v)}`).join(',')}::${escapeData(message.join('\n'))}`;
}

function joinList(parts: string[], and: string): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`;
}

const CELL_MAX = 500;

/** Text for a Markdown table cell: not too long, then escaped as any data in a PR comment. */
function cell(s: string): string {
  const chars = [...s.replace(/\s+/g, ' ').trim()];
  return escapeMarkdownText(chars.length > CELL_MAX ? chars.slice(0, CELL_MAX - 1).join('') + '…' : s);
}

/** A code span in a table cell; one that would be too long is escaped text instead. */
function code(s: string): string {
  return [...s].length <= 200 ? markdownCode(s, true) : cell(s);
}
