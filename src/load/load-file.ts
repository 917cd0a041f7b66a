import type { FileSource, ReadKind, ReadResult } from '../source/file-source.js';
import { isUtf8 } from 'node:buffer';
import type { Catalogue, Phrased } from '../messages/catalogue.js';
import { phrase } from '../messages/catalogue.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { MAX_DEPTH, MAX_ENTRIES, MAX_ITEMS, parseYaml, parseYamlFast } from './parse-yaml.js';
import type { YamlProblem } from './parse-yaml.js';
import { lazySource, positionAt, sourceFile, yamlPart } from './source-file.js';
import type { SourceFile } from './source-file.js';
import { splitFrontmatter } from './split-frontmatter.js';
import { checkBody } from './check-body.js';
import type { BodyProblem } from './check-body.js';
import { isMarkdownPath } from '../util/text.js';


export interface LoadedFile {
  file: SourceFile;
  diagnostics: Diagnostic[];
}

/**
 * Reads one data file and parses its YAML (the whole file, or the frontmatter of a `.md` file).
 * Never throws for anything in the file: every problem becomes a diagnostic on the file.
 * `content` lets a caller pass bytes it already has (a cache check, an edit in memory).
 */
export function loadFile(source: FileSource, relPath: string, msg: Catalogue, content?: Buffer, options: { retainText?: boolean; kind?: ReadKind } = {}): LoadedFile {
  const format = isMarkdownPath(relPath) ? 'markdown' : 'yaml';
  const file = sourceFile({ path: relPath, source, text: '', format, data: undefined });
  const diagnostics: Diagnostic[] = [];
  const report = (ruleId: string, phrased: Phrased, offset = 0, endOffset?: number, severity: Diagnostic['severity'] = 'error') => {
    const d: Diagnostic = { ruleId, severity, message: phrased.message, messageId: phrased.messageId, file: relPath, start: positionAt(file, offset) };
    if (phrased.data !== undefined) d.data = phrased.data;
    if (endOffset !== undefined && endOffset > offset) d.end = positionAt(file, endOffset);
    diagnostics.push(d);
  };

  const read: ReadResult = content !== undefined ? { ok: true, bytes: content } : source.read(relPath, options.kind ?? 'data');
  if (!read.ok) {
    const problem = readProblem(read, msg);
    report(problem.ruleId, problem, 0, undefined, problem.severity);
    return { file, diagnostics };
  }
  const bytes = read.bytes;

  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  file.text = text;

  if (!isUtf8(bytes)) {
    report('file/encoding', phrase(msg, 'file/encoding'), Math.max(0, text.indexOf('\uFFFD')));
    return { file, diagnostics };
  }
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    report('file/nul', phrase(msg, 'file/nul'), nul);
    return { file, diagnostics };
  }
  if (!/\S/.test(text)) {
    report('file/empty', phrase(msg, 'file/empty'));
    return { file, diagnostics };
  }

  let yamlText = text;
  let yamlOffset = 0;
  if (format === 'markdown') {
    const split = splitFrontmatter(text);
    if (!split.ok) {
      if (split.problem === 'missing') report('frontmatter/missing', phrase(msg, 'frontmatter/missing'));
      else if (split.problem === 'unclosed') report('frontmatter/unclosed', phrase(msg, 'frontmatter/unclosed'), 0, 3);
      else report('frontmatter/language', phrase(msg, 'frontmatter/language', { line: split.line ?? '' }), 0, split.line?.length);
      return { file, diagnostics };
    }
    yamlText = split.yamlText;
    yamlOffset = split.yamlOffset;
    file.body = { text: split.body, offset: split.bodyOffset };
    // Found here, at check time, so that sup check fails and sup report refuses the body.
    const bad = checkBody(split.body);
    if (bad) report(bad.rule, describeBodyProblem(bad, msg), split.bodyOffset + bad.offset);
    if (!/\S/.test(yamlText)) {
      report('frontmatter/empty', phrase(msg, 'frontmatter/empty'));
      return { file, diagnostics };
    }
  }

  const fast = parseYamlFast(yamlText);
  if (fast) {
    // A clean file read from disk keeps only its data; its text is read again if a finding needs it.
    if (options.retainText === false && content === undefined) return { file: lazySource(relPath, source, fast.data), diagnostics };
    file.yaml = yamlPart(yamlOffset, yamlText);
    file.data = fast.data;
    return { file, diagnostics };
  }
  const parsed = parseYaml(yamlText);
  file.yaml = yamlPart(yamlOffset, yamlText, parsed.doc ?? null);
  for (const p of parsed.problems) report(RULE_OF[p.kind], describeProblem(p, msg), yamlOffset + p.offset, yamlOffset + p.endOffset, p.severity);
  file.data = parsed.data;
  return { file, diagnostics };
}

