import type { Diagnostic } from '../model/diagnostic.js';
import { entitiesOf, field, num } from '../load/project.js';
import type { Project } from '../load/project.js';
import type { DocumentKind } from './build-document.js';

/** Findings that mean a text is not written yet: filler left from templates/ny/, or an entry left "". */
export const UNFINISHED_RULES = ['text/filler', 'report/empty'];

/**
 * The places in the files that make up the document of `year` that are not finished: what a
 * non-draft render refuses. Files of another year's plan do not count; the annual report only for
 * the årsredovisning.
 */
export function unfinishedPlaces(project: Project, diagnostics: readonly Diagnostic[], kind: DocumentKind, year: number): Diagnostic[] {
  const plan = entitiesOf(project, 'verksamhetsplan').find((p) => num(p.data, 'år') === year);
  if (!plan) return [];
  const ours = new Set<string>();
  for (const e of project.entities) {
    const bound = field(e.data, 'verksamhetsplan');
    if (e.kind === 'verksamhetsplan') {
      if (e === plan) ours.add(e.file.path);
    } else if (e.kind === 'årsredovisning') {
      if (bound === plan.id && kind === 'årsredovisning') ours.add(e.file.path);
    } else if (bound === undefined || bound === plan.id) {
      ours.add(e.file.path);
    }
  }
  return diagnostics.filter((d) => UNFINISHED_RULES.includes(d.ruleId) && ours.has(d.file));
}
