import { accessSync, constants, statSync } from 'node:fs';
import { join } from 'node:path';
import { ConfinedWriteError, ConfinedWriter } from '../source/confined-writer.js';
import { isDeepStrictEqual } from 'node:util';
import { checkProject } from '../check/check-project.js';
import type { CheckResult } from '../check/check-project.js';
import type { Lang } from '../messages/catalogue.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Entity } from '../load/project.js';
import { FileChangedError } from '../util/write-atomic.js';
import type { AtomicFs } from '../util/write-atomic.js';
import { checkWithChange } from './check-change.js';
import { readDataText, withYaml, yamlOf } from './data-text.js';
import { editMsg } from '../messages/edit.js';
import type { EditMessages } from '../messages/edit.js';
import { dataOf, EditError } from './yaml-edit.js';

/** Seams for tests; the CLI never sets them. */
export interface EditHooks {
  /** Runs after the new content is on disk beside the target, before the target is compared and replaced. */
  beforeCommit?: (absPath: string) => void;
  /** File-system calls of the writer, to simulate a failing disk. */
  fs?: Partial<AtomicFs>;
}

/** What an edit came to, as data: the command prints it and picks the exit code. */
export type EditOutcome =
  /** Written (exit 0); `warnings` are findings the change brought, worth knowing. */
  | { status: 'written'; message: string; details?: string[]; warnings: Diagnostic[]; source: (path: string) => string | undefined }
  /** Nothing to do (exit 0). */
  | { status: 'unchanged'; message: string }
  /** Refused because of the request or the data (exit 1); nothing was written. */
  | { status: 'refused'; message: string; details?: string[]; diagnostics?: Diagnostic[]; source?: (path: string) => string | undefined }
  /** The file system did not let it happen (exit 2); nothing was changed. */
  | { status: 'failed'; message: string };

/** A loaded project and what an edit needs alongside it. */
export interface EditSession {
  root: string;
  lang: Lang;
  today?: string;
  msg: EditMessages;
  /** The project as it is, checked: for finding entities and as the "before" of every change. */
  before: CheckResult;
  hooks: EditHooks;
}

/** Loads and checks the project once, for one edit. */
export function openSession(root: string, lang: Lang, options: { today?: string; hooks?: EditHooks } = {}): EditSession {
  return { root, lang, today: options.today, msg: editMsg(lang), before: checkProject({ root, lang, today: options.today, cache: true }), hooks: options.hooks ?? {} };
}

/**
 * Changes the YAML of the file that holds `entity`: reads the bytes, applies `change` to the YAML
 * text, checks the whole project with the result in memory, and writes atomically only if the
 * change brings no new error and the file has not changed on disk meanwhile.
 */
export function changeEntityFile(session: EditSession, entity: Entity, change: (yaml: string) => string, doneMessage: string | (() => string)): EditOutcome {
  const done = () => (typeof doneMessage === 'string' ? doneMessage : doneMessage());
  const { msg } = session;
  const file = entity.file.path;
  // A data file may be a link inside the project: the file it points to is the one to change.
  const source = session.before.project.source;
  const resolved = source.resolve(file);
  const read = resolved.ok ? source.read(resolved.path, 'data') : resolved;
  if (!resolved.ok || !read.ok) {
    const problem = read.ok ? 'missing' : read.problem;
    return { status: 'failed', message: msg.readFailed(file, problem, problem) };
  }
  const target = resolved.path;
  const bytes = read.bytes;
  let mode: number;
  try {
    mode = statSync(join(session.root, target)).mode & 0o7777;
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return { status: 'failed', message: msg.readFailed(file, e.code, String(e.message)) };
  }
  const text = readDataText(bytes, file);
  if ('problem' in text) return { status: 'refused', message: text.problem === 'encoding' ? msg.encoding(file) : msg.frontmatter(file) };
  const yaml = yamlOf(text);
  let changed: string;
  try {
    changed = change(yaml);
  } catch (error) {
    if (error instanceof EditError) return editErrorOutcome(msg, file, error);
    throw error;
  }
  if (changed === yaml) return { status: 'unchanged', message: done() };
  const content = withYaml(text, changed);
  if (isReadOnly(join(session.root, target), mode)) return { status: 'failed', message: msg.readOnly(file) };

  const check = checkWithChange(session.before, [{ path: file, content }], { lang: session.lang, today: session.today });
  // The loader must read the new file exactly as the editor meant it (same frontmatter, same values).
  const loaded = check.result.project.files.find((f) => f.file.path === file);
  if (!loaded || !isDeepStrictEqual(loaded.file.data, dataOf(changed))) return { status: 'failed', message: msg.verify(file) };
  if (check.addedErrors.length > 0) {
    return { status: 'refused', message: msg.refusedErrors(), diagnostics: check.addedErrors, source: check.source };
  }
  const failure = commitReplace(session, target, file, content, bytes, mode);
  if (failure) return failure;
  return { status: 'written', message: done(), warnings: check.addedWarnings, source: check.source };
}

/** Writes `content` over `target` (project-relative) if it still holds `expected`; returns the outcome when it could not. */
function commitReplace(session: EditSession, target: string, file: string, content: Buffer, expected: Buffer, mode: number): EditOutcome | undefined {
  const { msg, hooks } = session;
  const writer = new ConfinedWriter(session.root);
  const abs = join(writer.root, target);
  try {
    writer.replace(target, content, expected, {
      mode,
      fs: hooks.fs,
      beforeCommit: hooks.beforeCommit ? () => hooks.beforeCommit!(abs) : undefined,
    });
    return undefined;
  } catch (error) {
    if (error instanceof FileChangedError) return { status: 'refused', message: msg.changed(file) };
    if (error instanceof ConfinedWriteError) return { status: 'failed', message: msg.writeFailed(file, error.reason, error.reason) };
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'ENOENT' && e.syscall === 'open' && e.path === abs) return { status: 'refused', message: msg.changed(file) };
    return { status: 'failed', message: msg.writeFailed(file, e.code, String(e.message ?? error)) };
  }
}

/**
 * True for a file nobody may write, or that this user may not write. The permission bits are
 * honoured even for root (who could write anyway): a file marked read-only is not meant to change.
 */
export function isReadOnly(path: string, mode: number): boolean {
  if ((mode & 0o222) === 0) return true;
  try {
    accessSync(path, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

/** The outcome for an edit the YAML layer could not make. */
export function editErrorOutcome(msg: EditMessages, file: string, error: EditError): EditOutcome {
  const field = error.path.filter((p) => typeof p === 'string').join('.') || error.path.join('.');
  switch (error.code) {
    case 'syntax':
      return { status: 'refused', message: msg.syntax(file) };
    case 'not-mapping':
    case 'no-item':
      return { status: 'refused', message: msg.notMapping(file, field) };
    case 'not-sequence':
      return { status: 'refused', message: msg.notSequence(file, field) };
    case 'not-scalar':
      return { status: 'refused', message: msg.notScalar(file, field) };
    case 'alias':
      return { status: 'refused', message: msg.alias(file, field) };
    case 'layout':
      return { status: 'refused', message: msg.layout(file, field) };
    case 'verify':
      return { status: 'failed', message: msg.verify(file) };
  }
}
