import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileSource, ReadProblem } from './file-source.js';

/** The templates that ship with sup: trusted, read from the installation itself. */
export const BUILTIN_TEMPLATES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates');

export type TemplateText =
  | { ok: true; /** Where it came from, for messages: `templates/…` in the project, or the built-in file's path. */ path: string; text: string }
  | { ok: false; path: string; problem: ReadProblem; size?: number; limit?: number };

/**
 * A template from the project's own `templates/` folder, read through its source (confined and
 * size-limited like every project file), or the built-in one when the project has none. A project
 * file that is there but may not be read (a link out of the project, a FIFO, too large) is not
 * silently replaced by the built-in one: the caller reports it.
 */
export function readOwnOrBuiltin(source: FileSource | undefined, name: string): TemplateText {
  const own = `templates/${name}`;
  const read = source?.read(own, 'template');
  if (read?.ok) return { ok: true, path: own, text: stripBom(read.bytes.toString('utf8')) };
  if (read && read.problem !== 'missing') return { ok: false, path: own, problem: read.problem, ...(read.size !== undefined ? { size: read.size, limit: read.limit } : {}) };
  const path = join(BUILTIN_TEMPLATES, ...name.split('/'));
  return { ok: true, path, text: stripBom(readFileSync(path, 'utf8')) };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
