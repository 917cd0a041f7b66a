import type { Catalogue } from '../messages/catalogue.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { buildProject, entitiesIn } from '../load/project.js';
import type { CheckedFile, Entity, Project } from '../load/project.js';
import type { Rule } from './rule.js';
import { runRules } from './run-rules.js';
import { RULE_SCOPES } from './rules/scopes.js';
import type { RuleScope } from './rules/scopes.js';

/**
 * What the scoped rules found, by file, and what they depended on: what the next re-check takes
 * over. A re-check updates these maps in place rather than copying ten thousand entries, so a
 * result can be taken over once; a second re-check from the same one runs every scoped rule again.
 */
export interface ScopedFindings {
  /** The date the rules compared with. */
  today: string;
  /** Findings of the `file` rules by file, before the severities of sup.yaml. */
  own: Map<string, readonly Diagnostic[]>;
  /** Findings of the `lookup` and `references` rules by file, before the severities. */
  looked: Map<string, readonly Diagnostic[]>;
  /** The ids each file's `lookup` and `references` rules asked for. */
  asked: Map<string, ReadonlySet<string>>;
  /** The reverse: for each id, the files whose rules asked for it. */
  askers: Map<string, Set<string>>;
  /** Files whose findings include an unknown reference (answered with a suggestion from every id). */
  suggested: Set<string>;
  /** Findings of the rules with a projection scope, by rule id, before the severities. */
  projected: Map<string, readonly Diagnostic[]>;
  /** Set when a re-check has taken these maps over. */
  taken: boolean;
  /** False for a one-off check, which ran each rule once over the whole project and recorded no lookups. */
  tracked: boolean;
}

/** A check a moment ago of the same project, and whether the templates of `sup new` changed since. */
export interface ScopedReuse {
  project: Project;
  scoped: ScopedFindings;
  templatesChanged: boolean;
  /** How many files were taken over unchanged, and the paths named as changed: enough to find the others without a pass over all files. */
  kept: number;
  changed: ReadonlySet<string>;
}

/**
 * Runs the rules that have a declared scope (rules/scopes.ts). Without `reuse` every file is a
 * subject; with it only the files that changed and the files that asked for an id whose entity
 * changed are, and every other file keeps its findings from before. The project-wide rules are
 * left to the caller.
 */
export function runScopedRules(project: Project, rules: readonly Rule[], msg: Catalogue, today: string, reuse: ScopedReuse | undefined, track: boolean): ScopedFindings {
  const fileRules = rules.filter((r) => RULE_SCOPES.get(r.id) === 'file');
  const lookupRules = rules.filter((r) => RULE_SCOPES.get(r.id) === 'lookup');
  const referenceRules = rules.filter((r) => RULE_SCOPES.get(r.id) === 'references');
  const projectedRules = rules.filter((r) => typeof RULE_SCOPES.get(r.id) === 'object');
  const before = reuse && reuse.scoped.tracked && reuse.scoped.today === today && !reuse.scoped.taken ? reuse : undefined;
  if (!before) {
    const out: ScopedFindings = { today, own: new Map(), looked: new Map(), asked: new Map(), askers: new Map(), suggested: new Set(), projected: new Map(), taken: false, tracked: track };
    collect(out.own, runRules(project, fileRules, msg, today));
    for (const rule of projectedRules) out.projected.set(rule.id, runRules(project, [rule], msg, today));
    // Recording what each file looks up costs a run per file (about 0.2 s at 10,000 files): only for a check that is taken over again.
    if (track) for (const f of project.files) lookAgain(out, project, f, entitiesIn(f), lookupRules, referenceRules, msg, today);
    else collect(out.looked, runRules(project, [...lookupRules, ...referenceRules], msg, today));
    return out;
  }
  const out = before.scoped;
  out.taken = true;
  const next: ScopedFindings = { ...out, taken: false };

  // A file taken over unchanged is the very object the check before loaded; the others are new or gone.
  const { fresh, gone } = changedFiles(project, before);
  const changedIds = new Set<string>();
  for (const f of [...fresh, ...gone]) for (const e of entitiesIn(f)) changedIds.add(e.id);
  for (const f of gone) forget(next, f.file.path);

  // Rules that read only some fields of one kind: kept while the changes leave those fields as they were.
  next.projected = new Map(out.projected);
  for (const rule of projectedRules) {
    const scope = RULE_SCOPES.get(rule.id) as Exclude<RuleScope, string>;
    if (!next.projected.has(rule.id) || !sameProjection(fresh, gone, scope)) next.projected.set(rule.id, runRules(project, [rule], msg, today));
  }

  // Rules over a file's own entities: the changed files, or all when the templates changed.
  if (before.templatesChanged) next.own = new Map();
  else for (const f of gone) next.own.delete(f.file.path);
  collect(next.own, runRules(buildProject(project.root, project.config, before.templatesChanged ? project.files : fresh, project.source), fileRules, msg, today));

  // Rules that look other entities up: again where the file, or an entity it asked for, changed.
  const again = new Set<string>(fresh.map((f) => f.file.path));
  for (const path of next.suggested) again.add(path);
  for (const id of changedIds) for (const path of next.askers.get(id) ?? []) again.add(path);
  const byPath = again.size > 0 ? new Map(project.files.map((f) => [f.file.path, f])) : undefined;
  for (const path of again) {
    forget(next, path);
    const f = byPath!.get(path);
    if (f) lookAgain(next, project, f, entitiesIn(f), lookupRules, referenceRules, msg, today);
  }
  return next;
}

