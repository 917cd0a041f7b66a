import type { Catalogue, Lang } from '../messages/catalogue.js';
import { catalogue } from '../messages/catalogue.js';
import { compareDiagnostics, summarize } from '../model/diagnostic.js';
import type { Diagnostic, Summary } from '../model/diagnostic.js';
import { buildProject } from '../model/project.js';
import type { CheckedFile, Project, ProjectConfig } from '../model/project.js';
import type { SourceFile } from '../load/source-file.js';
import { suggest } from '../util/suggest.js';
import { discover } from '../load/discover.js';
import { loadConfig } from '../load/load-config.js';
import { CheckCache } from '../load/check-cache.js';
import { readFiles } from '../load/read-files.js';
import type { DiscoveredFile } from '../load/discover.js';
import { lazySource, locate } from '../load/source-file.js';
import { schemaHash } from '../validate/schemas.js';
import { FILE_RULE_IDS, RULES } from './rules/index.js';
import { runRules } from './run-rules.js';

export interface CheckOptions {
  /** The project root: the folder that holds sup.yaml. */
  root: string;
  lang?: Lang;
  /** What "today" is for date rules (YYYY-MM-DD); defaults to the local date. */
  today?: string;
  /** Keep clean files' results in the project's .sup-cache/ and reuse them while files are unchanged. */
  cache?: boolean;
}

export interface CheckResult {
  project: Project;
  diagnostics: Diagnostic[];
  summary: Summary;
}

/** Loads, validates and checks a whole project. Never throws for anything in the data. */
export function checkProject(options: CheckOptions): CheckResult {
  const msg: Catalogue = catalogue(options.lang ?? 'sv');
  const { config, file: configFile, diagnostics } = loadConfig(options.root, msg);
  const found = discover(options.root, config.data, config.undanta, msg);
  diagnostics.push(...found.diagnostics);
  const cache = options.cache ? CheckCache.open(options.root, schemaHash()) : undefined;
  const files: (CheckedFile | undefined)[] = [];
  const stats = new Map<string, ReturnType<typeof CheckCache.stat>>();
  const toRead: DiscoveredFile[] = [];
  const slots: number[] = [];
  found.files.forEach((f, i) => {
    const stat = cache ? CheckCache.stat(f.absPath) : undefined;
    const hit = cache?.lookup(f.path, f.absPath, stat);
    if (hit) {
      files[i] = { file: hit.file, kind: hit.kind, valid: true, references: hit.references };
      return;
    }
    stats.set(f.path, stat);
    toRead.push(f);
    slots.push(i);
  });
  readFiles(toRead, options.lang ?? 'sv').forEach((r, j) => {
    diagnostics.push(...r.diagnostics);
    files[slots[j]!] = { file: lazySource(r.path, r.absPath, r.data), kind: r.kind, valid: r.valid, references: r.references };
    if (cache && r.kind && r.valid && r.diagnostics.length === 0) cache.store(r.path, stats.get(r.path), r.kind, r.data);
  });
  cache?.save();
  const project = buildProject(options.root, config, files as CheckedFile[]);
  const active = RULES.filter((rule) => config.regler[rule.id] !== 'off');
  diagnostics.push(...runRules(project, active, msg, options.today ?? localDate()));
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
  return { project, diagnostics: final, summary: summarize(final, found.files.length) };
}

/** A rule named under `regler:` in sup.yaml that does not exist is probably misspelt. */
function unknownRuleSettings(file: SourceFile, config: ProjectConfig, msg: Catalogue): Diagnostic[] {
  const known = [...FILE_RULE_IDS, ...RULES.map((r) => r.id), 'config/unknown-rule'];
  return Object.keys(config.regler)
    .filter((id) => !known.includes(id))
    .map((id) => {
      const span = locate(file, ['regler', id], 'key');
      const suggestion = suggest(id, known);
      return { ruleId: 'config/unknown-rule', severity: 'warning' as const, message: msg['config/unknown-rule']({ id, suggestion }), file: file.path, start: span.start, ...(span.end ? { end: span.end } : {}) };
    });
}

/** Applies the `regler` overrides in sup.yaml: a new severity, or `off` to drop the rule's findings. */
function applySeverities(diagnostics: Diagnostic[], overrides: Record<string, string>): Diagnostic[] {
  return diagnostics.flatMap((d) => {
    const o = overrides[d.ruleId];
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
