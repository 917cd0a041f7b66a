import type { Document } from 'yaml';
import { LineCounter, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Node, Pair } from 'yaml';
import type { Position } from '../model/diagnostic.js';

/** The YAML part of a file: a whole `.yaml` file or the frontmatter of a `.md` file. */
export interface YamlPart {
  /** Offset in `SourceFile.text` where the YAML source starts. */
  offset: number;
  doc: Document.Parsed;
}

/** A data file as read from disk, with everything needed to point into it. */
export interface SourceFile {
  /** Path relative to the project root, POSIX separators. */
  path: string;
  absPath: string;
  /** Decoded text without a byte-order mark ('' when it could not be read). */
  text: string;
  format: 'yaml' | 'markdown';
  yaml?: YamlPart;
  /** The Markdown body of a `.md` file after its frontmatter. */
  body?: { text: string; offset: number };
  /** The parsed YAML (frontmatter), or undefined when it could not be parsed. */
  data: unknown;
  lines: LineCounter;
}

/** A data path as ajv and `Document.getIn` use it: keys and sequence indices. */
export type DataPath = readonly (string | number)[];

/** A located stretch of a file. */
export interface Span {
  start: Position;
  end?: Position;
}

/** Builds the offset-to-position index for a whole file. */
export function indexLines(text: string): LineCounter {
  const lc = new LineCounter();
  lc.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lc.addNewLine(i + 1);
  return lc;
}

/** Converts an offset in the file text to a 1-based line and column. */
export function positionAt(file: Pick<SourceFile, 'lines'>, offset: number): Position {
  const { line, col } = file.lines.linePos(offset);
  return { line: Math.max(1, line), column: Math.max(1, col) };
}

/** The span of the whole first line, for findings about a file as a whole. */
export function fileStart(): Span {
  return { start: { line: 1, column: 1 } };
}

/** Which part of a mapping entry a location should point at. */
export type Target = 'value' | 'key';

/**
 * Finds the node at `path` in the file's YAML and returns its span.
 * Stops at the deepest node that exists, so a missing key points at its parent mapping.
 */
export function locate(file: SourceFile, path: DataPath, target: Target = 'value'): Span {
  const part = file.yaml;
  if (!part) return fileStart();
  let node: unknown = part.doc.contents;
  let pair: Pair | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const found = node.items.find((item) => isPair(item) && scalarKey(item.key) === String(segment));
      if (!found) break;
      pair = found as Pair;
      node = found.value;
    } else if (isSeq(node)) {
      const index = typeof segment === 'number' ? segment : Number(segment);
      const item = Number.isInteger(index) ? node.items[index] : undefined;
      if (item === undefined) break;
      pair = undefined;
      node = item;
    } else {
      break;
    }
  }
  const chosen = target === 'key' && pair && isNodeWithRange(pair.key) ? pair.key : node;
  if (isNodeWithRange(chosen)) return spanOf(file, part, chosen.range[0], chosen.range[1]);
  // A key with an empty value (`ägare:`) has a null value node without a range: point at the key.
  if (pair && isNodeWithRange(pair.key)) return spanOf(file, part, pair.key.range[0], pair.key.range[1]);
  return { start: positionAt(file, part.offset) };
}

function spanOf(file: SourceFile, part: YamlPart, start: number, end: number): Span {
  const s = positionAt(file, part.offset + start);
  const e = positionAt(file, part.offset + Math.max(start, end));
  return { start: s, end: e };
}

function scalarKey(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function isNodeWithRange(node: unknown): node is Node & { range: [number, number, number] } {
  return typeof node === 'object' && node !== null && Array.isArray((node as { range?: unknown }).range);
}
