import type { Catalogue, Lang } from '../messages/catalogue.js';
import { isSchemaRule, SCHEMA_ALIAS } from '../validate/schema-rule.js';
import { catalogue } from '../messages/catalogue.js';
import { compareDiagnostics, summarize } from '../model/diagnostic.js';
import type { Diagnostic, Summary } from '../model/diagnostic.js';
import { buildProject } from '../load/project.js';
import type { CheckedFile, Project, ProjectConfig } from '../load/project.js';
import type { SourceFile } from '../load/source-file.js';
import { suggest } from '../util/suggest.js';
import { loadConfig } from '../validate/load-config.js';
import { CheckCache } from '../validate/check-cache.js';
import { readFiles } from '../validate/read-files.js';
import { lazySource, locate } from '../load/source-file.js';
import type { FileSource, Listing, ListingProblem } from '../source/file-source.js';
import { WorktreeSource } from '../source/worktree-source.js';
import { schemaHash } from '../validate/schemas.js';
import { FILE_RULE_IDS, RULES } from './rules/index.js';
import { runRules } from './run-rules.js';
import { fillerSentences } from './filler-texts.js';
import { RULE_SCOPES } from './rules/scopes.js';
import { runScopedRules } from './run-scoped-rules.js';
import type { ScopedFindings } from './run-scoped-rules.js';

export interface CheckOptions {
  /** The project root: the folder that holds sup.yaml. */
  root: string;
  /** Where the files are read from; the working tree at `root` when not given. */
  source?: FileSource;
  /**
   * A check of the same project a moment ago: files outside `changed` are taken from it as they
   * were (loaded, validated, with their findings), so an edit re-reads only the files it changes.
   */
  reuse?: { before: CheckResult; changed: ReadonlySet<string> };
  /** Record what the rules look up, so that a check taking this one over (`reuse`) runs them only where a change reaches: for a resident engine. */
  track?: boolean;
  lang?: Lang;
  /** What "today" is for date rules (YYYY-MM-DD); defaults to the local date. */
  today?: string;
  /** Keep clean files' results in the project's .sup-cache/ and reuse them while files are unchanged. */
  cache?: boolean;
  /** `false`: load and validate only, run no rule over the project (for `sup diff`, which needs the entities). */
  rules?: boolean;
}

export interface CheckResult {
  project: Project;
  diagnostics: Diagnostic[];
  summary: Summary;
  /** Each file's own findings (reading, parsing, schema), before the severities of sup.yaml: what `reuse` takes over. */
  fileFindings: ReadonlyMap<string, readonly Diagnostic[]>;
  /** What the source listed for the data patterns: an overlay over the same source starts from it instead of walking the tree again. */
  listing: Listing;
  /** The findings of the rules with a declared scope (rules/scopes.ts) and what they looked up: what `reuse` takes over. */
  scoped: ScopedFindings;
  /** The filler sentences of templates/ny/ a tracked check saw: a later check compares them, wherever a link makes the templates lie. */
  fillers?: string;
}

