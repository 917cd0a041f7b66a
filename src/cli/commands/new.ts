import { createInterface } from 'node:readline/promises';
import { openSession } from '../../edit/commit.js';
import type { EditHooks } from '../../edit/commit.js';
import { NewEntityFile, newKindByName, suggestNewKind } from '../../edit/create-entity.js';
import type { ExtraField } from '../../edit/create-entity.js';
import { formatOutcome } from '../../edit/format-outcome.js';
import { editMsg } from '../../edit/messages.js';
import { NEW_KINDS } from '../../edit/new-kinds.js';
import { createNextYear } from '../../edit/next-year.js';
import { createSuccessorProgram, parsePeriod } from '../../edit/new-program.js';
import { programMsg } from '../../edit/program-messages.js';
import { yearMsg } from '../../edit/year-messages.js';
import type { Given, NewInput } from '../../edit/new-kinds.js';
import type { CliIo } from '../io.js';
import { ExitError, useColor } from '../io.js';
import { chooseLang, chooseRoot } from '../context.js';
import type { GlobalOptions } from '../context.js';
import { escapeTerminal as t } from '../../util/escape.js';

/** The options of `sup new`, by commander's attribute names (ASCII spellings are aliases). */
export type NewCommandOptions = Record<string, string | string[] | undefined>;

/** Asks a person one question; undefined when they end the input (Ctrl-D, Ctrl-C). */
export type Ask = (question: string) => Promise<string | undefined>;

/** The CLI's I/O, plus a way to ask questions (tests pass their own; otherwise a terminal is used when there is one). */
export interface NewIo extends CliIo {
  ask?: Ask;
}

/** Options without å, ä and ö, for keyboards and shells that make them awkward. */
export const ASCII_OPTIONS: Record<string, string> = {
  mal: 'mål',
  foralder: 'förälder',
  agare: 'ägare',
  fran: 'från',
  niva: 'nivå',
  ar: 'år',
  kalla: 'källa',
  falt: 'fält',
};

const MAX_TRIES = 5;

/** `sup new program --från <program> --period <år-år> [--id <id>]`: exit 0 created, 1 refused, 2 usage or not written. */
async function runNewProgram(global: GlobalOptions, options: NewCommandOptions, io: NewIo, hooks?: EditHooks): Promise<number> {
  const lang = chooseLang(global, io);
  const say = programMsg(lang);
  const from = options.från ?? options.fran;
  const { period, id } = options;
  const other = Object.entries(options).filter(([name, value]) => value !== undefined && !['från', 'fran', 'period', 'id'].includes(name));
  if (typeof from !== 'string' || typeof period !== 'string' || other.length > 0) throw new ExitError(`sup new: ${say.needsFrom()}`, 2);
  if (!parsePeriod(period)) throw new ExitError(`sup new: ${t(say.period(period))}`, 2);
  const root = chooseRoot(global, io, lang);
  const outcome = createSuccessorProgram(openSession(root, lang, { hooks }), { from, period, id: typeof id === 'string' ? id : undefined });
  const out = formatOutcome(outcome, { command: 'sup new', lang, color: useColor(io), created: true });
  if (out.stdout) io.stdout(out.stdout);
  if (out.stderr) io.stderr(out.stderr);
  return out.code;
}

/**
 * `sup new <sort>`: a new data file from templates/ny/, with the next free id, in the conventional
 * folder, checked with the whole project before it is created. `hooks` are for tests only.
 */
