import type { Diagnostic, Summary } from '../model/diagnostic.js';

/** The documented JSON shape: diagnostics with 1-based positions and a summary, keys in a fixed order. */
export function formatJson(diagnostics: readonly Diagnostic[], summary: Summary): string {
  const out = {
    diagnostics: diagnostics.map((d) => {
      const o: Record<string, unknown> = {
        ruleId: d.ruleId,
        ...(d.messageId !== undefined ? { messageId: d.messageId } : {}),
        severity: d.severity,
        message: d.message,
        file: d.file,
        start: { line: d.start.line, column: d.start.column },
      };
      if (d.end) o.end = { line: d.end.line, column: d.end.column };
      if (d.entityId !== undefined) o.entityId = d.entityId;
      if (d.hint !== undefined) o.hint = d.hint;
      if (d.related?.length) {
        o.related = d.related.map((r) => (r.start ? { message: r.message, file: r.file, start: r.start } : { message: r.message, file: r.file }));
      }
      return o;
    }),
    summary: { errors: summary.errors, warnings: summary.warnings, files: summary.files },
  };
  return JSON.stringify(out) + '\n';
}
