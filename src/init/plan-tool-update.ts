// jsonc-parser ships UMD as its main entry, which Node's ESM loader exposes only as a default export.
import jsonc from 'jsonc-parser';
import type { FileSource } from '../source/file-source.js';
import { TOOL_FOLDER } from './pack-self.js';
import { firstTooDeep } from '../util/first-too-deep.js';

/** What `sup init --uppdatera` will do to a data repository. */
export interface ToolUpdate {
  /** package.json as it is, and as it will be. */
  before: Buffer;
  after: Buffer;
  /** Where sup was installed from before (undefined: it was not in package.json). */
  oldSpec: string | undefined;
  /** The tarballs in verktyg/ that the new one replaces. */
  remove: string[];
}

/** Why package.json cannot be updated, with the parser's position where there is one. */
export interface ToolUpdateProblem {
  problem: 'missing' | 'unreadable' | 'invalid-json' | 'not-object' | 'not-string';
  file: string;
  line?: number;
  column?: number;
  detail?: string;
}

const FIELDS = ['devDependencies', 'dependencies'] as const;

/**
 * Plans replacing the sup a data repository installs with `spec` (the running version's tarball,
 * or a --sup-spec): package.json with only the value of `sup` changed, byte for byte around it,
 * and every older `verktyg/sup-*.tgz` to remove. package.json is read through the project's
 * source, since a pull request controls it, and parsed with jsonc-parser (VS Code's), whose
 * node offsets give a broken file's line and column and whose edits keep the rest of the file.
 */
export function planToolUpdate(source: FileSource, spec: string, keep: string | undefined): ToolUpdate | ToolUpdateProblem {
  const file = 'package.json';
  const read = source.read(file, 'config');
  if (!read.ok) return { problem: read.problem === 'missing' ? 'missing' : 'unreadable', file, detail: read.problem };
  const text = read.bytes.toString('utf8');
  const at = (offset: number) => position(text, offset);
  // The parser recurses per level: a file nested thousands deep would overflow the stack.
  const tooDeep = firstTooDeep(text, MAX_DEPTH);
  if (tooDeep !== undefined) return { problem: 'invalid-json', file, ...at(tooDeep), detail: 'TooDeep' };
  const errors: jsonc.ParseError[] = [];
  const tree = jsonc.parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const error = errors[0];
  if (error || !tree) return { problem: 'invalid-json', file, ...at(error?.offset ?? 0), detail: error ? jsonc.printParseErrorCode(error.error) : undefined };
  if (tree.type !== 'object') return { problem: 'not-object', file, ...at(tree.offset) };

  let oldSpec: string | undefined;
  let path: jsonc.JSONPath = ['devDependencies', 'sup'];
  for (const field of FIELDS) {
    const node = jsonc.findNodeAtLocation(tree, [field, 'sup']);
    if (!node) continue;
    if (node.type !== 'string') return { problem: 'not-string', file, ...at(node.offset) };
    oldSpec = node.value as string;
    path = [field, 'sup'];
    break;
  }
  // An edit of only that value (or an added key), in the file's own indentation: the rest stays byte for byte.
  const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? '  ';
  const edits = jsonc.modify(text, path, spec, { formattingOptions: { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n' } });
  const after = jsonc.applyEdits(text, edits);
  const listed = source.list([`${TOOL_FOLDER}/sup-*.tgz`], []);
  const remove = [...listed.files.map((f) => f.path), ...listed.problems.map((p) => p.path)].filter((p) => p !== keep).sort();
  return { before: read.bytes, after: Buffer.from(after, 'utf8'), oldSpec, remove };
}

/** No package.json comes near this; the parser's recursion is far from the stack's limit here. */
const MAX_DEPTH = 64;

/** 1-based line and column (in UTF-16 units, like the editor's) of an offset the parser gave. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** True when the plan is a problem rather than an update. */
export function isUpdateProblem(plan: ToolUpdate | ToolUpdateProblem): plan is ToolUpdateProblem {
  return 'problem' in plan;
}
