import type { Catalogue } from '../messages/catalogue.js';
import { phrase } from '../messages/catalogue.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Project } from '../load/project.js';
import { locate, positionAt } from '../load/source-file.js';
import type { Finding, Rule } from './rule.js';

/** Runs each rule and stamps its id and severity on what it reports, with positions from the YAML nodes. */
export function runRules(project: Project, rules: readonly Rule[], msg: Catalogue, today: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    const report = (f: Finding) => diagnostics.push(toDiagnostic(rule, f));
    rule.run({ project, msg, say: (id, ...data) => phrase(msg, id, ...data), today, report });
  }
  return diagnostics;
}

function toDiagnostic(rule: Rule, f: Finding): Diagnostic {
  const span = f.offsets
    ? { start: positionAt(f.file, f.offsets.start), end: f.offsets.end === undefined ? undefined : positionAt(f.file, f.offsets.end) }
    : locate(f.file, f.path, f.target);
  const d: Diagnostic = { ruleId: rule.id, severity: rule.severity, message: f.message, file: f.file.path, start: span.start };
  if (f.messageId !== undefined) d.messageId = f.messageId;
  if (f.data !== undefined) d.data = f.data;
  if (span.end) d.end = span.end;
  if (f.entityId) d.entityId = f.entityId;
  if (f.hint) d.hint = f.hint;
  if (f.related?.length) {
    d.related = f.related.map((r) => ({
      message: r.message,
      ...(r.messageId !== undefined ? { messageId: r.messageId } : {}),
      ...(r.data !== undefined ? { data: r.data } : {}),
      file: r.file.path,
      start: locate(r.file, r.path, r.target).start,
    }));
  }
  return d;
}