export async function runNew(kindName: string, global: GlobalOptions, options: NewCommandOptions, io: NewIo, hooks?: EditHooks): Promise<number> {
  const lang = chooseLang(global, io);
  const msg = editMsg(lang);
  // sup new program --från sup-2040 --period 2027-2030: a successor draft (src/edit/new-program.ts).
  if (kindName === 'program') return runNewProgram(global, options, io, hooks);
  const kind = newKindByName(kindName);
  if (!kind) throw new ExitError(`sup new: ${msg.unknownKind(t(kindName), NEW_KINDS, suggestNewKind(kindName))}`, 2);

  const opts: NewCommandOptions = {};
  for (const [name, value] of Object.entries(options)) {
    if (value === undefined) continue;
    const canonical = ASCII_OPTIONS[name] ?? name;
    const before = opts[canonical];
    opts[canonical] = Array.isArray(before) ? [...before, ...(Array.isArray(value) ? value : [value])] : value;
  }
  // sup new årsredovisning --år 2026: the plan of that year.
  if (kind.name === 'årsredovisning' && typeof opts.år === 'string' && opts.verksamhetsplan === undefined) {
    const year = opts.år;
    delete opts.år;
    const root = chooseRoot(global, io, lang);
    const plan = openSession(root, lang).before.project.entities.find((e) => e.kind === 'verksamhetsplan' && String(e.data.år) === year);
    if (!plan) throw new ExitError(`sup new: ${yearMsg(lang).noPlanForYear(t(year))}`, 2);
    opts.verksamhetsplan = plan.id;
  }
  const subGoals = opts.delmål !== undefined || opts.delmal !== undefined;
  delete opts.delmål;
  delete opts.delmal;
  if (subGoals && kind.name !== 'verksamhetsplan') throw new ExitError(`sup new: ${msg.optionNotForKind('--delmål', kind.name, ['--id', ...kind.inputs.map((i) => `--${i.options[0]}`)])}`, 2);
  const accepted = ['id', ...new Set(kind.inputs.flatMap((i) => i.options)), 'fält'];
  for (const name of Object.keys(opts)) {
    if (!accepted.includes(name)) throw new ExitError(`sup new: ${msg.optionNotForKind(`--${t(name)}`, kind.name, accepted.map((o) => `--${o}`))}`, 2);
  }
  const rawFields = ([] as string[]).concat(opts.fält ?? []).map((entry) => {
    const at = entry.indexOf('=');
    if (at <= 0) throw new ExitError(`sup new: ${msg.badFieldSyntax(t(entry))}`, 2);
    return [entry.slice(0, at).trim(), entry.slice(at + 1)] as const;
  });

  const root = chooseRoot(global, io, lang);
  const maker = new NewEntityFile(openSession(root, lang, { hooks }), kind);
  const print = (stderr: string) => io.stderr(stderr.endsWith('\n') ? stderr : stderr + '\n');

  // --fält: a field that an input covers counts as that input; the rest are added as they are.
  const fields: ExtraField[] = [];
  const raw: Record<string, string | string[]> = {};
  const problems: string[] = [];
  for (const [name, value] of rawFields) {
    const read = maker.field(name, value);
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    const input = kind.inputs.find((i) => i.path && i.path.join('.') === read.field.path.join('.'));
    if (input) raw[input.name] = Array.isArray(read.field.value) ? read.field.value.map(String) : String(read.field.value);
    else fields.push(read.field);
  }
  if (problems.length > 0) {
    print(`sup new: ${msg.invalid(kind.name)}\n${problems.map((p) => `  ${p}`).join('\n')}`);
    return 1;
  }
  for (const input of kind.inputs) {
    const value = input.options.map((o) => opts[o]).find((v) => v !== undefined);
    if (value !== undefined) raw[input.name] = value;
  }

  const given: Given = {};
  const invalid: { input: NewInput; problem: string }[] = [];
  for (const input of kind.inputs) {
    if (raw[input.name] === undefined) continue;
    const checked = maker.check(input, raw[input.name]!);
    if (checked.ok) given[input.name] = checked.value;
    else invalid.push({ input, problem: checked.problem });
  }

  const terminal = io.ask ? undefined : canAsk(io) ? askOnTerminal() : undefined;
  const ask = io.ask ?? terminal?.ask;
  try {
    if (!ask && invalid.length > 0) {
      print(`sup new: ${msg.invalid(kind.name)}\n${invalid.map((i) => `  ${t(i.problem)}`).join('\n')}`);
      return 1;
    }
    let missing = maker.missing(given);
    if (ask && (missing.length > 0 || invalid.length > 0)) {
      io.stderr(`${msg.promptIntro(kind.name)}\n`);
      for (const { problem } of invalid) io.stderr(`${t(problem)}\n`);
      for (const input of kind.inputs) {
        if (given[input.name] !== undefined || !maker.isRequired(input, given)) continue;
        if (!(await askFor(maker, input, given, ask, io))) {
          print(`sup new: ${msg.aborted()}`);
          return 1;
        }
        // Some answers settle others (a single programme, say).
        maker.missing(given);
      }
      missing = maker.missing(given);
    }
    if (missing.length > 0) {
      const nameWidth = Math.max(...missing.map((i) => i.name.length));
      const flagWidth = Math.max(...missing.map((i) => i.flag.length));
      const lines = missing.map((i) => `  ${i.name.padEnd(nameWidth)}  ${i.flag.padEnd(flagWidth)}  ${maker.describe(i)}`.trimEnd());
      print(`sup new: ${msg.missing(kind.name)}\n${lines.join('\n')}\n${msg.missingHint()}`);
      return 1;
    }
  } finally {
    terminal?.close();
  }

  const id = typeof opts.id === 'string' ? opts.id : Array.isArray(opts.id) ? opts.id.at(-1) : undefined;
  const outcome =
    kind.name === 'verksamhetsplan' && typeof given.från === 'string'
      ? createNextYear(maker.session, { year: Number(given.år), from: given.från, program: String(given.program), subGoals, fields })
      : maker.create(given, fields, id);
  const out = formatOutcome(outcome, { command: 'sup new', lang, color: useColor(io), created: true });
  if (out.stdout) io.stdout(out.stdout);
  if (out.stderr) io.stderr(out.stderr);
  return out.code;
}

