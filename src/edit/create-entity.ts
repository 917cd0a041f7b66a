import { existsSync, rmdirSync } from 'node:fs';
import { YAML_PARSE_OPTIONS } from '../load/parse-yaml.js';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_FILES } from '../model/kinds.js';
import { suggest, fold } from '../util/suggest.js';
import { ConfinedWriteError, ConfinedWriter } from '../source/confined-writer.js';
import type { FileSource } from '../source/file-source.js';
import { readOwnOrBuiltin } from '../source/read-own-or-builtin.js';
import { SCHEMA_DIR } from '../validate/schemas.js';
import { checkWithChange } from './check-change.js';
import type { EditOutcome, EditSession } from './commit.js';
import { editErrorOutcome } from './commit.js';
import { readDataText, withYaml, yamlOf } from './data-text.js';
import { firstMissingFolder } from './write-files.js';
import { idFromTitle, isValidId, nextFreeId } from './make-id.js';
import { dataFolder, NEW_KIND_SPECS, NEW_KINDS } from './new-kinds.js';
import type { Given, NewInput, NewKind, NewKindName } from './new-kinds.js';
import { fillNewPlaceholders } from './fill-new-placeholders.js';
import { fieldInfo, fieldNames, parseFieldPath, parseFieldValue, unknownField } from './schema-field.js';
import { dataOf, deleteKey, EditError, emptyKeys, getIn, setValue } from './yaml-edit.js';
import type { EditPath, EditValue } from './yaml-edit.js';
import { firstSentence, isIsoDate } from '../util/text.js';
import { yamlLib } from '../load/yaml-lib.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { field } from '../load/project.js';

/** The templates for new files that ship with sup; a project's own templates/ny/ takes precedence. */
export const BUILTIN_NEW_TEMPLATES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates', 'ny');

/** The kind a name on the command line means: Swedish names, in any case, with or without å/ä/ö. */
export function newKindByName(name: string): NewKind | undefined {
  const wanted = fold(name.trim());
  const found = NEW_KINDS.find((k) => fold(k) === wanted);
  return found ? NEW_KIND_SPECS[found] : undefined;
}

/** The closest kind name, for "menade du …?". */
export function suggestNewKind(name: string): NewKindName | undefined {
  return suggest(name, NEW_KINDS) as NewKindName | undefined;
}

export type InputCheck = { ok: true; value: string | string[] } | { ok: false; problem: string };

/** A field given with `--fält namn=värde`, read as the schema expects. */
export interface ExtraField {
  path: EditPath;
  value: EditValue;
}

/** Making one new file: what is needed, what is missing, and the file itself. */
export class NewEntityFile {
  constructor(
    readonly session: EditSession,
    readonly kind: NewKind,
  ) {}

  /** One line about an input, from the schema's description or the input's own. */
  describe(input: NewInput): string {
    const { msg } = this.session;
    if (input.description === 'roll') return msg.rollDescription();
    if (input.description === 'planForFolder') return msg.planForFolder();
    const description = input.path ? fieldInfo(this.kind.fileKind, input.path)?.description : undefined;
    return firstSentence(description ?? '');
  }

  /** True when the input must have a value. */
  isRequired(input: NewInput, given: Given): boolean {
    return typeof input.required === 'function' ? input.required(given) : input.required;
  }

  /** Fills in the values that follow from the project; returns the inputs that are still required and missing. */
  missing(given: Given): NewInput[] {
    const project = this.session.before.project;
    for (const input of this.kind.inputs) {
      if (given[input.name] === undefined && input.fallback) {
        const value = input.fallback(project, given);
        if (value !== undefined) given[input.name] = value;
      }
    }
    return this.kind.inputs.filter((input) => given[input.name] === undefined && this.isRequired(input, given));
  }

  /** An answer to offer when asking for `input` on a terminal. */
  proposal(input: NewInput, given: Given): string | undefined {
    return input.proposal?.(this.session.before.project, given);
  }

