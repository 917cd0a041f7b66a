import { sourceText } from '../model/project.js';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkProject } from '../check/check-project.js';
import type { CheckResult } from '../check/check-project.js';
import { CONFIG_FILE } from '../load/find-root.js';
import type { Lang } from '../messages/catalogue.js';
import type { Diagnostic } from '../model/diagnostic.js';

/** A file's new content, by its project-relative path (POSIX separators). */
export interface FileChange {
  path: string;
  content: Buffer;
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
 * Runs `sup check` on the project as it would be with the change: the project's files are copied to a
 * temporary folder, the changed files written there, and the result compared with `before`.
 * The project itself is not touched.
 */
export function checkWithChange(root: string, before: CheckResult, changes: readonly FileChange[], options: { lang: Lang; today?: string }): ChangeCheck {
  const copy = mkdtempSync(join(tmpdir(), 'sup-edit-'));
  try {
    copyFileSync(join(root, CONFIG_FILE), join(copy, CONFIG_FILE));
    for (const checked of before.project.files) {
      const target = join(copy, checked.file.path);
      mkdirSync(dirname(target), { recursive: true });
      try {
        copyFileSync(checked.file.absPath, target);
      } catch {
        // A file that cannot be read now is left out; its read error was in `before` and goes away.
      }
    }
    for (const change of changes) {
      const target = join(copy, change.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, change.content);
    }
    const result = checkProject({ root: copy, lang: options.lang, today: options.today });
    const source = sourceText(result.project);
    return {
      result,
      addedErrors: added(before.diagnostics, result.diagnostics, 'error'),
      addedWarnings: added(before.diagnostics, result.diagnostics, 'warning'),
      source,
    };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/**
 * The diagnostics of `after` that `before` did not have, by file, rule and message (not by position,
 * since an edit moves the lines below it); a finding that occurs more often than before counts too.
 */
function added(before: readonly Diagnostic[], after: readonly Diagnostic[], severity: Diagnostic['severity']): Diagnostic[] {
  const key = (d: Diagnostic) => `${d.file}\u0000${d.ruleId}\u0000${d.message}`;
  const counts = new Map<string, number>();
  for (const d of before) if (d.severity === severity) counts.set(key(d), (counts.get(key(d)) ?? 0) + 1);
  return after.filter((d) => {
    if (d.severity !== severity) return false;
    const left = counts.get(key(d)) ?? 0;
    if (left > 0) {
      counts.set(key(d), left - 1);
      return false;
    }
    return true;
  });
}
