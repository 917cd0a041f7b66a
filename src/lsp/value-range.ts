import type { DataPath, SourceFile } from '../load/source-file.js';
import { yamlLib } from '../load/yaml-lib.js';

/** The offsets of the scalar at `path` in the file's text (quotes included, so a quoted id becomes plain). */
export function valueRange(file: SourceFile, path: DataPath): { start: number; end: number } | undefined {
  const part = file.yaml;
  const node = part?.doc?.getIn(path, true) as unknown;
  if (!part || !yamlLib().isScalar(node) || !node.range) return undefined;
  return { start: part.offset + node.range[0], end: part.offset + node.range[1] };
}