/** Asks for one input until the answer is valid; false when the person ends the input. */
async function askFor(maker: NewEntityFile, input: NewInput, given: Given, ask: Ask, io: CliIo): Promise<boolean> {
  const msg = maker.session.msg;
  const proposal = maker.proposal(input, given);
  const hints = [
    input.type === 'ids' ? msg.promptList() : '',
    input.type === 'enum' && input.choices ? msg.promptChoices(input.choices) : '',
    input.type === 'date' ? msg.promptDate() : '',
  ].filter(Boolean);
  const description = maker.describe(input);
  const question = `${input.name}${description ? ` – ${description.replace(/\.$/, '')}` : ''}${hints.length ? ` (${hints.join('; ')})` : ''}${proposal ? ` [${proposal}]` : ''}: `;
  for (let i = 0; i < MAX_TRIES; i++) {
    const answer = await ask(question);
    if (answer === undefined) return false;
    const value = answer.trim() === '' && proposal ? proposal : answer;
    const checked = maker.check(input, value);
    if (checked.ok) {
      given[input.name] = checked.value;
      return true;
    }
    io.stderr(`${t(checked.problem)}\n`);
  }
  return false;
}

/** Questions only when a person is at a terminal both ways, and never in CI. */
function canAsk(io: CliIo): boolean {
  return io.isTTY && process.stdin.isTTY === true && !io.env.CI;
}

function askOnTerminal(): { ask: Ask; close: () => void } {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const ended = new AbortController();
  rl.on('SIGINT', () => rl.close());
  rl.on('close', () => ended.abort());
  return {
    ask: async (question) => {
      if (ended.signal.aborted) return undefined;
      try {
        // readline writes to stderr itself, past the output guard: the question (with ids from the data) is escaped here.
        return await rl.question(t(question.replace(/: $/, '')) + ': ', { signal: ended.signal });
      } catch {
        return undefined;
      }
    },
    close: () => rl.close(),
  };
}
