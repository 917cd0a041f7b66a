import type { FileSource } from '../source/file-source.js';
import { checkEnvelope } from './envelope.js';
import type { KoladaRow, SavedResponses } from './envelope.js';
import type { ReceivedPage } from './request.js';

/** Where saved responses lie in a project. Not matched by the data globs (they are JSON), so `sup check` does not load them as data. */
export const SAVED_FOLDER = 'data/kolada';

/** The path of the file of one fetch date. */
export function savedPath(date: string): string {
  return `${SAVED_FOLDER}/hamtning-${date}.json`;
}

/** The file of saved responses for one fetch, as bytes with stable formatting (two spaces, a final newline). */
export function serializeSaved(date: string, api: string, pages: readonly ReceivedPage<KoladaRow>[]): Buffer {
  const saved: SavedResponses = {
    typ: 'kolada-svar',
    hämtad: date,
    api,
    källa: 'Kolada',
    svar: pages.map((p) => ({ url: p.url, status: p.status, body: p.body })),
  };
  return Buffer.from(`${JSON.stringify(saved, null, 2)}\n`, 'utf8');
}

/** Why saved responses could not be used. */
export type SavedProblem = { kind: 'none' } | { kind: 'unreadable'; path: string; problem: string } | { kind: 'json'; path: string; detail: string } | { kind: 'shape'; path: string; pointer: string; problem: string };

/**
 * Every saved fetch in the project, oldest first, read through the project's source (size-limited
 * and confined like every data file) and validated like a live response: a saved file from a pull
 * request is no more trusted than the server.
 */
export function readSaved(source: FileSource): { ok: true; files: { path: string; saved: SavedResponses }[] } | { ok: false; problem: SavedProblem } {
  const listing = source.list([`${SAVED_FOLDER}/hamtning-*.json`], []);
  const bad = listing.problems[0];
  if (bad) return { ok: false, problem: { kind: 'unreadable', path: bad.path, problem: bad.problem } };
  const files: { path: string; saved: SavedResponses }[] = [];
  for (const { path } of listing.files) {
    const read = source.read(path, 'data');
    if (!read.ok) return { ok: false, problem: { kind: 'unreadable', path, problem: read.problem } };
    let body: unknown;
    try {
      body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(read.bytes));
    } catch (error) {
      return { ok: false, problem: { kind: 'json', path, detail: (error as Error).message.slice(0, 200) } };
    }
    const shape = checkEnvelope('saved', body);
    if (!shape.ok) return { ok: false, problem: { kind: 'shape', path, pointer: shape.pointer, problem: shape.problem } };
    files.push({ path, saved: body as SavedResponses });
  }
  if (files.length === 0) return { ok: false, problem: { kind: 'none' } };
  files.sort((a, b) => (a.saved.hämtad < b.saved.hämtad ? -1 : a.saved.hämtad > b.saved.hämtad ? 1 : a.path < b.path ? -1 : 1));
  return { ok: true, files };
}
