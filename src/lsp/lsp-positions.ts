import type { Position as LspPosition, Range } from 'vscode-languageserver/node';
import type { Position } from '../model/diagnostic.js';
import type { SourceFile } from '../load/source-file.js';

/** A 1-based sup position as a 0-based LSP position (columns count UTF-16 code units in both). */
export function toLspPosition(p: Position): LspPosition {
  return { line: Math.max(0, p.line - 1), character: Math.max(0, p.column - 1) };
}

/** The LSP range of two offsets in a file's text. */
export function rangeOf(file: Pick<SourceFile, 'lines'>, start: number, end: number): Range {
  const s = file.lines.position(start);
  const e = file.lines.position(Math.max(start, end));
  return { start: toLspPosition(s), end: toLspPosition(e) };
}

/** The offset in a file's text of an LSP position (clamped to the line and the text). */
export function offsetOf(file: Pick<SourceFile, 'lines' | 'text'>, p: LspPosition): number {
  const starts = file.lines.starts;
  if (p.line >= starts.length) return file.text.length;
  const lineStart = starts[Math.max(0, p.line)]!;
  const lineEnd = p.line + 1 < starts.length ? starts[p.line + 1]! - 1 : file.text.length;
  return Math.min(lineStart + Math.max(0, p.character), lineEnd);
}
