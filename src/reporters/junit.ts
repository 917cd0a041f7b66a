import type { Lang } from '../messages/catalogue.js';
import type { Diagnostic, Summary } from '../model/diagnostic.js';
import { escapeXmlAttribute as attr, escapeXmlText as escapeText } from '../util/escape.js';

export interface JunitOptions {
  lang: Lang;
  /** Project-relative paths of every checked file; each becomes a test case, with findings or not. */
  files: readonly string[];
  /** With --strict, warnings fail a file's test case as errors do. */
  strict?: boolean;
}

const TEXT = {
  sv: {
    error: (n: number) => `${n} fel`,
    warning: (n: number) => `${n} ${n === 1 ? 'varning' : 'varningar'}`,
    and: 'och',
    severity: { error: 'fel', warning: 'varning', info: 'info' },
    hint: 'Tips',
    related: 'Se även',
  },
  en: {
    error: (n: number) => `${n} ${n === 1 ? 'error' : 'errors'}`,
    warning: (n: number) => `${n} ${n === 1 ? 'warning' : 'warnings'}`,
    and: 'and',
    severity: { error: 'error', warning: 'warning', info: 'info' },
    hint: 'Hint',
    related: 'See also',
  },
};

/**
 * JUnit XML: one test suite per checked file holding one test case for that file, so every file is
 * a test whether or not it has findings. The case fails (`<failure>`) on the file's errors (and
 * warnings with --strict); the other findings go to its `<system-out>`. Nothing depends on the clock.
 */
export function formatJunit(diagnostics: readonly Diagnostic[], _summary: Summary, options: JunitOptions): string {
  const text = TEXT[options.lang];
  const byFile = new Map<string, Diagnostic[]>();
  for (const f of options.files) byFile.set(f, []);
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  const files = [...byFile.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const fails = (d: Diagnostic) => d.severity === 'error' || (options.strict === true && d.severity === 'warning');
  const suites: string[] = [];
  let failures = 0;
  for (const file of files) {
    const list = byFile.get(file)!;
    const failing = list.filter(fails);
    const other = list.filter((d) => !fails(d));
    if (failing.length > 0) failures++;
    const testcase = `<testcase name="${attr(file)}" classname="sup check" file="${attr(file)}" time="0"`;
    const lines = [`  <testsuite name="${attr(file)}" tests="1" failures="${failing.length > 0 ? 1 : 0}" errors="0" skipped="0" time="0">`];
    if (list.length === 0) {
      lines.push(`    ${testcase}/>`);
    } else {
      lines.push(`    ${testcase}>`);
      if (failing.length > 0) {
        const errors = failing.filter((d) => d.severity === 'error').length;
        const warnings = failing.length - errors;
        const counts = [...(errors > 0 ? [text.error(errors)] : []), ...(warnings > 0 ? [text.warning(warnings)] : [])];
        const types = [...new Set(failing.map((d) => d.ruleId))].sort().join(' ');
        lines.push(`      <failure message="${attr(counts.join(` ${text.and} `))}" type="${attr(types)}">${body(failing, options.lang)}</failure>`);
      }
      if (other.length > 0) lines.push(`      <system-out>${body(other, options.lang)}</system-out>`);
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
    suites.push(lines.join('\n'));
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="sup check" tests="${files.length}" failures="${failures}" errors="0" time="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

/** The findings as the pretty report writes them, one a line, for the text of a failure or system-out. */
function body(list: readonly Diagnostic[], lang: Lang): string {
  const text = TEXT[lang];
  const lines: string[] = [];
  for (const d of list) {
    lines.push(`${d.file}:${d.start?.line ?? 1}:${d.start?.column ?? 1}  ${text.severity[d.severity] ?? d.severity}  ${d.message}  ${d.ruleId}`);
    if (d.hint && !d.message.includes(d.hint)) lines.push(`    ${text.hint}: ${d.hint}`);
    for (const r of d.related ?? []) lines.push(`    ${text.related}: ${r.file}${r.start ? `:${r.start.line}:${r.start.column}` : ''} (${r.message})`);
  }
  return escapeText(lines.join('\n') + '\n');
}
