import { sourceText } from '../load/project.js';
import { checkProject } from '../check/check-project.js';
import type { CheckResult } from '../check/check-project.js';
import type { Lang } from '../messages/catalogue.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { addedFindings } from '../model/diagnostic.js';
import { OverlaySource } from '../source/overlay-source.js';
/** A file's new content, by its project-relative path (POSIX separators); null for a file removed. */
export interface FileChange {
  path: string;
  content: Buffer | null;
}

export interface ChangeCheck {
  /** The check of the project with the change applied. */
  result: CheckResult;
  /** Errors the change brings that the project did not have before. */
  addedErrors: Diagnostic[];
  /** Warnings the change brings. */
  addedWarnings: Diagnostic[];
  /** File texts after the change, for code frames. */
  source: (path: string) => string | undefined;
}

/**
 * Runs `sup check` on the project as it would be with the change, in memory: the changed files lie
 * over the project's own source, every other file is taken over from `before` as it was checked,
 * and the result is compared with `before`. Nothing is written anywhere.
 */
export function checkWithChange(before: CheckResult, changes: readonly FileChange[], options: { lang: Lang; today?: string }): ChangeCheck {
  const { data, undanta } = before.project.config;
  const overlay = new OverlaySource(before.project.source, new Map(changes.map((c) => [c.path, c.content])), { include: data, exclude: undanta, listing: before.listing });
  const result = checkProject({
    root: before.project.root,
    source: overlay,
    lang: options.lang,
    today: options.today,
    reuse: { before, changed: overlay.changed },
  });
  return {
    result,
    addedErrors: added(before.diagnostics, result.diagnostics, 'error'),
    addedWarnings: added(before.diagnostics, result.diagnostics, 'warning'),
    source: sourceText(result.project),
  };
}

/** The findings of `after` of one severity that `before` did not have (addedFindings, the one comparison). */
function added(before: readonly Diagnostic[], after: readonly Diagnostic[], severity: Diagnostic['severity']): Diagnostic[] {
  return addedFindings(
    before.filter((d) => d.severity === severity),
    after.filter((d) => d.severity === severity),
  );
}
