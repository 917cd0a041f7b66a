import matter from 'gray-matter';

export type Split =
  | { ok: true; yamlText: string; yamlOffset: number; body: string; bodyOffset: number }
  | { ok: false; problem: 'missing' | 'unclosed' | 'language'; line?: string };

// gray-matter would otherwise run `---js` frontmatter through eval; only plain `---` is accepted
// (checked below) and every engine is replaced by one that returns nothing.
const inert = { parse: () => ({}), stringify: () => '' };
const OPTIONS = { engines: { yaml: inert, json: inert, js: inert, javascript: inert, coffee: inert, toml: inert } };

const OPENING = /^---[ \t]*(\r?\n|$)/;

/**
 * Splits a Markdown file into its YAML frontmatter and its body, with the offsets of both in `text`.
 * `text` has no byte-order mark.
 */
export function splitFrontmatter(text: string): Split {
  if (!text.startsWith('---')) return { ok: false, problem: 'missing' };
  if (!OPENING.test(text)) {
    return { ok: false, problem: 'language', line: text.slice(0, text.search(/\r?\n|$/)) };
  }
  // Passing options (any object) keeps gray-matter from caching every file by content.
  const file = matter(text, OPTIONS as unknown as Parameters<typeof matter>[1]);
  const yamlOffset = 3;
  // Without a closing line gray-matter takes the whole rest of the file as frontmatter.
  if (yamlOffset + file.matter.length >= text.length) return { ok: false, problem: 'unclosed' };
  // gray-matter's text stops before the newline that ends the last field; with CRLF that leaves
  // a lone "\r" that YAML would read as part of the last value, so keep the whole line end.
  const yamlText = text.slice(yamlOffset, yamlOffset + file.matter.length + 1);
  const body = file.content;
  return { ok: true, yamlText, yamlOffset, body, bodyOffset: text.length - body.length };
}
