import { isMarkdownPath } from '../util/text.js';
import { splitFrontmatter } from '../load/split-frontmatter.js';

/** A data file as bytes and as text, with the stretch of text that is YAML. */
export interface DataText {
  /** The bytes as read, for the check that nothing changed them before the write. */
  bytes: Buffer;
  /** True when the file starts with a UTF-8 byte-order mark, which is kept. */
  bom: boolean;
  /** The decoded text without the byte-order mark. */
  text: string;
  format: 'yaml' | 'markdown';
  /** Where the YAML (the whole file, or the frontmatter) starts and ends in `text`. */
  yamlStart: number;
  yamlEnd: number;
}

export type DataTextProblem = 'encoding' | 'frontmatter';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Decodes a data file for editing. A Markdown file's YAML is its frontmatter as the loader's
 * splitter finds it (one splitter, so the editor never edits other text than sup check checked).
 */
export function readDataText(bytes: Buffer, path: string): DataText | { problem: DataTextProblem } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { problem: 'encoding' };
  }
  const bom = bytes.subarray(0, 3).equals(BOM);
  if (bom) text = text.slice(1);
  if (!isMarkdownPath(path)) return { bytes, bom, text, format: 'yaml', yamlStart: 0, yamlEnd: text.length };
  const split = splitFrontmatter(text);
  if (!split.ok) return { problem: 'frontmatter' };
  return { bytes, bom, text, format: 'markdown', yamlStart: split.yamlOffset, yamlEnd: split.yamlOffset + split.yamlText.length };
}

/** The YAML text of a data file. */
export function yamlOf(file: DataText): string {
  return file.text.slice(file.yamlStart, file.yamlEnd);
}

/** The file's bytes with its YAML replaced; everything around it (byte-order mark, `---` lines, the body) stays as it was. */
export function withYaml(file: DataText, yaml: string): Buffer {
  const text = file.text.slice(0, file.yamlStart) + yaml + file.text.slice(file.yamlEnd);
  const body = Buffer.from(text, 'utf8');
  return file.bom ? Buffer.concat([BOM, body]) : body;
}