/** Loads, validates and checks a whole project. Never throws for anything in the data. */
export function checkProject(options: CheckOptions): CheckResult {
  const msg: Catalogue = catalogue(options.lang ?? 'sv');
  const source = options.source ?? new WorktreeSource(options.root);
  const { config, file: configFile, diagnostics } = loadConfig(source, msg);
  const found = source.list(config.data, config.undanta);
  diagnostics.push(...found.problems.map((p) => listingDiagnostic(p, msg)));
  const cache = options.cache && !options.reuse ? CheckCache.open(source, schemaHash()) : undefined;
  const fileFindings = new Map<string, readonly Diagnostic[]>();
  const files: (CheckedFile | undefined)[] = [];
  const stamps = new Map<string, ReturnType<FileSource['stamp']>>();
  const toRead: string[] = [];
  const slots: number[] = [];
  const previous = options.reuse ? new Map(options.reuse.before.project.files.map((f) => [f.file.path, f])) : undefined;
  let keptCount = 0;
  found.files.forEach((f, i) => {
    const kept = previous && !options.reuse!.changed.has(f.path) ? previous.get(f.path) : undefined;
    if (kept) {
      files[i] = kept;
      keptCount++;
      const own = options.reuse!.before.fileFindings.get(f.path);
      // Only files with findings are entered, as for files read now: ten thousand empty entries per keystroke add up.
      if (own && own.length > 0) {
        fileFindings.set(f.path, own);
        diagnostics.push(...own);
      }
      return;
    }
    const stamp = cache ? source.stamp(f.path) : undefined;
    const hit = cache?.lookup(f.path, stamp);
    if (hit) {
      files[i] = { file: hit.file, kind: hit.kind, valid: true, references: hit.references };
      return;
    }
    stamps.set(f.path, stamp);
    toRead.push(f.path);
    slots.push(i);
  });
  readFiles(source, toRead, options.lang ?? 'sv').forEach((r, j) => {
    diagnostics.push(...r.diagnostics);
    if (r.diagnostics.length > 0) fileFindings.set(r.path, r.diagnostics);
    files[slots[j]!] = { file: lazySource(r.path, source, r.data), kind: r.kind, valid: r.valid, references: r.references };
    if (cache && r.kind && r.valid && r.diagnostics.length === 0) cache.store(r.path, stamps.get(r.path), r.kind, r.data);
  });
  cache?.save();
  const project = buildProject(options.root, config, files as CheckedFile[], source);
  const active = options.rules === false ? [] : RULES.filter((rule) => config.regler[rule.id] !== 'off');
  const today = options.today ?? localDate();
  const scopedRules = active.filter((r) => RULE_SCOPES.has(r.id));
  const reuse = options.reuse;
  // The filler texts come from the templates of `sup new`: a changed template can change any file's findings.
  // templates/ may be a link to another folder of the project, whose edits come by that folder's path: compare the sentences too.
  const fillers = options.track === true ? fillerSentences(source).join('\n') : undefined;
  const templatesChanged = reuse ? [...reuse.changed].some((p) => p === 'templates' || p.startsWith('templates/')) || reuse.before.fillers !== fillers : false;
  const scoped = runScopedRules(project, scopedRules, msg, today, reuse ? { project: reuse.before.project, scoped: reuse.before.scoped, templatesChanged, kept: keptCount, changed: reuse.changed } : undefined, options.track === true);
  for (const list of scoped.own.values()) diagnostics.push(...list);
  for (const list of scoped.looked.values()) diagnostics.push(...list);
  for (const list of scoped.projected.values()) diagnostics.push(...list);
  diagnostics.push(...runRules(project, active.filter((r) => !RULE_SCOPES.has(r.id)), msg, today));
  diagnostics.push(...unknownRuleSettings(configFile, config, msg));
  if (found.files.length === 0) {
    // A typo in the data patterns would otherwise pass as "no errors in 0 files".
    const span = locate(configFile, ['data']);
    diagnostics.push({ ruleId: 'config/no-files', severity: 'warning', message: msg['run/no-files']({ patterns: config.data }), file: configFile.path, start: span.start, ...(span.end ? { end: span.end } : {}) });
  }
  const final = applySeverities(diagnostics, config.regler).sort(compareDiagnostics);
  // Read the texts of files with findings now, while they are surely on disk, for code frames.
  const withFindings = new Set(final.map((d) => d.file));
  for (const f of project.files) if (withFindings.has(f.file.path)) void f.file.text;
  return { project, diagnostics: final, summary: summarize(final, found.files.length), fileFindings, listing: found, scoped, ...(fillers !== undefined ? { fillers } : {}) };
}

/** The finding for a path the listing matched but the source will not hand out. */
function listingDiagnostic(p: ListingProblem, msg: Catalogue): Diagnostic {
  const at = { file: p.path, start: { line: 1, column: 1 } };
  switch (p.problem) {
    case 'link-folder':
      return { ruleId: 'file/link', severity: 'warning', message: msg['file/link-dir'](), ...at };
    case 'outside':
      return { ruleId: 'file/link', severity: 'warning', message: msg['file/link-outside'](), ...at };
    case 'broken-link':
      return { ruleId: 'file/link', severity: 'warning', message: msg['file/link-broken'](), ...at };
    case 'special':
      return { ruleId: 'file/special', severity: 'error', message: msg['file/special'](), ...at };
    case 'bad-name':
      return { ruleId: 'file/name', severity: 'error', message: msg['file/name'](), ...at };
    default:
      return { ruleId: 'file/read', severity: 'error', message: msg['file/read']({ reason: p.problem }), ...at };
  }
}

/** A rule named under `regler:` in sup.yaml that does not exist is probably misspelt. */
function unknownRuleSettings(file: SourceFile, config: ProjectConfig, msg: Catalogue): Diagnostic[] {
  const known = [...FILE_RULE_IDS, ...RULES.map((r) => r.id), 'config/unknown-rule', SCHEMA_ALIAS];
  return Object.keys(config.regler)
    .filter((id) => !known.includes(id))
    .map((id) => {
      const span = locate(file, ['regler', id], 'key');
      const suggestion = suggest(id, known);
      return { ruleId: 'config/unknown-rule', severity: 'warning' as const, message: msg['config/unknown-rule']({ id, suggestion }), file: file.path, start: span.start, ...(span.end ? { end: span.end } : {}) };
    });
}

/** Applies the `regler` overrides in sup.yaml: a new severity, or `off` to drop the rule's findings (`schema` for every schema/* id). */
function applySeverities(diagnostics: Diagnostic[], overrides: Record<string, string>): Diagnostic[] {
  return diagnostics.flatMap((d) => {
    // A schema sub-id's own setting wins over `schema`, which sets them all.
    const o = overrides[d.ruleId] ?? (isSchemaRule(d.ruleId) ? overrides[SCHEMA_ALIAS] : undefined);
    if (o === undefined) return [d];
    if (o === 'off') return [];
    return [{ ...d, severity: o as Diagnostic['severity'] }];
  });
}

/** Today's date in the local time zone, YYYY-MM-DD. */
export function localDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