/**
 * The files read anew and the files of the check before that are not taken over. A file is taken
 * over unless its path was named as changed, so the named paths find them, unless a file vanished
 * unnamed (a removed folder): then all files are compared.
 */
function changedFiles(project: Project, before: ScopedReuse): { fresh: CheckedFile[]; gone: CheckedFile[] } {
  const named = (f: CheckedFile) => before.changed.has(f.file.path);
  let fresh = project.files.filter(named);
  let gone = before.project.files.filter(named);
  if (before.kept + fresh.length !== project.files.length || before.kept + gone.length !== before.project.files.length) {
    const now = new Set(project.files);
    const previous = new Set(before.project.files);
    fresh = project.files.filter((f) => !previous.has(f));
    gone = before.project.files.filter((f) => !now.has(f));
  }
  return { fresh, gone };
}

/** True when the changed files' entities are all of the scope's kind and hold, together, the same values of its fields before and after. */
function sameProjection(fresh: readonly CheckedFile[], gone: readonly CheckedFile[], scope: Exclude<RuleScope, string>): boolean {
  const count = new Map<string, number>();
  // The scope names its fields as strings (one table for every kind), so the data is read as a plain record here.
  const key = (e: Entity) => JSON.stringify(scope.fields.map((f) => (Object.hasOwn(e.data, f) ? (e.data as Readonly<Record<string, unknown>>)[f] : { missing: true })));
  for (const [files, sign] of [[fresh, 1], [gone, -1]] as const) {
    for (const f of files) {
      for (const e of entitiesIn(f)) {
        if (e.kind !== scope.kind) return false;
        const k = key(e);
        count.set(k, (count.get(k) ?? 0) + sign);
      }
    }
  }
  for (const n of count.values()) if (n !== 0) return false;
  return true;
}

/** Runs the lookup and reference rules on one file, recording the ids they ask for. */
function lookAgain(out: ScopedFindings, project: Project, f: CheckedFile, entities: Entity[], lookupRules: readonly Rule[], referenceRules: readonly Rule[], msg: Catalogue, today: string): void {
  const path = f.file.path;
  const ids = new Set<string>();
  const byId = new RecordingIds(project.byId, ids);
  const found = [
    ...(lookupRules.length > 0 && entities.length > 0 ? runRules({ ...project, files: [f], entities, byId }, lookupRules, msg, today) : []),
    // ref/unknown suggests from every id of the project, so it sees them all.
    ...(referenceRules.length > 0 && f.references.length > 0 ? runRules({ ...project, files: [f], byId }, referenceRules, msg, today) : []),
  ];
  if (found.length > 0) out.looked.set(path, found);
  if (ids.size > 0) {
    out.asked.set(path, ids);
    for (const id of ids) {
      const set = out.askers.get(id);
      if (set) set.add(path);
      else out.askers.set(id, new Set([path]));
    }
  }
  if (found.some((d) => d.ruleId === 'ref/unknown')) out.suggested.add(path);
}

/** Drops what the lookup rules found and asked for in one file. */
function forget(out: ScopedFindings, path: string): void {
  out.looked.delete(path);
  out.suggested.delete(path);
  for (const id of out.asked.get(path) ?? []) {
    const set = out.askers.get(id);
    set?.delete(path);
    if (set?.size === 0) out.askers.delete(id);
  }
  out.asked.delete(path);
}

function collect(out: Map<string, readonly Diagnostic[]>, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    const list = out.get(d.file) as Diagnostic[] | undefined;
    if (list) list.push(d);
    else out.set(d.file, [d]);
  }
}

/**
 * The project's ids for a rule that looks entities up one file at a time: answers from the whole
 * project and records every id asked for. Going through all ids is not a lookup, so a rule
 * declared `lookup` that does it is declared wrongly and fails loudly in the tests.
 */
class RecordingIds extends Map<string, Entity[]> {
  constructor(
    readonly all: ReadonlyMap<string, Entity[]>,
    readonly ids: Set<string>,
  ) {
    super();
  }
  override get(id: string): Entity[] | undefined {
    this.ids.add(id);
    return this.all.get(id);
  }
  override has(id: string): boolean {
    this.ids.add(id);
    return this.all.has(id);
  }
  override get size(): number {
    return misdeclared();
  }
  override forEach(): void {
    misdeclared();
  }
  override keys(): MapIterator<string> {
    return misdeclared();
  }
  override values(): MapIterator<Entity[]> {
    return misdeclared();
  }
  override entries(): MapIterator<[string, Entity[]]> {
    return misdeclared();
  }
  override [Symbol.iterator](): MapIterator<[string, Entity[]]> {
    return misdeclared();
  }
}

function misdeclared(): never {
  throw new Error('a rule declared lookup or references in rules/scopes.ts goes through all ids');
}
