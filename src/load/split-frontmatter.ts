export type Split =
  | { ok: true; yamlText: string; yamlOffset: number; body: string; bodyOffset: number }
  | { ok: false; problem: 'missing' | 'unclosed' | 'language'; line?: string };

const OPENING = /^---[ \t]*(\r?\n|$)/;
const CLOSING = /\r?\n---[ \t]*(\r?\n|$)/g;

/**
 * Splits a Markdown file into its YAML frontmatter and its body, with the offsets of both in `text`
 * (which has no byte-order mark). The frontmatter starts with a line `---` and ends at the next
 * line `---`; the YAML text keeps the line end of its last line, so CRLF files parse cleanly.
 * Only plain `---` opens it: `---js` and the like are refused, since nothing but YAML is read.
 *
 * The one splitter: the loader and the editor (src/edit/data-text.ts) both use it. Not gray-matter:
 * even with options given (no content cache) it cost 7.6–18.4 µs a file more than this, against a
 * budget of about 5 µs, and it closes at a line that only starts with `---` (scripts/bench/frontmatter.mjs,
 * docs/performance.md).
 */
export function splitFrontmatter(text: string): Split {
  if (!text.startsWith('---')) return { ok: false, problem: 'missing' };
  const opening = OPENING.exec(text);
  if (!opening) return { ok: false, problem: 'language', line: text.slice(0, text.search(/\r?\n|$/)) };
  const yamlOffset = 3;
  CLOSING.lastIndex = opening[0].length - 1;
  const closing = CLOSING.exec(text);
  if (!closing) return { ok: false, problem: 'unclosed' };
  const lineEnd = closing[0].startsWith('\r') ? 2 : 1;
  const yamlText = text.slice(yamlOffset, closing.index + lineEnd);
  const bodyOffset = closing.index + closing[0].length;
  return { ok: true, yamlText, yamlOffset, body: text.slice(bodyOffset), bodyOffset };
}
