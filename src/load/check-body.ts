/**
 * Bounds on Markdown text, checked in one linear pass before remark sees it. micromark resolves
 * emphasis and links by looking back over earlier delimiters, which is quadratic: 16,000 characters
 * of `*_` took 15 s, and a 300 kB table of 50,000 columns took 1 GB. The limits keep any accepted
 * text under about a second of parsing (measured in docs/rules.md, `body/too-complex`).
 */

/** Longest Markdown text accepted, in characters (real bodies are under 11,000). */
export const MAX_BODY_CHARS = 65_536;
/** Most emphasis and link delimiters (`*`, `_`, `~`, `[`, `]`) in one block between blank lines. */
export const MAX_DELIMITERS_PER_BLOCK = 500;
/** Most such delimiters in one text. */
export const MAX_DELIMITERS = 5_000;
/** Most `|` on one line: the columns of a table row. */
export const MAX_COLUMNS = 100;
/** Most `|` in one text: the cells of all its tables. */
export const MAX_CELLS = 2_000;

/** Why a text is refused, with the offset in the text where the limit was passed. */
export interface BodyProblem {
  rule: 'body/too-large' | 'body/too-complex';
  what: 'chars' | 'delimiters-per-block' | 'delimiters' | 'columns' | 'cells';
  limit: number;
  offset: number;
}

/** The first bound `text` breaks, or undefined when remark may parse it. */
export function checkBody(text: string): BodyProblem | undefined {
  if (text.length > MAX_BODY_CHARS) return { rule: 'body/too-large', what: 'chars', limit: MAX_BODY_CHARS, offset: MAX_BODY_CHARS };
  let block = 0;
  let total = 0;
  let pipesOnLine = 0;
  let pipes = 0;
  let blankLine = true;
  const tooComplex = (what: BodyProblem['what'], limit: number, offset: number): BodyProblem => ({ rule: 'body/too-complex', what, limit, offset });
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      // A blank line ends a paragraph, and micromark resolves delimiters per paragraph.
      if (blankLine) block = 0;
      blankLine = true;
      pipesOnLine = 0;
      continue;
    }
    if (c !== 32 && c !== 9 && c !== 13) blankLine = false;
    if (c === 42 || c === 95 || c === 126 || c === 91 || c === 93) {
      if (++block > MAX_DELIMITERS_PER_BLOCK) return tooComplex('delimiters-per-block', MAX_DELIMITERS_PER_BLOCK, i);
      if (++total > MAX_DELIMITERS) return tooComplex('delimiters', MAX_DELIMITERS, i);
    } else if (c === 124) {
      if (++pipesOnLine > MAX_COLUMNS) return tooComplex('columns', MAX_COLUMNS, i);
      if (++pipes > MAX_CELLS) return tooComplex('cells', MAX_CELLS, i);
    }
  }
  return undefined;
}
