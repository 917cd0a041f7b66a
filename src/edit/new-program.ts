import { posix } from 'node:path';
import type { EditOutcome, EditSession } from './commit.js';
import { editErrorOutcome } from './commit.js';
import { checkWithChange } from './check-change.js';
import type { FileChange } from './check-change.js';
import { readDataText, withYaml, yamlOf } from './data-text.js';
import type { DataText } from './data-text.js';
import { dataFolder } from './new-kinds.js';
import { programMsg } from '../messages/edit-program.js';
import { writeAllOrNothing } from './write-files.js';
import { dataOf, deleteKey, EditError, setValue } from './yaml-edit.js';
import { entitiesOf, lookup, str } from '../load/project.js';
import type { Entity } from '../load/project.js';
import { periodOf, programOfGoal } from '../load/programmes.js';
import { suggest } from '../util/suggest.js';
import { GOAL_LEVELS } from '../model/kinds.js';
import type { GoalLevel } from '../model/kinds.js';

/** What `sup new program --från <program> --period <år-år> [--id <id>]` asks for. */
export interface SuccessorRequest {
  from: string;
  period: string;
  id?: string;
}

const PROGRAMME_LEVELS = new Set(['vision', 'övergripande', 'långsiktigt']);

/** The period `2027-2030` as years, or undefined when it is not two years in order (at most 20 apart). */
export function parsePeriod(value: string): { from: number; to: number } | undefined {
  const m = /^(\d{4})[-–](\d{4})$/.exec(value.trim());
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = Number(m[2]);
  return from <= to && to - from <= 20 && from >= 1990 ? { from, to } : undefined;
}

/**
 * A successor programme as a draft: the predecessor's file with a new id, name, period,
 * `utkast: true` and `ersätter:`, and a copy of each of its programme goals (vision, övergripande,
 * långsiktigt) with a new id, `program:` and `ersätter:` and the parent chain kept among the
 * copies. The copies are made with the byte-preserving editor, so comments and layout stay; the
 * whole change is checked in memory and the files created all or none.
 */