  /** Checks and normalises a value given for `input`: references must exist, dates be dates, and so on. */
  check(input: NewInput, raw: string | readonly string[], given: Given = {}): InputCheck {
    const { msg } = this.session;
    const project = this.session.before.project;
    const values = (Array.isArray(raw) ? raw : [raw as string]).flatMap((v) => (input.type === 'ids' ? v.split(',') : [v])).map((v) => v.trim());
    const present = values.filter((v) => v !== '');
    if (present.length === 0) return { ok: false, problem: msg.inputEmpty(input.name) };
    const one = present[present.length - 1]!;
    switch (input.type) {
      case 'text':
        return { ok: true, value: values.join(', ').trim() };
      case 'date':
        return isIsoDate(one) ? { ok: true, value: one } : { ok: false, problem: msg.inputDate(input.name, one) };
      case 'number':
        return /^\d+$/.test(one.replace(/[\s\u00a0\u202f]/g, '')) ? { ok: true, value: one.replace(/[\s\u00a0\u202f]/g, '') } : { ok: false, problem: msg.badNumber(input.name, one, 'integer') };
      case 'year':
        return /^\d{4}$/.test(one) ? { ok: true, value: one } : { ok: false, problem: msg.inputYear(input.name, one) };
      case 'enum': {
        const choices = input.choices ?? [];
        // The same words as sup set and sup check accept: exact, with a suggestion otherwise.
        const match = choices.find((c) => c === one);
        return match ? { ok: true, value: match } : { ok: false, problem: msg.inputEnum(input.name, one, choices, suggest(one, choices)) };
      }
      case 'id':
      case 'ids': {
        const kinds = input.refKinds ?? [];
        for (const id of present) {
          const found = project.byId.get(id) ?? [];
          if (found.some((e) => kinds.includes(e.kind))) continue;
          if (found.length > 0) return { ok: false, problem: msg.inputWrongKind(input.name, id, found[0]!.kind, kinds) };
          // "Menade du": first among the programme's own entities and those of the same plan, then among all (last year's too).
          const all = project.entities.filter((e) => kinds.includes(e.kind));
          const plan = typeof given.verksamhetsplan === 'string' ? given.verksamhetsplan : undefined;
          const near = all.filter((e) => field(e.data, 'verksamhetsplan') === undefined || field(e.data, 'verksamhetsplan') === plan || e.id === plan);
          const suggestion = suggest(id, near.map((e) => e.id)) ?? suggest(id, all.map((e) => e.id));
          return { ok: false, problem: msg.inputUnknownRef(input.name, id, kinds, suggestion) };
        }
        return input.type === 'ids' ? { ok: true, value: [...new Set(present)] } : { ok: true, value: one };
      }
    }
  }

  /** Reads `--fält namn=värde` for this kind: the field must exist, and the value is read as its schema expects. */
  field(name: string, raw: string): { ok: true; field: ExtraField } | { ok: false; problem: string } {
    const { msg } = this.session;
    const kind = this.kind.fileKind;
    const path = parseFieldPath(name);
    const info = path.some((p) => p === '') ? undefined : fieldInfo(kind, path);
    if (!info) {
      const { known, suggestion } = unknownField(kind, [], path, suggest);
      return { ok: false, problem: msg.unknownField(name, this.kind.name, known, suggestion) };
    }
    if (info.type === 'object') return { ok: false, problem: msg.mapField(name, fieldNames(kind, path)) };
    if (info.type === 'array') {
      const items = raw.split(',').map((s) => s.trim()).filter((s) => s !== '');
      const parsed = items.map((item) => parseFieldValue(item, info.items));
      const bad = parsed.findIndex((p) => !p.ok);
      if (bad !== -1) return { ok: false, problem: msg.badNumber(name, items[bad]!, (parsed[bad] as { expected: 'number' }).expected) };
      return { ok: true, field: { path, value: parsed.map((p) => (p as { value: string | number | boolean }).value) } };
    }
    const parsed = parseFieldValue(raw, info);
    if (!parsed.ok) return { ok: false, problem: msg.badNumber(name, raw, parsed.expected) };
    if (info.enum && !info.enum.includes(String(parsed.value))) {
      return { ok: false, problem: msg.badEnum(name, String(parsed.value), info.enum, suggest(String(parsed.value), info.enum)) };
    }
    return { ok: true, field: { path, value: parsed.value } };
  }

  /**
   * Makes the file: picks the id and the place, fills the template, checks the project with the new
   * file in a temporary copy, and creates it atomically only if it passes and the name is free.
   */
  /** The id a new file gets when none is asked for: from the title with -2, -3 … when taken, or computed from the inputs. */
  proposeId(given: Given): string {
    const { before, root } = this.session;
    const project = before.project;
    if (this.kind.id === 'title') {
      const base = idFromTitle(String(given.titel ?? given.namn ?? '')) || idFromTitle(this.kind.name);
      return nextFreeId(base, (candidate) => project.byId.has(candidate) || existsSync(join(root, this.place(given, candidate))));
    }
    return this.kind.id(project, given) ?? idFromTitle(this.kind.name);
  }

