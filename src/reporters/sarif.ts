import type { Lang } from '../messages/catalogue.js';
import { languageTag } from '../messages/reporters.js';
import { describeRule, ruleAnchor } from '../messages/rule-descriptions.js';
import type { Diagnostic, Position, Severity, Summary } from '../model/diagnostic.js';

/** The OASIS schema of SARIF 2.1.0 (with its errata), which the log names in `$schema`. */
export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** A rule as the SARIF log lists it: its id and the severity it reports with unless sup.yaml says otherwise. */
export interface SarifRule {
  id: string;
  severity: Severity;
}

export interface SarifOptions {
  lang: Lang;
  /** The version of sup, written as tool.driver.version. */
  version: string;
  /** Every rule sup has, in the order the log lists them; results point at them by index. */
  rules: readonly SarifRule[];
  /**
   * The project root as an absolute file URI ending in "/", written as `originalUriBaseIds`
   * so that a viewer can open the files; left out when not given.
   */
  rootUri?: string;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

const HELP = {
  sv: (anchor: string) => ({
    text: `Vad regeln kontrollerar och hur felet rättas: docs/rules.md#${anchor}`,
    markdown: `Vad regeln kontrollerar och hur felet rättas: [docs/rules.md#${anchor}](docs/rules.md#${anchor})`,
  }),
  en: (anchor: string) => ({
    text: `What the rule checks and how to fix the finding: docs/rules.md#${anchor}`,
    markdown: `What the rule checks and how to fix the finding: [docs/rules.md#${anchor}](docs/rules.md#${anchor})`,
  }),
};

const LABELS = { sv: { hint: 'Tips' }, en: { hint: 'Hint' } };

/**
 * A SARIF 2.1.0 log with one run: sup as the tool with every rule, and one result per diagnostic
 * with its project-relative location (relative to `%SRCROOT%`) and its related locations.
 */
export function formatSarif(diagnostics: readonly Diagnostic[], _summary: Summary, options: SarifOptions): string {
  const index = new Map<string, number>();
  options.rules.forEach((r, i) => {
    if (!index.has(r.id)) index.set(r.id, i);
  });
  const rules = options.rules.map((r) => {
    const anchor = ruleAnchor(r.id);
    return {
      id: r.id,
      shortDescription: { text: describeRule(r.id, options.lang) ?? r.id },
      help: HELP[options.lang](anchor),
      defaultConfiguration: { level: LEVEL[r.severity] ?? 'warning' },
    };
  });
  const results = diagnostics.map((d) => {
    const result: Record<string, unknown> = { ruleId: d.ruleId };
    const ruleIndex = index.get(d.ruleId);
    if (ruleIndex !== undefined) result.ruleIndex = ruleIndex;
    result.level = LEVEL[d.severity] ?? 'warning';
    result.message = { text: messageText(d, options.lang) };
    result.locations = [{ physicalLocation: physicalLocation(d.file, d.start, d.end) }];
    if (d.related?.length) {
      result.relatedLocations = d.related.map((r, id) => ({
        id,
        physicalLocation: physicalLocation(r.file, r.start),
        message: { text: r.message },
      }));
    }
    return result;
  });
  const run: Record<string, unknown> = {
    tool: { driver: { name: 'sup', version: options.version, rules } },
  };
  if (options.rootUri !== undefined) run.originalUriBaseIds = { '%SRCROOT%': { uri: options.rootUri } };
  run.language = languageTag(options.lang);
  // Columns count UTF-16 code units, as the YAML parser's offsets do.
  run.columnKind = 'utf16CodeUnits';
  run.results = results;
  return JSON.stringify({ $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] }, null, 2) + '\n';
}

function messageText(d: Diagnostic, lang: Lang): string {
  return d.hint && !d.message.includes(d.hint) ? `${d.message} ${LABELS[lang].hint}: ${d.hint}` : d.message;
}

function physicalLocation(file: string, start: Position | undefined, end?: Position) {
  const region: Record<string, number> = {};
  if (start) {
    region.startLine = positive(start.line);
    region.startColumn = positive(start.column);
    if (end && positive(end.line) >= region.startLine) {
      const endLine = positive(end.line);
      const endColumn = positive(end.column);
      // A region never ends before it starts; a bad end is left out rather than passed on.
      if (endLine > region.startLine || endColumn >= region.startColumn) {
        region.endLine = endLine;
        region.endColumn = endColumn;
      }
    }
  }
  const location: Record<string, unknown> = { artifactLocation: { uri: toUri(file), uriBaseId: '%SRCROOT%' } };
  if (start) location.region = region;
  return location;
}

/** A project-relative POSIX path as a relative URI reference: each segment percent-encoded (å, spaces, #, :). */
export function toUri(path: string): string {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .map((segment) => encodeURIComponent(segment.replace(/\p{Cs}/gu, '\uFFFD')))
    .join('/');
}

function positive(n: number): number {
  return Number.isFinite(n) && n >= 1 ? Math.trunc(n) : 1;
}
