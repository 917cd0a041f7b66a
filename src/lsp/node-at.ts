import type { DataPath, SourceFile } from '../load/source-file.js';
import { yamlLib } from '../load/yaml-lib.js';

/** What lies at an offset of a file's YAML: the data path of the deepest node there, and its offsets in the file text. */
export interface NodeAt {
  path: DataPath;
  /** 'key' when the offset is on a mapping key, else 'value'. */
  target: 'key' | 'value';
  /** Offsets in the whole file text (frontmatter offset added). */
  start: number;
  end: number;
  /** The scalar's value, when the node is a scalar. */
  value?: unknown;
}

interface Ranged {
  range: [number, number, number];
}

/**
 * The node at `offset` (in the file's text) by the parser's node ranges: the deepest mapping key,
 * value or sequence item whose range holds the offset (an empty value `ägare: ` counts at its end,
 * so completion works where nothing is typed yet). Undefined outside the YAML part.
 */
export function nodeAt(file: SourceFile, offset: number): NodeAt | undefined {
  const part = file.yaml;
  const doc = part?.doc;
  if (!part || !doc) return undefined;
  const local = offset - part.offset;
  if (local < 0 || local > part.text.length) return undefined;
  const { isMap, isSeq, isScalar, isPair } = yamlLib();
  const holds = (n: unknown): n is Ranged => hasRange(n) && n.range[0] <= local && local <= n.range[1];
  const at = (n: Ranged, path: DataPath, target: 'key' | 'value'): NodeAt => ({
    path,
    target,
    start: part.offset + n.range[0],
    end: part.offset + n.range[1],
    ...(isScalar(n) ? { value: (n as { value: unknown }).value } : {}),
  });
  let node: unknown = doc.contents;
  const path: (string | number)[] = [];
  for (let depth = 0; depth < 128; depth++) {
    if (isMap(node)) {
      let next: unknown;
      for (const item of node.items) {
        if (!isPair(item)) continue;
        const key = isScalar(item.key) ? String((item.key as { value: unknown }).value) : undefined;
        if (key === undefined) continue;
        if (holds(item.key)) return at(item.key, [...path, key], 'key');
        if (holds(item.value)) {
          path.push(key);
          next = item.value;
          break;
        }
      }
      if (next === undefined) return undefined;
      node = next;
    } else if (isSeq(node)) {
      const i = node.items.findIndex((item) => holds(item));
      if (i < 0) return undefined;
      path.push(i);
      node = node.items[i];
    } else {
      return hasRange(node) ? at(node, path, 'value') : undefined;
    }
  }
  return undefined;
}

function hasRange(node: unknown): node is Ranged {
  return typeof node === 'object' && node !== null && Array.isArray((node as { range?: unknown }).range);
}

/** True when a reference pattern's path (with '*' for any item) matches a data path. */
export function matchesPattern(pattern: readonly (string | '*')[], path: DataPath): boolean {
  if (pattern.length !== path.length) return false;
  return pattern.every((step, i) => (step === '*' ? typeof path[i] === 'number' : step === path[i]));
}
