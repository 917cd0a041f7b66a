/** A 1-based line and column in a file. */
export interface Position {
  line: number;
  column: number;
}

export type Severity = 'error' | 'warning' | 'info';

/** A second place that a diagnostic points at ("först definierad här"). */
export interface RelatedLocation {
  message: string;
  messageId?: string;
  data?: unknown;
  file: string;
  start?: Position;
}

/** One finding, as plain data. Reporters turn these into text. */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  /** The message in the run's language; never compared, since it differs between languages. */
  message: string;
  /** The catalogue id of the message (src/messages/), as ESLint's findings carry one. */
  messageId?: string;
  /** The data the message was phrased from. */
  data?: unknown;
  file: string;
  start: Position;
  end?: Position;
  entityId?: string;
  hint?: string;
  related?: RelatedLocation[];
}

/** Counts shown in the closing summary line and in JSON output. */
export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  files: number;
}

/**
 * A finding's identity apart from its place and its language: rule, message id and data.
 * A message without an id (a few loader findings) is identified by its text.
 */
export function findingKey(d: Pick<Diagnostic, 'ruleId' | 'messageId' | 'data' | 'message'>): string {
  return d.messageId === undefined ? JSON.stringify([d.ruleId, null, d.message]) : JSON.stringify([d.ruleId, d.messageId, stableData(d.data)]);
}

/**
 * The findings of a file as one string, to tell whether they changed since the last check: JSON,
 * with big integers (exact budget sums, which JSON.stringify refuses) as text.
 */
export function findingsKey(list: unknown): string {
  return JSON.stringify(list, (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value));
}

/** Data as JSON with its keys sorted, and big integers (budget sums) as text. */
function stableData(value: unknown): unknown {
  if (typeof value === 'bigint') return `${value}n`;
  if (Array.isArray(value)) return value.map(stableData);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, stableData((value as Record<string, unknown>)[k])]),
    );
  }
  return value === undefined ? null : value;
}

/** Orders diagnostics by file, then position, then rule, message id and data, so output is stable in every language. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.start.line !== b.start.line) return a.start.line - b.start.line;
  if (a.start.column !== b.start.column) return a.start.column - b.start.column;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  const ka = findingKey(a);
  const kb = findingKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * The findings of `after` that `before` did not have, by file, severity and identity (findingKey),
 * not by position, since an edit moves the lines below it; a finding that occurs more often than
 * before counts as many times as it is new. The one comparison behind an edit's refusal and
 * `sup check --changed-since`.
 */
export function addedFindings<D extends Diagnostic>(before: readonly Diagnostic[], after: readonly D[]): D[] {
  const key = (d: Diagnostic) => `${d.file}\u0000${d.severity}\u0000${findingKey(d)}`;
  const counts = new Map<string, number>();
  for (const d of before) counts.set(key(d), (counts.get(key(d)) ?? 0) + 1);
  return after.filter((d) => {
    const left = counts.get(key(d)) ?? 0;
    if (left === 0) return true;
    counts.set(key(d), left - 1);
    return false;
  });
}

/** Counts errors, warnings and infos. */
export function summarize(diagnostics: readonly Diagnostic[], files: number): Summary {
  const summary: Summary = { errors: 0, warnings: 0, infos: 0, files };
  for (const d of diagnostics) {
    if (d.severity === 'error') summary.errors++;
    else if (d.severity === 'warning') summary.warnings++;
    else summary.infos++;
  }
  return summary;
}
