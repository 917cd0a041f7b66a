import { createInterface } from 'node:readline/promises';
import { openSession } from '../../edit/commit.js';
import type { EditHooks } from '../../edit/commit.js';
import { NewEntityFile, newKindByName, suggestNewKind } from '../../edit/create-entity.js';
import type { ExtraField } from '../../edit/create-entity.js';
import { formatOutcome } from '../format-outcome.js';
import { editMsg } from '../../messages/edit.js';
import { NEW_KINDS } from '../../edit/new-kinds.js';
import { createNextYear } from '../../edit/next-year.js';
import { createSuccessorProgram, parsePeriod } from '../../edit/new-program.js';
import { programMsg } from '../../messages/edit-program.js';
import { yearMsg } from '../../messages/edit-year.js';
import type { Given, NewInput } from '../../edit/new-kinds.js';
import type { CliIo } from '../io.js';
import { ExitError, useColor } from '../io.js';
import { checkTodayOption, chooseLang, chooseRoot } from '../context.js';
import { AFTER_DECISION_FIELD, newInDecidedPlan } from '../../edit/decision-lock.js';
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
  kallnamn: 'källnamn',
  kallbeskrivning: 'källbeskrivning',
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
  const reason = typeof opts.efterBeslut === 'string' ? opts.efterBeslut : undefined;
  const today = typeof opts.today === 'string' ? opts.today : undefined;
  delete opts.efterBeslut;
  delete opts.today;
  checkTodayOption('sup new', today, lang);
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
  const maker = new NewEntityFile(openSession(root, lang, { hooks, today }), kind);
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
  let interactive = false;
  let id = typeof opts.id === 'string' ? opts.id : Array.isArray(opts.id) ? opts.id.at(-1) : undefined;
  try {
    if (!ask && invalid.length > 0) {
      print(`sup new: ${msg.invalid(kind.name)}\n${invalid.map((i) => `  ${t(i.problem)}`).join('\n')}`);
      return 1;
    }
    let missing = maker.missing(given);
    if (ask && (missing.length > 0 || invalid.length > 0)) {
      interactive = true;
      io.stderr(`${msg.promptIntro(kind.name)}\n`);
      for (const { problem } of invalid) io.stderr(`${t(problem)}\n`);
      if (!(await askInputs(maker, kind.inputs, given, ask, io))) {
        print(`sup new: ${msg.aborted()}`);
        return 1;
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
    if (kind.name === 'aktivitet' || kind.name === 'delmål') {
      const lock = newInDecidedPlan(maker.session.before.project, given.verksamhetsplan, kind.name, reason, { lang, today });
      if (lock.refusal) {
        print(`sup new: ${t(lock.refusal)}`);
        return 1;
      }
      if (lock.entry) fields.push({ path: [AFTER_DECISION_FIELD], value: [lock.entry] });
    }
    const nextYear = kind.name === 'verksamhetsplan' && typeof given.från === 'string';
    // The person sees the id the file will get and may choose another.
    if (interactive && ask && id === undefined && !nextYear) {
      const chosen = await askId(maker, given, ask, io);
      if (chosen === undefined) {
        print(`sup new: ${msg.aborted()}`);
        return 1;
      }
      id = chosen;
    }
    for (let attempt = 0; ; attempt++) {
      const outcome = nextYear
        ? createNextYear(maker.session, { year: Number(given.år), from: given.från as string, program: String(given.program), subGoals, fields })
        : maker.create(given, fields, id);
      const out = formatOutcome(outcome, { command: 'sup new', lang, color: useColor(io), created: true });
      if (out.stdout) io.stdout(out.stdout);
      if (out.stderr) io.stderr(out.stderr);
      // On a terminal, a refusal keeps every answer and asks again only for what the check refused.
      if (!interactive || !ask || nextYear || outcome.status !== 'refused' || attempt >= MAX_TRIES) return out.code;
      const refused = id !== undefined && maker.idProblem(given, id) ? [] : maker.refusedInputs(given, id ?? maker.proposeId(given), outcome.diagnostics ?? [], outcome.source);
      if (refused.length === 0 && !(id !== undefined && maker.idProblem(given, id))) return out.code;
      io.stderr(`${msg.promptAgain(refused.map((i) => i.name).concat(refused.length === 0 ? ['id'] : []))}\n`);
      for (const input of refused) delete given[input.name];
      if (!(await askInputs(maker, refused, given, ask, io))) {
        print(`sup new: ${msg.aborted()}`);
        return 1;
      }
      if (refused.length === 0) {
        const chosen = await askId(maker, given, ask, io);
        if (chosen === undefined) {
          print(`sup new: ${msg.aborted()}`);
          return 1;
        }
        id = chosen;
      }
    }
  } finally {
    terminal?.close();
  }
}

/** Asks for each of `inputs` that has no value and is required, or optional but worth asking; false when the person ends the input. */
async function askInputs(maker: NewEntityFile, inputs: readonly NewInput[], given: Given, ask: Ask, io: CliIo): Promise<boolean> {
  for (const input of inputs) {
    if (given[input.name] !== undefined) continue;
    const required = maker.isRequired(input, given);
    if (!required && !input.ask) continue;
    if (!(await askFor(maker, input, given, ask, io, !required))) return false;
    // Some answers settle others (a single programme, say).
    maker.missing(given);
  }
  return true;
}

/** Asks for the id with the proposed one offered; undefined when the person ends the input. */
async function askId(maker: NewEntityFile, given: Given, ask: Ask, io: CliIo): Promise<string | undefined> {
  const proposal = maker.proposeId(given);
  for (let i = 0; i < MAX_TRIES; i++) {
    const answer = await ask(`id – ${maker.session.msg.promptId()} [${proposal}]: `);
    if (answer === undefined) return undefined;
    const id = answer.trim() === '' ? proposal : answer.trim();
    const problem = maker.idProblem(given, id);
    if (!problem) return id;
    io.stderr(`${t(problem)}\n`);
  }
  return undefined;
}

/** Asks for one input until the answer is valid; false when the person ends the input. */
async function askFor(maker: NewEntityFile, input: NewInput, given: Given, ask: Ask, io: CliIo, optional = false): Promise<boolean> {
  const msg = maker.session.msg;
  const proposal = maker.proposal(input, given);
  const hints = [
    input.type === 'ids' ? msg.promptList() : '',
    input.type === 'enum' && input.choices ? msg.promptChoices(input.choices) : '',
    input.type === 'date' ? msg.promptDate() : '',
    optional ? msg.promptOptional() : '',
  ].filter(Boolean);
  const description = maker.describe(input);
  const question = `${input.name}${description ? ` – ${description.replace(/\.$/, '')}` : ''}${hints.length ? ` (${hints.join('; ')})` : ''}${proposal ? ` [${proposal}]` : ''}: `;
  for (let i = 0; i < MAX_TRIES; i++) {
    const answer = await ask(question);
    if (answer === undefined) return false;
    if (optional && answer.trim() === '' && !proposal) return true;
    const value = answer.trim() === '' && proposal ? proposal : answer;
    const checked = maker.check(input, value, given);
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