/** The finding for a file the source would not hand out. */
export function readProblem(read: Extract<ReadResult, { ok: false }>, msg: Catalogue): Phrased & { ruleId: string; severity: Diagnostic['severity'] } {
  switch (read.problem) {
    case 'too-large':
      return { ruleId: 'file/too-large', ...phrase(msg, 'file/too-large', { size: read.size ?? 0, limit: read.limit ?? 0 }), severity: 'error' };
    case 'outside':
      return { ruleId: 'file/link', ...phrase(msg, 'file/link-outside'), severity: 'warning' };
    case 'broken-link':
      return { ruleId: 'file/link', ...phrase(msg, 'file/link-broken'), severity: 'warning' };
    case 'special':
      return { ruleId: 'file/special', ...phrase(msg, 'file/special'), severity: 'error' };
    case 'bad-name':
      return { ruleId: 'file/name', ...phrase(msg, 'file/name'), severity: 'error' };
    case 'folder':
      return { ruleId: 'file/read', ...phrase(msg, 'file/read', { reason: msg['file/reason']({ code: 'EISDIR', detail: '' }) }), severity: 'error' };
    case 'missing':
      return { ruleId: 'file/read', ...phrase(msg, 'file/read', { reason: msg['file/reason']({ code: 'ENOENT', detail: '' }) }), severity: 'error' };
    case 'unreadable':
      return { ruleId: 'file/read', ...phrase(msg, 'file/read', { reason: msg['file/reason']({ code: read.code, detail: read.detail ?? read.code ?? '?' }) }), severity: 'error' };
  }
}

const RULE_OF: Record<YamlProblem['kind'], string> = {
  syntax: 'yaml/syntax',
  alias: 'yaml/alias',
  'too-deep': 'yaml/too-deep',
  'too-large': 'yaml/too-large',
  number: 'value/number',
};

/** The message for a Markdown body that breaks a bound. */
export function describeBodyProblem(p: BodyProblem, msg: Catalogue): Phrased {
  return p.rule === 'body/too-large' ? phrase(msg, 'body/too-large', { limit: p.limit }) : phrase(msg, 'body/too-complex', { what: p.what, limit: p.limit });
}

/** The message for a problem the YAML parse found. */
function describeProblem(p: YamlProblem, msg: Catalogue): Phrased {
  switch (p.kind) {
    case 'syntax':
      return phrase(msg, 'yaml/syntax', { code: p.code, detail: p.detail });
    case 'alias':
      return phrase(msg, 'yaml/alias');
    case 'too-deep':
      return phrase(msg, 'yaml/too-deep', { limit: MAX_DEPTH });
    case 'too-large':
      return p.code === 'ENTRIES' ? phrase(msg, 'yaml/too-large-text', { limit: MAX_ENTRIES }) : phrase(msg, 'yaml/too-large', { limit: MAX_ITEMS });
    case 'number':
      return phrase(msg, 'value/number', { value: p.detail });
  }
}
