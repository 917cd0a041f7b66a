import type { Argument, Option } from 'commander';
import { Command, Help } from 'commander';
import type { Lang } from '../messages/catalogue.js';
import { commanderErrors, commanderWord, localiseFlags, placeholderName } from '../messages/commander.js';
import { suggest } from '../util/suggest.js';

/**
 * The methods of commander's Command that phrase its errors, which LocalisedCommand replaces.
 * They are not in commander's typings, so a test checks that commander still has each of them:
 * an upgrade that renames one would otherwise bring English back unnoticed.
 */
export const PHRASING_METHODS = ['unknownCommand', 'unknownOption', 'missingArgument', 'optionMissingArgument', 'missingMandatoryOptionValue', '_excessArguments', '_conflictingOption', '_callParseArg'] as const;

/** `<name>`, `[name]`, `<name...>`: an argument as commander shows it. */
function argumentName(argument: Argument, lang: Lang): string {
  const name = placeholderName(lang, argument.name()) + (argument.variadic ? '...' : '');
  return argument.required ? `<${name}>` : `[${name}]`;
}

/** commander's Help with its headings, usage words and "(choices: …, default: …)" in sup's language. */
export class LocalisedHelp extends Help {
  constructor(private readonly lang: Lang) {
    super();
  }

  override styleTitle(title: string): string {
    return commanderWord(this.lang, title);
  }

  override commandUsage(cmd: Command): string {
    const names: string[] = [];
    for (let parent = cmd.parent; parent; parent = parent.parent) names.unshift(parent.name());
    const alias = cmd.aliases()[0];
    names.push(alias ? `${cmd.name()}|${alias}` : cmd.name());
    // Every command has at least --help, so [options] always applies, as in commander's own usage.
    names.push(commanderWord(this.lang, '[options]'));
    if (cmd.commands.length > 0) names.push(commanderWord(this.lang, '[command]'));
    names.push(...cmd.registeredArguments.map((a) => argumentName(a, this.lang)));
    return names.join(' ');
  }

  override subcommandTerm(cmd: Command): string {
    const alias = cmd.aliases()[0];
    const args = cmd.registeredArguments.map((a) => argumentName(a, this.lang)).join(' ');
    return cmd.name() + (alias ? `|${alias}` : '') + (cmd.options.length > 0 ? ` ${commanderWord(this.lang, '[options]')}` : '') + (args ? ` ${args}` : '');
  }

  override optionTerm(option: Option): string {
    return localiseFlags(this.lang, option.flags);
  }

  override argumentTerm(argument: Argument): string {
    return argumentName(argument, this.lang);
  }

  override optionDescription(option: Option): string {
    const extra: string[] = [];
    if (option.argChoices) extra.push(`${commanderWord(this.lang, 'choices')}: ${option.argChoices.map((c) => JSON.stringify(c)).join(', ')}`);
    // As commander: a default is shown for options that take a value, not for flags.
    if (option.defaultValue !== undefined && (option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean'))) {
      extra.push(`${commanderWord(this.lang, 'default')}: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`);
    }
    if (option.envVar !== undefined) extra.push(`${commanderWord(this.lang, 'env')}: ${option.envVar}`);
    return this.withExtra(option.description, extra);
  }

  override argumentDescription(argument: Argument): string {
    const extra: string[] = [];
    if (argument.argChoices) extra.push(`${commanderWord(this.lang, 'choices')}: ${argument.argChoices.map((c) => JSON.stringify(c)).join(', ')}`);
    if (argument.defaultValue !== undefined) extra.push(`${commanderWord(this.lang, 'default')}: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`);
    return this.withExtra(argument.description, extra);
  }

  private withExtra(description: string, extra: readonly string[]): string {
    if (extra.length === 0) return description;
    return description ? `${description} (${extra.join(', ')})` : `(${extra.join(', ')})`;
  }
}

/** An error commander raises for a value its parser refused (InvalidArgumentError). */
interface ParseError {
  code?: string;
  exitCode?: number;
  message: string;
}

/**
 * commander's Command with its help and its errors in sup's language: subcommands are made by
 * createCommand, so they are LocalisedCommands too. The error texts come from src/messages/commander.ts;
 * commander still decides when an error happens, with which code and exit code.
 */
export class LocalisedCommand extends Command {
  constructor(
    name: string | undefined,
    readonly lang: Lang,
  ) {
    super(name);
  }

  override createCommand(name?: string): Command {
    return new LocalisedCommand(name, this.lang);
  }

  override createHelp(): Help {
    return Object.assign(new LocalisedHelp(this.lang), this.configureHelp());
  }

  private get messages() {
    return commanderErrors(this.lang);
  }

  /** The visible long flags of this command and its parents: the candidates for "did you mean". */
  private visibleLongFlags(): string[] {
    const flags: string[] = [];
    // Walks up from this command to the root; the loop variable starts as this command itself.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    for (let command: Command | null = this; command; command = command.parent) {
      for (const option of command.createHelp().visibleOptions(command)) if (option.long) flags.push(option.long);
    }
    return flags;
  }

  unknownCommand(): never {
    const name = this.args[0] ?? '';
    const candidates = this.createHelp()
      .visibleCommands(this)
      .flatMap((command) => [command.name(), ...command.aliases().slice(0, 1)]);
    return this.error(this.messages.unknownCommand({ name, suggestion: suggest(name, candidates) }), { code: 'commander.unknownCommand' });
  }

  unknownOption(flag: string): never {
    const suggestion = flag.startsWith('--') ? suggest(flag, this.visibleLongFlags()) : undefined;
    return this.error(this.messages.unknownOption({ flag, suggestion }), { code: 'commander.unknownOption' });
  }

  missingArgument(name: string): never {
    return this.error(this.messages.missingArgument({ name: placeholderName(this.lang, name) }), { code: 'commander.missingArgument' });
  }

  optionMissingArgument(option: Option): never {
    return this.error(this.messages.optionMissingArgument({ flag: localiseFlags(this.lang, option.flags) }), { code: 'commander.optionMissingArgument' });
  }

  missingMandatoryOptionValue(option: Option): never {
    return this.error(this.messages.missingMandatoryOption({ flag: localiseFlags(this.lang, option.flags) }), { code: 'commander.missingMandatoryOptionValue' });
  }

  _excessArguments(received: readonly string[]): never {
    return this.error(this.messages.excessArguments({ command: this.name(), expected: this.registeredArguments.length, got: received.length }), { code: 'commander.excessArguments' });
  }

  _conflictingOption(option: Option, conflicting: Option): never {
    return this.error(this.messages.conflictingOption({ flag: localiseFlags(this.lang, option.flags), other: localiseFlags(this.lang, conflicting.flags) }), { code: 'commander.conflictingOption' });
  }

  /** commander's wrapper around a value parser: a refused value is phrased here, from the option and the value. */
  _callParseArg(target: Option | Argument, value: string, previous: unknown): unknown {
    try {
      return target.parseArg ? target.parseArg(value, previous) : value;
    } catch (error) {
      const parseError = error as ParseError;
      if (parseError?.code !== 'commander.invalidArgument') throw error;
      const flag = 'flags' in target ? localiseFlags(this.lang, target.flags) : argumentName(target, this.lang);
      const message =
        target.argChoices && !target.argChoices.includes(value)
          ? this.messages.invalidChoice({ flag, value, allowed: target.argChoices })
          : this.messages.invalidValue({ flag, value, detail: parseError.message });
      return this.error(message, { exitCode: parseError.exitCode, code: parseError.code });
    }
  }
}
