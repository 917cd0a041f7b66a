import type { Root, RootContent } from 'mdast';
import { fillPlaceholders, ownValue } from '../util/placeholders.js';
import { isMap, isScalar } from 'yaml';
import { checkBody } from '../load/check-body.js';
import { describeBodyProblem } from '../load/load-file.js';
import { parseYaml } from '../load/parse-yaml.js';
import { LineIndex } from '../load/source-file.js';
import { catalogue } from '../messages/catalogue.js';
import { visit } from 'unist-util-visit';
import { parseMarkdown, stripCodeLanguages } from './markdown.js';
import type { FileSource } from '../source/file-source.js';
import { readOwnOrBuiltin } from '../source/read-own-or-builtin.js';
import { savedRecord } from '../kolada/saved-record.js';
export { BUILTIN_TEMPLATES } from '../source/read-own-or-builtin.js';

/** A problem in a template, with its place, so the kansli can fix the file. */
export class TemplateError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    message: string,
  ) {
    super(`${file}:${line}:${column}: ${message}`);
  }
}

/** Reads a template file from the project's templates/ folder (through its source), or the built-in one. */
export function readTemplate(source: FileSource | undefined, name: string): { path: string; text: string } {
  const t = readOwnOrBuiltin(source, name);
  if (!t.ok) throw new TemplateError(t.path, 1, 1, TEMPLATE_PROBLEMS[t.problem](t.size, t.limit));
  return t;
}

/** Why a project's own template is not used; the built-in one is never put in its place silently. */
const TEMPLATE_PROBLEMS: Record<string, (size?: number, limit?: number) => string> = {
  outside: () => 'mallen är en länk som pekar utanför projektet och läses inte',
  'broken-link': () => 'mallen är en länk som inte går att följa',
  folder: () => 'på mallens plats finns en mapp',
  special: () => 'mallen är ingen vanlig fil (en rörledning, socket eller enhet) och läses inte',
  'too-large': (size, limit) => `mallen är för stor (${size ?? '?'} byte, högst ${limit ?? '?'} byte)`,
  'bad-name': () => 'mallens namn går inte att läsa',
  unreadable: () => 'mallen kunde inte läsas',
  missing: () => 'mallen finns inte',
};

/** The labels of etiketter.yaml, with where each one stands so a mistake in it can be pointed at. */
export interface Labels {
  path: string;
  text: Record<string, string>;
  where: Record<string, { line: number; column: number }>;
}

/** Reads etiketter.yaml (or another labels file): the fixed words of tables and lines. Every key the code uses must be there. */
export function readLabels(source: FileSource | undefined, required: readonly string[], name = 'etiketter.yaml'): Labels {
  const { path, text } = readTemplate(source, name);
  const lines = new LineIndex(text);
  // The same bounded parse as data files: a huge or hostile labels file is an error, not a hang.
  const { doc, problems } = parseYaml(text);
  const first = problems.find((p) => p.severity === 'error');
  if (first || !doc) {
    const at = lines.position(first?.offset ?? 0);
    throw new TemplateError(path, at.line, at.column, `etiketterna är inte giltig YAML: ${first?.detail ?? ''}`);
  }
  // Null prototypes: a label named constructor or __proto__ is only a label.
  const labels: Labels = { path, text: Object.create(null) as Record<string, string>, where: Object.create(null) as Labels['where'] };
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      if (isScalar(pair.value) && typeof pair.value.value === 'string') labels.text[key] = pair.value.value;
      labels.where[key] = lines.position(pair.key.range?.[0] ?? 0);
    }
  }
  for (const key of required) {
    if (!Object.hasOwn(labels.text, key)) throw new TemplateError(path, 1, 1, `etiketten "${key}" saknas eller är inte en text`);
  }
  return labels;
}

/** Replaces {{name}} in a string from `vars`; an unknown name is an error. */
export function fill(template: string, vars: Record<string, string>, where?: { file: string; line: number; column: number }): string {
  return fillPlaceholders(template, ownValue(vars), (name) => {
    if (where) throw new TemplateError(where.file, where.line, where.column, `okänt namn {{${name}}}; kända namn: ${Object.keys(vars).join(', ')}`);
    throw new Error(`unknown template name {{${name}}}`);
  });
}