  /** Where the new file goes (project-relative). */
  place(given: Given, id: string): string {
    const project = this.session.before.project;
    return this.kind.location({ project, given, id, dataDir: dataFolder(project.config.data) });
  }

  /** Why an id cannot be used for the new file, if it cannot: not an id, taken, or its file exists. */
  idProblem(given: Given, id: string): string | undefined {
    const { msg, before, root } = this.session;
    if (!isValidId(id)) return msg.badId(id);
    const taken = before.project.byId.get(id);
    if (taken) return msg.idTaken(id, taken[0]!.file.path);
    const rel = this.place(given, id);
    return existsSync(join(root, rel)) ? msg.exists(rel) : undefined;
  }

  /**
   * The inputs whose values the check refused: those whose field in the new file holds a finding
   * of `diagnostics` (positions of the YAML nodes of the refused text), so only they are asked again.
   */
  refusedInputs(given: Given, id: string, diagnostics: readonly Diagnostic[], source: ((path: string) => string | undefined) | undefined): NewInput[] {
    const rel = this.place(given, id);
    const text = source?.(rel);
    if (text === undefined) return [];
    const data = readDataText(Buffer.from(text, 'utf8'), rel);
    if ('problem' in data) return [];
    const { parseDocument, LineCounter } = yamlLib();
    const lines = new LineCounter();
    const doc = parseDocument(data.text.slice(data.yamlStart, data.yamlEnd), { ...YAML_PARSE_OPTIONS, lineCounter: lines });
    const before = data.text.slice(0, data.yamlStart).split('\n').length - 1;
    const mine = diagnostics.filter((d) => d.file === rel);
    return this.kind.inputs.filter((input) => {
      if (!input.path || given[input.name] === undefined) return false;
      const node = doc.getIn(input.path, true) as { range?: [number, number, number] } | undefined;
      if (!node?.range) return false;
      const first = lines.linePos(node.range[0]).line + before;
      const last = lines.linePos(Math.max(node.range[0], node.range[1] - 1)).line + before;
      return mine.some((d) => d.start.line >= first && d.start.line <= last);
    });
  }

  create(given: Given, fields: readonly ExtraField[], wantedId?: string): EditOutcome {
    const { msg, before, root, hooks } = this.session;
    const project = before.project;
    const place = (id: string) => this.place(given, id);

    let id: string;
    if (wantedId !== undefined) {
      if (!isValidId(wantedId)) return { status: 'refused', message: msg.badId(wantedId) };
      id = wantedId;
    } else {
      id = this.proposeId(given);
    }
    const taken = project.byId.get(id);
    if (taken) return { status: 'refused', message: msg.idTaken(id, taken[0]!.file.path) };
    const rel = place(id);
    const abs = join(root, rel);
    if (existsSync(abs)) return { status: 'refused', message: msg.exists(rel) };

    const values: [EditPath, EditValue][] = [[['id'], id]];
    for (const input of this.kind.inputs) {
      const value = given[input.name];
      if (!input.path || value === undefined) continue;
      values.push([input.path, input.type === 'year' || input.type === 'number' ? Number(value) : value]);
    }
    values.push(...(this.kind.derive?.(project, given) ?? []));
    for (const f of fields) values.push([f.path, f.value]);
    const filled = fillNewTemplate(this.session, this.kind, abs, values);
    if ('outcome' in filled) return filled.outcome;
    const content = filled.content;

    const check = checkWithChange(before, [{ path: rel, content }], { lang: this.session.lang, today: this.session.today });
    if (!check.result.project.files.some((f) => f.file.path === rel)) return { status: 'refused', message: msg.notData(rel, project.config.data) };
    if (check.addedErrors.length > 0) return { status: 'refused', message: msg.refusedNew(rel), diagnostics: check.addedErrors, source: check.source };

    const made = firstMissingFolder(root, dirname(rel));
    try {
      new ConfinedWriter(root).create(rel, content, { fs: hooks.fs, beforeCommit: hooks.beforeCommit ? () => hooks.beforeCommit!(abs) : undefined });
    } catch (error) {
      removeFolders(made, dirname(abs));
      if (error instanceof ConfinedWriteError) return { status: 'failed', message: msg.createFailed(rel, error.reason, error.reason) };
      const e = error as NodeJS.ErrnoException;
      if (e.code === 'EEXIST') return { status: 'refused', message: msg.exists(rel) };
      return { status: 'failed', message: msg.createFailed(rel, e.code, String(e.message ?? error)) };
    }
    return { status: 'written', message: msg.created(this.kind.name, id, rel), warnings: check.addedWarnings, source: check.source };
  }
}

