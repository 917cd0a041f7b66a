/** A 1-based line and column in a file. */
export interface Position {
  line: number;
  column: number;
}

export type Severity = 'error' | 'warning' | 'info';

/** A second place that a diagnostic points at ("först definierad här"). */
export interface RelatedLocation {
  message: string;
  file: string;
  start?: Position;
}

/** One finding, as plain data. Reporters turn these into text. */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
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

/** Orders diagnostics by file, then position, then rule, so output is stable. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.start.line !== b.start.line) return a.start.line - b.start.line;
  if (a.start.column !== b.start.column) return a.start.column - b.start.column;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
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
