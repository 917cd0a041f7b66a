import { compareText } from '../diff/diff-snapshots.js';
import { EntityIndex, responsibleFor } from '../diff/responsible.js';
import type { SnapshotEntity } from '../diff/snapshot.js';
import { arr, field } from '../load/project.js';
import { codeownersText as oneLine, escapeCodeownersPath as escapePath } from '../util/escape.js';

/** The kinds whose files get owners: the ones a network answers for. */
const OWNED_KINDS = new Set(['mål', 'aktivitet', 'nätverk']);

interface Entry {
  path: string;
  /** The organ named as ansvarig, for an activity no network answers for. */
  organ?: string;
}

/**
 * Builds a CODEOWNERS file: each goal's, activity's and network's file is owned by the members of
 * the responsible network whose user names (`användarnamn`) are recorded. Files that no network
 * with user names answers for are listed as comments saying why. `prefix` is the project root's
 * path from the repository's top (POSIX, '' at the top). Always Swedish, so it is the same file
 * whoever runs the command.
 */
export function buildCodeowners(entities: readonly SnapshotEntity[], prefix: string, fallback: readonly string[] = []): string {
  const index = new EntityIndex(entities);
  const byNetwork = new Map<string, Entry[]>();
  const organOnly: Entry[] = [];
  const nobody: Entry[] = [];
  const seen = new Set<string>();
  for (const e of entities) {
    if (!OWNED_KINDS.has(e.kind)) continue;
    const path = '/' + (prefix ? `${prefix}/` : '') + e.file;
    if (seen.has(path)) continue;
    seen.add(path);
    const responsible = responsibleFor(e, index);
    if (responsible.network !== undefined) {
      const list = byNetwork.get(responsible.network);
      if (list) list.push({ path });
      else byNetwork.set(responsible.network, [{ path }]);
    } else if (responsible.organ !== undefined) {
      organOnly.push({ path, organ: responsible.organ });
    } else {
      nobody.push({ path });
    }
  }

  const lines = [
    '# CODEOWNERS – genererad av `sup codeowners` ur datan. Redigera inte filen för hand:',
    '# ändra i stället nätverkens medlemmar (fältet användarnamn) i datan och kör `sup codeowners` igen.',
    '#',
    '# Filen för varje mål, aktivitet och nätverk ägs av medlemmarna i det ansvariga nätverket:',
    '# målets ägare (för ett delmål utan ägare: ägaren till målet ovanför), aktivitetens ansvariga',
    '# nätverk (är kansliet eller ett annat organ ansvarigt: ägaren till aktivitetens mål) och',
    '# nätverket självt.',
    '',
  ];
  const reserve = fallbackNames(fallback);
  // First in the file: in CODEOWNERS the last matching line wins, so every network's lines below take precedence.
  if (reserve.length > 0) {
    lines.push(
      '# Filer som inget nätverk äger – programmet, planerna, årsredovisningarna, sup.yaml, CI-filerna,',
      '# verktyg/ och den här filen – granskas av reservgranskarna (granskare.reserv i sup.yaml).',
      `* ${reserve.join(' ')}`,
    );
  } else {
    lines.push(
      '# Inga reservgranskare angivna (granskare.reserv i sup.yaml), så filer som inget nätverk äger –',
      '# programmet, planerna, årsredovisningarna, sup.yaml, CI-filerna och den här filen – har ingen ägare.',
    );
  }
  const noOwner = reserve.length > 0 ? 'granskas av reservgranskarna' : 'har ingen ägare';
  const byPath = (a: Entry, b: Entry) => compareText(a.path, b.path);
  for (const networkId of [...byNetwork.keys()].sort(compareText)) {
    const entries = byNetwork.get(networkId)!.sort(byPath);
    const network = index.get('nätverk', networkId);
    const networkName = network && field(network.data, 'namn');
    const name = typeof networkName === 'string' ? `${oneLine(networkName)} (${oneLine(networkId)})` : oneLine(networkId);
    const users = network ? userNames(network) : [];
    lines.push('');
    if (!network) {
      lines.push(`# ${oneLine(networkId)}: det finns inget sådant nätverk i datan, så filerna ${noOwner}`);
      for (const e of entries) lines.push(`# ${escapePath(e.path)}`);
    } else if (users.length === 0) {
      lines.push(`# ${name}: inga användarnamn angivna för medlemmarna, så filerna ${noOwner}`);
      for (const e of entries) lines.push(`# ${escapePath(e.path)}`);
    } else {
      lines.push(`# ${name}`);
      for (const e of entries) lines.push(`${escapePath(e.path)} ${users.join(' ')}`);
    }
  }
  if (organOnly.length > 0) {
    lines.push('', '# Ansvarig är kansliet eller ett annat organ, och inget av målen har ett ägande nätverk:', `# organen har inga användarnamn i datan, så filerna ${noOwner}`);
    for (const e of organOnly.sort(byPath)) lines.push(`# ${escapePath(e.path)} (ansvarig: ${oneLine(String(e.organ))})`);
  }
  if (nobody.length > 0) {
    lines.push('', `# Inget ansvarigt nätverk angivet, så filerna ${noOwner}`);
    for (const e of nobody.sort(byPath)) lines.push(`# ${escapePath(e.path)}`);
  }
  return lines.join('\n') + '\n';
}

/** An id that more than one entity of an owned kind declares, with the files that declare it. */
export interface DuplicateId {
  id: string;
  kinds: string[];
  files: string[];
}

/**
 * The ids of goals, activities and networks that are declared more than once. Which of two
 * networks with one id answers for a file depends on reading order, so a pull request could take
 * over files by copying an id: CODEOWNERS must not be written while any such id exists.
 */
export function duplicateOwnedIds(entities: readonly SnapshotEntity[]): DuplicateId[] {
  const byId = new Map<string, SnapshotEntity[]>();
  for (const e of entities) {
    if (!OWNED_KINDS.has(e.kind)) continue;
    const list = byId.get(e.id);
    if (list) list.push(e);
    else byId.set(e.id, [e]);
  }
  return [...byId.entries()]
    .filter(([, list]) => list.length > 1)
    .sort(([a], [b]) => compareText(a, b))
    .map(([id, list]) => ({ id, kinds: [...new Set(list.map((e) => e.kind))], files: [...new Set(list.map((e) => e.file))].sort(compareText) }));
}

/** The fallback owners from sup.yaml, with a leading @, each once, in their order; anything a forge would not take as a user name is left out. */
export function fallbackNames(names: readonly string[]): string[] {
  const out = new Map<string, string>();
  for (const raw of names) {
    const name = raw.trim().startsWith('@') ? raw.trim() : `@${raw.trim()}`;
    if (USER_NAME.test(name) && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), name);
  }
  return [...out.values()];
}

/** The recorded user names of a network's members, with a leading @, each once, sorted. */
export function userNames(network: SnapshotEntity): string[] {
  const members = arr(network.data, 'medlemmar');
  const names = new Map<string, string>();
  for (const m of members) {
    const raw = typeof m === 'object' && m !== null ? (m as Record<string, unknown>).användarnamn : undefined;
    if (typeof raw !== 'string' || raw.trim() === '') continue;
    const name = raw.trim().startsWith('@') ? raw.trim() : `@${raw.trim()}`;
    // Only what a forge accepts as a user name: anything else could add owners or lines of its own.
    if (!USER_NAME.test(name)) continue;
    if (!names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
  }
  return [...names.entries()].sort(([a], [b]) => compareText(a, b)).map(([, name]) => name);
}

const USER_NAME = /^@[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,38})$/;
