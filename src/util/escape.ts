/**
 * One escaping function per output context. A string from the data (an id, a title, a file name, a
 * network name, a mapping key, a value) reaches an output only through the function of that
 * output, because CI runs sup on pull requests from outsiders and publishes what it prints.
 */

// ───────────────────────────── terminal ─────────────────────────────

/** C0 controls, DEL, C1 controls and the Unicode line and paragraph separators. */
const TERMINAL_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

const SHORT_FORMS: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A control character as visible text: `\n`, `\r`, `\t`, else `\u001b` and the like. */
function visible(ch: string): string {
  return SHORT_FORMS[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * Text from the data for a terminal: every control character (C0 with ESC, CR and LF, DEL, C1 with
 * CSI) and U+2028/U+2029 shown as visible escapes, so a data string can never start a line of
 * its own or move the cursor.
 */
export function escapeTerminal(text: string): string {
  return text.replace(TERMINAL_UNSAFE, visible);
}

/** File content for a code frame: control characters visible, only the real line breaks kept. */
export function escapeTerminalFrame(text: string): string {
  return text
    .split('\n')
    .map((line) => escapeTerminal(line))
    .join('\n');
}

/**
 * A tagged template for messages: the literal parts stay as written (they may end in a line break),
 * every interpolated value goes through {@link escapeTerminal}.
 */
export function terminal(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.reduce((out, part, i) => out + part + (i < values.length ? escapeTerminal(String(values[i])) : ''), '');
}

/** SGR sequences (colour and weight), the only escape sequences sup itself writes, and only with colour on. */
const SGR = /^\u001b\[[0-9;]*m/;
/** Controls a terminal acts on; \n and \t are the text's own structure, and CR LF is a line end. */
const GUARDED = /\r\n|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * The last guard before text reaches stdout or stderr: raw ESC, C1, lone CR, U+2028/U+2029 and the
 * other controls (not \n and \t) become visible, so no escape sequence from data reaches a terminal even through a
 * path that forgot its escaping. With `color`, the SGR sequences that chalk writes are kept: they
 * only colour text, they cannot move the cursor, clear the screen or make links.
 */
export function guardTerminalOutput(text: string, color: boolean): string {
  return text.replace(GUARDED, (ch, offset: number) => {
    if (ch === '\r\n') return ch;
    if (color && ch === '\u001b' && SGR.test(text.slice(offset, offset + 32))) return ch;
    return visible(ch);
  });
}

/**
 * Lines that a CI runner would take for a workflow command (`::error::…`, `::add-mask::…`; GitHub
 * trims leading blanks before it looks) get a word joiner (U+2060) before the `::`: invisible in
 * every document, but no longer a command. Applied to all text sup writes to stdout and stderr,
 * except the workflow commands the github format writes on purpose.
 */
export function neutraliseWorkflowCommands(text: string): string {
  return text.includes('::') ? text.replace(/^([ \t\u00a0\ufeff]*)::/gm, '$1\u2060::') : text;
}

// ───────────────────────────── GitHub workflow commands ─────────────────────────────

/** Controls other than CR and LF, which the toolkit's own escapes cover. */
const WORKFLOW_UNSAFE = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * A workflow command's message, escaped as GitHub's toolkit does (`%` → %25, CR → %0D, LF → %0A);
 * other control characters are shown visibly, as on a terminal, since the log shows the line.
 */
export function escapeWorkflowData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(WORKFLOW_UNSAFE, visible);
}

/** A workflow command's property value: as {@link escapeWorkflowData}, and `:` → %3A, `,` → %2C. */
export function escapeWorkflowProperty(text: string): string {
  return escapeWorkflowData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// ───────────────────────────── PR-comment Markdown ─────────────────────────────

/** Visible controls and one line: any run of white space (line breaks included) becomes one space. */
function markdownLine(text: string): string {
  return text
    .replace(/[\s\u2028\u2029]+/g, ' ')
    .replace(TERMINAL_UNSAFE, visible)
    .trim();
}

/**
 * Text from the data for Markdown that GitHub renders (a pull-request comment, a step summary): on
 * one line, with Markdown's punctuation backslash-escaped so no emphasis, link, heading, table cell
 * or HTML can start; `&` as `&amp;` so no entity (`&commat;`) is decoded; `@` followed by a word
 * joiner so no one is mentioned.
 */
export function escapeMarkdownText(text: string): string {
  return markdownLine(text)
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_[\]<>#|~!]/g, '\\$&')
    .replace(/@/g, '@\u2060')
    // At the start of a list item or a line, `1.`, `-`, `+` or `---` would open a list or a rule.
    .replace(/^([-+])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * A Markdown code span that holds any text from the data on one line: the fence is longer than
 * any run of backticks in it. In a GFM table (`inTable`) a `|` would end the cell even inside the
 * span, so it is written `\|`, which GFM reads as a pipe in the span.
 */
export function markdownCode(text: string, inTable = false): string {
  let t = markdownLine(text);
  if (inTable) t = t.replace(/\|/g, '\\|');
  if (t === '') return '` `';
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = t.startsWith('`') || t.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}

// ───────────────────────────── Markdown report (mdast) ─────────────────────────────

/** Controls a document has no use for: C0 but tab and line feed (a CR is a line end), DEL and C1. */
const DOCUMENT_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * The value of a text, code or other literal node of the Markdown report: remark-stringify escapes
 * Markdown syntax itself, so only control characters are removed and U+2028/U+2029 become spaces
 * (CR LF and CR become LF).
 */
export function cleanDocumentText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(DOCUMENT_UNSAFE, '')
    .replace(/[\u2028\u2029]/g, ' ');
}

// ───────────────────────────── Mermaid ─────────────────────────────

/** Characters that mean something in Mermaid source, as Mermaid's entity codes. */
const MERMAID_CODES: Record<string, string> = {
  '"': '#quot;',
  '%': '#37;',
  '#': '#35;',
  ';': '#59;',
  '<': '#lt;',
  '>': '#gt;',
  '&': '#amp;',
  '[': '#91;',
  ']': '#93;',
  '(': '#40;',
  ')': '#41;',
  '{': '#123;',
  '}': '#125;',
  '|': '#124;',
  '`': '#96;',
  '\\': '#92;',
  "'": '#39;',
};

/**
 * A quoted Mermaid label: on one line, control characters removed, and every character that could
 * end the label, start a directive (`%%{init}%%`), a comment or markup written as Mermaid's entity
 * code (`#quot;`, `#37;`, `#lt;` …) in one pass, so the `#` of a code is never escaped again.
 */
export function mermaidLabel(text: string): string {
  const line = text
    .replace(/[\s\u2028\u2029]+/g, ' ')
    .replace(DOCUMENT_UNSAFE, '')
    .trim();
  return `"${line.replace(/["%#;<>&[\](){}|`\\']/g, (ch) => MERMAID_CODES[ch]!)}"`;
}

// ───────────────────────────── CSV ─────────────────────────────

/** A plain number, which a spreadsheet reads as a number and never as a formula. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
/** What a spreadsheet may take for a formula: =, +, -, @ first (also after white space), or TAB or CR first. */
const FORMULA_LIKE = /^(?:[\t\r]|\s*[=+\-@])/;

/**
 * One CSV cell (RFC 4180) that reads the same with `,` and with `;` (Swedish Excel's list separator)
 * as separator: a cell that looks like a formula gets a leading `'` (plain numbers stay numbers), and
 * a cell with `,`, `;`, `"`, CR or LF is quoted with its quotes doubled.
 */
export function escapeCsvCell(raw: string): string {
  const field = FORMULA_LIKE.test(raw) && !PLAIN_NUMBER.test(raw) ? `'${raw}` : raw;
  return /[",;\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

// ───────────────────────────── XML ─────────────────────────────

/** Characters XML 1.0 cannot hold at all: C0 controls but tab, LF and CR, U+FFFE/U+FFFF and lone surrogates. */
const XML_ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text content of an XML element: illegal characters become U+FFFD, `& < > " '` are escaped, CR is kept as `&#13;`. */
export function escapeXmlText(text: string): string {
  return text
    .replace(XML_ILLEGAL, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

/** An XML attribute value: as {@link escapeXmlText}, with LF and tab as references so attribute normalisation keeps them. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

// ───────────────────────────── CODEOWNERS ─────────────────────────────

/** Text for a CODEOWNERS comment: on one line, controls removed, so data can never start a line of its own. */
export function codeownersText(text: string): string {
  return text
    .replace(/[\s\u2028\u2029]+/g, ' ')
    .replace(DOCUMENT_UNSAFE, '')
    .trim();
}

/** A path for CODEOWNERS: on one line, with what CODEOWNERS reads as a separator, comment or pattern escaped. */
export function escapeCodeownersPath(path: string): string {
  return codeownersText(path).replace(/[\\ #*?[]/g, '\\$&');
}

// ───────────────────────────── JSON ─────────────────────────────

/** What JSON.stringify leaves raw but a terminal or a JavaScript parser acts on: DEL, C1 and U+2028/U+2029. */
const JSON_RAW_UNSAFE = /[\u007f-\u009f\u2028\u2029]/g;

/**
 * A value as one line of JSON for stdout: JSON.stringify (which escapes C0 and quotes), and DEL,
 * C1 and the line and paragraph separators as \u escapes too, so a data string can neither move a
 * terminal's cursor nor end a line. The text parses back to the same value.
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value).replace(JSON_RAW_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
