import type { Lang } from './catalogue.js';
import { terminal } from '../util/escape.js';

/** The headings commander's help passes to `Help.styleTitle`, and the words of a usage line. */
const WORDS = {
  'Usage:': { sv: 'Användning:', en: 'Usage:' },
  'Options:': { sv: 'Flaggor:', en: 'Options:' },
  'Commands:': { sv: 'Kommandon:', en: 'Commands:' },
  'Arguments:': { sv: 'Argument:', en: 'Arguments:' },
  'Global Options:': { sv: 'Globala flaggor:', en: 'Global Options:' },
  '[options]': { sv: '[flaggor]', en: '[options]' },
  '[command]': { sv: '[kommando]', en: '[command]' },
  choices: { sv: 'val', en: 'choices' },
  default: { sv: 'standard', en: 'default' },
  env: { sv: 'miljövariabel', en: 'env' },
} as const satisfies Record<string, Record<Lang, string>>;

/**
 * The English names of the placeholders in sup's own usage lines and flags (`<år>`, `<datum>`):
 * the Swedish ones are the names as written in src/cli/register/, shown as they are in Swedish.
 */
const PLACEHOLDERS_EN: Readonly<Record<string, string>> = {
  år: 'year', datum: 'date', värde: 'value', skäl: 'reason', sort: 'kind', mapp: 'folder', topp: 'head', bas: 'base',
  mål: 'goal', fil: 'file', aktivitet: 'activity', adress: 'address', 'år-år': 'year-year', typ: 'type', tjänst: 'service',
  språk: 'language', riktning: 'direction', 'nytt-id': 'new-id', nivå: 'level', 'namn=värde': 'name=value', kronor: 'kronor',
  'fält-och-värden': 'fields-and-values', kommando: 'command',
};

type Choice = { flag: string; value: string; allowed: readonly string[] };

/** What sup says where commander would report a mistake in the command line, Swedish and English side by side. */
const ERRORS = {
  unknownCommand: {
    sv: (d: { name: string; suggestion?: string }) => terminal`fel: okänt kommando "${d.name}"` + (d.suggestion ? terminal`\n(Menade du ${d.suggestion}?)` : ''),
    en: (d: { name: string; suggestion?: string }) => terminal`error: unknown command "${d.name}"` + (d.suggestion ? terminal`\n(Did you mean ${d.suggestion}?)` : ''),
  },
  unknownOption: {
    sv: (d: { flag: string; suggestion?: string }) => terminal`fel: okänd flagga "${d.flag}"` + (d.suggestion ? terminal`\n(Menade du ${d.suggestion}?)` : ''),
    en: (d: { flag: string; suggestion?: string }) => terminal`error: unknown option "${d.flag}"` + (d.suggestion ? terminal`\n(Did you mean ${d.suggestion}?)` : ''),
  },
  missingArgument: {
    sv: (d: { name: string }) => terminal`fel: argumentet "${d.name}" saknas`,
    en: (d: { name: string }) => terminal`error: missing required argument "${d.name}"`,
  },
  optionMissingArgument: {
    sv: (d: { flag: string }) => terminal`fel: flaggan "${d.flag}" saknar sitt värde`,
    en: (d: { flag: string }) => terminal`error: option "${d.flag}" argument missing`,
  },
  missingMandatoryOption: {
    sv: (d: { flag: string }) => terminal`fel: flaggan "${d.flag}" måste anges`,
    en: (d: { flag: string }) => terminal`error: required option "${d.flag}" not specified`,
  },
  excessArguments: {
    sv: (d: { command: string; expected: number; got: number }) =>
      terminal`fel: för många argument till "${d.command}": ${d.expected === 1 ? 'ett argument väntades' : `${d.expected} argument väntades`} men ${d.got} gavs.`,
    en: (d: { command: string; expected: number; got: number }) =>
      terminal`error: too many arguments for "${d.command}": expected ${d.expected} argument${d.expected === 1 ? '' : 's'} but got ${d.got}.`,
  },
  conflictingOption: {
    sv: (d: { flag: string; other: string }) => terminal`fel: flaggan "${d.flag}" kan inte användas tillsammans med "${d.other}"`,
    en: (d: { flag: string; other: string }) => terminal`error: option "${d.flag}" cannot be used with "${d.other}"`,
  },
  invalidChoice: {
    sv: (d: Choice) => terminal`fel: flaggan "${d.flag}" kan inte vara "${d.value}" (val: ${d.allowed.join(', ')})`,
    en: (d: Choice) => terminal`error: option "${d.flag}" cannot be "${d.value}" (choices: ${d.allowed.join(', ')})`,
  },
  invalidValue: {
    sv: (d: { flag: string; value: string; detail: string }) => terminal`fel: flaggan "${d.flag}" har ett ogiltigt värde "${d.value}": ${d.detail}`,
    en: (d: { flag: string; value: string; detail: string }) => terminal`error: option "${d.flag}" has an invalid value "${d.value}": ${d.detail}`,
  },
  helpAfterError: {
    sv: (d: { command: string }) => terminal`(skriv "${d.command} --help" för hjälp)`,
    en: (d: { command: string }) => terminal`(run "${d.command} --help" for help)`,
  },
} as const;

type Errors = typeof ERRORS;

/** A word of commander's help in a language; words sup does not know stay as they are (they are sup's own). */
export function commanderWord(lang: Lang, word: string): string {
  return (WORDS as Record<string, Record<Lang, string>>)[word]?.[lang] ?? word;
}

/** A placeholder's name (without <>, [] or ...) in a language. */
export function placeholderName(lang: Lang, name: string): string {
  return lang === 'en' ? (PLACEHOLDERS_EN[name] ?? name) : name;
}

/** An option's flags with the placeholder of its value in a language: `--today <datum>` is `--today <date>` in English. */
export function localiseFlags(lang: Lang, flags: string): string {
  return flags.replace(/([<[])([^<>[\]]+?)(\.\.\.)?([>\]])/gu, (_, open: string, name: string, dots = '', close: string) => `${open}${placeholderName(lang, name)}${dots}${close}`);
}

/** commander's error messages in a language, phrased from their data. */
export function commanderErrors(lang: Lang): { [K in keyof Errors]: Errors[K]['sv'] } {
  const out = {} as Record<string, unknown>;
  for (const [key, value] of Object.entries(ERRORS)) out[key] = value[lang];
  return out as { [K in keyof Errors]: Errors[K]['sv'] };
}
