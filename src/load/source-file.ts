import type { Document, Node, Pair } from 'yaml';
import { yamlLib } from './yaml-lib.js';
import type { Position } from '../model/diagnostic.js';
import type { DataPath } from '../model/reference.js';
import type { FileSource } from '../source/file-source.js';
import { parseYaml } from './parse-yaml.js';
import { splitFrontmatter } from './split-frontmatter.js';
import type { Split } from './split-frontmatter.js';
import { isMarkdownPath } from '../util/text.js';

/** The YAML part of a file: a whole `.yaml` file or the frontmatter of a `.md` file. */
export interface YamlPart {
  /** Offset in `SourceFile.text` where the YAML source starts. */
  offset: number;
  /** The YAML source text. */
  text: string;
  /**
   * The parsed Document with node ranges. Built on first use: most files are read with the fast
   * parse and only the ones with a finding (or an edit) pay for positions.
   */
  readonly doc: Document.Parsed | undefined;
}

/** A YamlPart whose Document is parsed on first use, or given when it already exists (null: known to be absent). */
export function yamlPart(offset: number, text: string, doc?: Document.Parsed | null): YamlPart {
  return new LazyYamlPart(offset, text, doc);
}

class LazyYamlPart implements YamlPart {
  #doc: Document.Parsed | undefined;
  #done: boolean;
  constructor(
    readonly offset: number,
    readonly text: string,
    doc?: Document.Parsed | null,
  ) {
    this.#doc = doc ?? undefined;
    this.#done = doc !== undefined;
  }
  get doc(): Document.Parsed | undefined {
    if (!this.#done) {
      this.#doc = parseYaml(this.text).doc;
      this.#done = true;
    }
    return this.#doc;
  }
}

/** A data file as read from disk, with everything needed to point into it. */
export interface SourceFile {
  /** Path relative to the project root, POSIX separators. */
  path: string;
  /** Where the file was read from; its text is read again through it when needed. */
  source: FileSource;
  /** Decoded text without a byte-order mark ('' when it could not be read). */
  text: string;
  format: 'yaml' | 'markdown';
  yaml?: YamlPart;
  /** The Markdown body of a `.md` file after its frontmatter. */
  body?: { text: string; offset: number };
  /** The parsed YAML (frontmatter), or undefined when it could not be parsed. */
  data: unknown;
  /** Offset-to-position index of `text`, built on first use. */
  readonly lines: LineIndex;
}

/** A SourceFile whose line index is built only when a position is asked for. */
export function sourceFile(fields: Omit<SourceFile, 'lines'>): SourceFile {
  return new LoadedSource(fields);
}

class LoadedSource implements SourceFile {
  path: string;
  source: FileSource;
  text: string;
  format: 'yaml' | 'markdown';
  yaml?: YamlPart;
  body?: { text: string; offset: number };
  data: unknown;
  #lines: LineIndex | undefined;
  #indexed: string | undefined;
  constructor(fields: Omit<SourceFile, 'lines'>) {
    this.path = fields.path;
    this.source = fields.source;
    this.text = fields.text;
    this.format = fields.format;
    if (fields.yaml) this.yaml = fields.yaml;
    if (fields.body) this.body = fields.body;
    this.data = fields.data;
  }
  get lines(): LineIndex {
    // Rebuilt if the text was replaced (the loader sets it after reading).
    if (!this.#lines || this.#indexed !== this.text) {
      this.#lines = indexLines(this.text);
      this.#indexed = this.text;
    }
    return this.#lines;
  }
}

// A data path as ajv and `Document.getIn` use it (keys and sequence indices); defined in model.
export type { DataPath } from '../model/reference.js';

/** A located stretch of a file. */
export interface Span {
  start: Position;
  end?: Position;
}

/** The offsets at which the lines of a text start, for turning offsets into lines and columns. */
export class LineIndex {
  readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  /** The 1-based line and column of an offset. */
  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

/** Builds the offset-to-position index for a whole file. */
export function indexLines(text: string): LineIndex {
  return new LineIndex(text);
}

/** Converts an offset in the file text to a 1-based line and column. */
export function positionAt(file: Pick<SourceFile, 'lines'>, offset: number): Position {
  const { line, column } = file.lines.position(Math.max(0, offset));
  return { line: Math.max(1, line), column: Math.max(1, column) };
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
  const doc = part?.doc;
  if (!part || !doc) return fileStart();
  const { isMap, isPair, isSeq } = yamlLib();
  let node: unknown = doc.contents;
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
  if (yamlLib().isScalar(key)) return String((key as { value: unknown }).value);
  return undefined;
}

function isNodeWithRange(node: unknown): node is Node & { range: [number, number, number] } {
  return typeof node === 'object' && node !== null && Array.isArray((node as { range?: unknown }).range);
}

/**
 * A SourceFile whose data is known (from the fast parse or the check cache): its text (for
 * positions and code frames) and its Markdown body are read from disk only if something asks for
 * them. Not keeping 10,000 file texts alive saves memory and garbage-collection time.
 */
export function lazySource(path: string, source: FileSource, data: unknown): SourceFile {
  return new LazySource(path, source, data);
}

class LazySource implements SourceFile {
  readonly format: 'yaml' | 'markdown';
  #text: string | undefined;
  #split: Split | undefined;
  #yaml: YamlPart | undefined;
  #lines: LineIndex | undefined;
  constructor(
    readonly path: string,
    readonly source: FileSource,
    public data: unknown,
  ) {
    this.format = isMarkdownPath(path) ? 'markdown' : 'yaml';
  }
  get text(): string {
    if (this.#text === undefined) {
      // Gone or changed into something unreadable since it was read: positions fall back to the file's start.
      const read = this.source.read(this.path, 'data');
      const text = read.ok ? read.bytes.toString('utf8') : '';
      this.#text = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    }
    return this.#text;
  }
  set text(value: string) {
    this.#text = value;
    this.#split = undefined;
    this.#yaml = undefined;
    this.#lines = undefined;
  }
  get lines(): LineIndex {
    this.#lines ??= indexLines(this.text);
    return this.#lines;
  }
  get yaml(): YamlPart | undefined {
    if (!this.#yaml) {
      const s = this.#parts();
      this.#yaml = s?.ok ? yamlPart(s.yamlOffset, s.yamlText) : this.format === 'yaml' ? yamlPart(0, this.text) : undefined;
    }
    return this.#yaml;
  }
  get body(): { text: string; offset: number } | undefined {
    const s = this.#parts();
    return s?.ok ? { text: s.body, offset: s.bodyOffset } : undefined;
  }
  #parts(): Split | undefined {
    if (this.format !== 'markdown') return undefined;
    this.#split ??= splitFrontmatter(this.text);
    return this.#split;
  }
}