/** Builds the content of a block placeholder; `depth` is the depth of the heading above it. */
export type Block = (depth: number) => RootContent[];

const PLACEHOLDER = /^<!--\s*sup:([a-z0-9-]+)\s*-->$/;

/**
 * Turns a Markdown template into a tree: {{name}} in text is replaced by its value (as text,
 * never as Markdown), and a line `<!-- sup:block -->` by the block's tree. Other HTML is dropped.
 */
export function applyTemplate(template: { path: string; text: string }, vars: Record<string, string>, blocks: Record<string, Block>): Root {
  const bad = checkBody(template.text);
  if (bad) {
    const at = new LineIndex(template.text).position(bad.offset);
    throw new TemplateError(template.path, at.line, at.column, describeBodyProblem(bad, catalogue('sv')).message);
  }
  const tree = parseMarkdown(template.text);
  stripCodeLanguages(tree);
  visit(tree, 'html', (node, _index, parent) => {
    if (parent?.type !== 'root' && /<!--\s*sup:/.test(node.value)) {
      const pos = node.position?.start ?? { line: 1, column: 1 };
      throw new TemplateError(template.path, pos.line, pos.column, 'ett block (<!-- sup:… -->) ska stå ensamt på sin rad');
    }
  });
  visit(tree, 'text', (node) => {
    const pos = node.position?.start ?? { line: 1, column: 1 };
    node.value = fill(node.value, vars, { file: template.path, line: pos.line, column: pos.column });
  });
  const children: RootContent[] = [];
  let depth = 0;
  for (const node of tree.children) {
    if (node.type === 'heading') depth = node.depth;
    if (node.type !== 'html') {
      children.push(node);
      continue;
    }
    const m = PLACEHOLDER.exec(node.value.trim());
    const pos0 = node.position?.start ?? { line: 1, column: 1 };
    if (!m && /^<!--\s*sup:/i.test(node.value.trim())) {
      // A comment that starts like a block but is not one exactly: a misspelt name or text after it.
      const single = /^<!--\s*sup:\s*([^\s>]*)\s*-->$/i.exec(node.value.trim());
      throw new TemplateError(
        template.path,
        pos0.line,
        pos0.column,
        single
          ? `okänt block sup:${single[1]}; kända block: ${Object.keys(blocks).join(', ')}`
          : 'ett block (<!-- sup:… -->) ska stå ensamt på sin rad',
      );
    }
    if (!m) continue; // comments for the template's editor
    // Own properties only: a block named constructor or __proto__ is unknown, not Object's.
    const block = Object.hasOwn(blocks, m[1]!) ? blocks[m[1]!] : undefined;
    const pos = node.position?.start ?? { line: 1, column: 1 };
    if (!block) {
      throw new TemplateError(template.path, pos.line, pos.column, `okänt block sup:${m[1]}; kända block: ${Object.keys(blocks).join(', ')}`);
    }
    children.push(...block(depth));
  }
  return { type: 'root', children };
}

/**
 * Reads what a document is made from besides the data — its template, the labels and the style
 * sheet — through the project's source (its own templates/ or the built-in ones). The CLI calls it
 * and hands the result to the renderers, which read nothing themselves.
 */
export function readDocumentAssets(
  source: FileSource | undefined,
  templateName: string,
  labelKeys: readonly string[],
  options: { css: boolean },
): { template: { path: string; text: string }; labels: Labels; saved: ReturnType<typeof savedRecord>; css?: { path: string; text: string } } {
  const read = { template: readTemplate(source, templateName), labels: readLabels(source, labelKeys), saved: savedRecord(source) };
  // Markdown has no style sheet: a stil.css that cannot be read stops only HTML and PDF.
  return options.css ? { ...read, css: readTemplate(source, 'stil.css') } : read;
}