export function createSuccessorProgram(session: EditSession, request: SuccessorRequest): EditOutcome {
  const say = programMsg(session.lang);
  const { msg, before } = session;
  const project = before.project;
  const predecessor = lookup(project, request.from, 'program');
  if (!predecessor) return { status: 'refused', message: say.notProgram(request.from, suggest(request.from, entitiesOf(project, 'program').map((p) => p.id))) };
  const period = parsePeriod(request.period);
  if (!period) return { status: 'refused', message: say.period(request.period) };
  const old = periodOf(predecessor);
  if (old && period.from <= old.to) return { status: 'refused', message: say.overlaps(request.period, predecessor.id, old.from, old.to) };

  const suffix = `${period.from}-${period.to}`;
  const newId = request.id ?? `${predecessor.id}-${suffix}`;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(newId) || newId.length > 80) return { status: 'refused', message: msg.badId(newId) };
  const level = (g: Entity) => GOAL_LEVELS.indexOf(str(g.data, 'nivå') as GoalLevel);
  // From the vision down, so the list reads like Figur 2.
  const goals = entitiesOf(project, 'mål')
    .filter((g) => PROGRAMME_LEVELS.has(str(g.data, 'nivå') ?? '') && g.path.length === 0 && programOfGoal(project, g) === predecessor.id)
    .sort((a, b) => level(a) - level(b) || (a.file.path < b.file.path ? -1 : 1));
  const ids = new Map(goals.map((g) => [g.id, `${g.id}-${suffix}`]));
  for (const id of [newId, ...ids.values()]) {
    const taken = project.byId.get(id)?.[0];
    if (taken) return { status: 'refused', message: msg.idTaken(id, taken.file.path) };
  }

  const folder = posix.join(dataFolder(project.config.data), newId);
  const changes: FileChange[] = [];
  const details: string[] = [];
  // The file being copied, for the message when the editor refuses its layout.
  let current = predecessor.file.path;
  try {
    const programText = readEntity(session, predecessor);
    if ('status' in programText) return programText;
    let yaml = yamlOf(programText);
    yaml = setValue(yaml, ['id'], newId);
    yaml = setValue(yaml, ['namn'], `${str(predecessor.data, 'namn') ?? predecessor.id}${say.nameSuffix(period.from, period.to)}`);
    yaml = setValue(yaml, ['kortnamn'], `${str(predecessor.data, 'kortnamn') ?? predecessor.id} (förslag ${period.from}–${period.to})`);
    yaml = setValue(yaml, ['giltighet', 'från'], period.from);
    yaml = setValue(yaml, ['giltighet', 'till'], period.to);
    yaml = setValue(yaml, ['utkast'], true);
    yaml = setValue(yaml, ['ersätter'], predecessor.id);
    // The predecessor's decisions are not the successor's.
    if ((dataOf(yaml) as Record<string, unknown>).beslut !== undefined) yaml = deleteKey(yaml, ['beslut']);
    if (typeof predecessor.data.källa === 'string') yaml = setValue(yaml, ['källa'], say.draftSource(str(predecessor.data, 'kortnamn') ?? predecessor.id));
    const path = posix.join(folder, 'program.md');
    changes.push({ path, content: withNote(programText, yaml, say.draftNote(str(predecessor.data, 'kortnamn') ?? predecessor.id, period.from, period.to)) });
    details.push(say.file(path, newId, predecessor.id));

    for (const goal of goals) {
      current = goal.file.path;
      const text = readEntity(session, goal);
      if ('status' in text) return text;
      const id = ids.get(goal.id)!;
      let g = yamlOf(text);
      g = setValue(g, ['id'], id);
      const parent = str(goal.data, 'förälder');
      if (parent && ids.has(parent)) g = setValue(g, ['förälder'], ids.get(parent)!);
      g = setValue(g, ['program'], newId);
      g = setValue(g, ['ersätter'], goal.id);
      // A note of changes after a decision belongs to the decided goal, not to the new draft.
      if ((dataOf(g) as Record<string, unknown>).ändrat_efter_beslut !== undefined) g = deleteKey(g, ['ändrat_efter_beslut']);
      const goalPath = posix.join(folder, 'mal', `${id}.md`);
      changes.push({ path: goalPath, content: withYaml(text, g) });
      details.push(say.file(goalPath, id, goal.id));
    }
  } catch (error) {
    if (error instanceof EditError) return editErrorOutcome(msg, current, error);
    throw error;
  }

  const check = checkWithChange(before, changes, { lang: session.lang, today: session.today });
  if (check.addedErrors.length > 0) return { status: 'refused', message: msg.refusedErrors(), diagnostics: check.addedErrors, source: check.source };
  const failure = writeAllOrNothing(session.root, changes, session.hooks);
  if (failure) return { status: failure.exists ? 'refused' : 'failed', message: failure.exists ? msg.exists(failure.path) : msg.writeFailed(failure.path, failure.code, failure.reason) };
  return { status: 'written', message: say.created(newId, period.from, period.to, folder, predecessor.id, goals.length), details, warnings: check.addedWarnings, source: check.source };
}

/** An entity's file as text, read through the project's source; an outcome when it cannot be. */
function readEntity(session: EditSession, entity: Entity): DataText | EditOutcome {
  const { msg } = session;
  const file = entity.file.path;
  const read = session.before.project.source.read(file, 'data');
  if (!read.ok) return { status: 'failed', message: msg.readFailed(file, read.problem, read.problem) };
  const text = readDataText(read.bytes, file);
  if ('problem' in text) return { status: 'refused', message: text.problem === 'encoding' ? msg.encoding(file) : msg.frontmatter(file) };
  return text;
}

/** The file with its YAML replaced and `note` put first in its Markdown body. */
function withNote(text: DataText, yaml: string, note: string): Buffer {
  if (text.format !== 'markdown') return withYaml(text, yaml);
  const closeEnd = text.text.indexOf('\n', text.yamlEnd);
  const at = closeEnd === -1 ? text.text.length : closeEnd + 1;
  const rest = text.text.slice(at).replace(/^\n+/, '');
  const noted = { ...text, text: text.text.slice(0, at) + '\n' + note + rest };
  return withYaml(noted, yaml);
}