/**
 * The text of a new file of `kind` at `abs`: the template of templates/ny/ with `values` set at
 * their paths and the keys nobody filled in left out; `body` replaces the template's body text.
 */
export function fillNewTemplate(
  session: EditSession,
  kind: NewKind,
  abs: string,
  values: readonly [EditPath, EditValue][],
  body?: string,
): { content: Buffer } | { outcome: EditOutcome } {
  const { msg, root } = session;
  const template = readNewTemplate(session.before.project.source, kind.template);
  if (!template.ok) return { outcome: { status: 'failed', message: msg.readFailed(template.path, template.problem, template.problem) } };
  const own = template.path.startsWith('templates/');
  const source = fillNewPlaceholders(template.text, { schema: schemaReference(root, abs, SCHEMA_FILES[kind.fileKind]) }, own);
  const read = readDataText(Buffer.from(source, 'utf8'), kind.template);
  if ('problem' in read) return { outcome: { status: 'failed', message: msg.template(template.path, msg.frontmatter(kind.template)) } };
  let yaml = yamlOf(read);
  try {
    for (const [path, value] of values) {
      // A list or mapping the template leaves empty ([] or {}) is replaced, not filled.
      const current = getIn(dataOf(yaml), path);
      if (typeof value === 'object' && typeof current === 'object' && current !== null) yaml = deleteKey(yaml, path);
      yaml = setValue(yaml, path, value);
    }
    // What the template leaves empty and nobody filled in is left out; sup check then names what is required.
    // A value set to "" on purpose (a follow-up field to fill in) stays.
    const wanted = new Set(values.filter(([, v]) => v === '').map(([p]) => p.join('\u0000')));
    for (let empty = emptyKeys(yaml).filter((p) => !isWantedEmpty(p, wanted, yaml)); empty.length > 0; empty = emptyKeys(yaml).filter((p) => !isWantedEmpty(p, wanted, yaml))) {
      yaml = deleteKey(yaml, empty[0]!);
    }
  } catch (error) {
    if (!(error instanceof EditError)) throw error;
    const outcome = editErrorOutcome(msg, template.path, error);
    return { outcome: error.code === 'syntax' || error.code === 'verify' ? { status: 'failed', message: msg.template(template.path, outcome.message) } : outcome };
  }
  if (body === undefined || read.format !== 'markdown') return { content: withYaml(read, yaml) };
  const closing = /^---[ \t]*\r?\n?/.exec(read.text.slice(read.yamlEnd))?.[0] ?? '---\n';
  return { content: withYaml({ ...read, text: read.text.slice(0, read.yamlEnd) + closing + (closing.endsWith('\n') ? '' : '\n') + '\n' + body }, yaml) };
}

/** True for an empty key that was set to "" on purpose, or lies inside a list written that way. */
function isWantedEmpty(path: EditPath, wanted: Set<string>, yaml: string): boolean {
  if (wanted.has(path.join('\u0000'))) return true;
  // Items of a list set as a whole (måluppfyllelse with bedömning: "") keep their "" values.
  return getIn(dataOf(yaml), path) === '' && path.some((p) => typeof p === 'number');
}

/** Reads a template for a new file from the project's templates/ny/ (through its source), or the built-in one. */
export function readNewTemplate(source: FileSource | undefined, name: string): ReturnType<typeof readOwnOrBuiltin> {
  return readOwnOrBuiltin(source, `ny/${name}`);
}

/**
 * The schema for an editor's `yaml-language-server: $schema=` comment, relative to the new file:
 * the project's own schemas/ folder when it has one, else the schemas that ship with sup.
 */
export function schemaReference(root: string, file: string, schema: string): string {
  const own = join(root, 'schemas', schema);
  const target = existsSync(own) ? own : join(SCHEMA_DIR, schema);
  return relative(dirname(file), target).split(sep).join('/');
}


/** Removes the folders `makeFolders` made for a file that was then not written. */
function removeFolders(top: string | undefined, folder: string): void {
  if (!top) return;
  for (let dir = folder; dir.length >= top.length; dir = dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      return;
    }
  }
}

