/**
 * Every sentence that a person reads, keyed by message id, in Swedish and English.
 * Rules and the loader ask for a message by id with its data; nothing else builds prose.
 */

import { articleSv, definedHereSv, kindListSv, noneOfSv } from './swedish-kinds.js';
import { inLang } from './side-by-side.js';

import type { Lang } from './lang.js';

export type { Lang } from './lang.js';

/** Whether a value names one of sup's languages. */
export function isLang(value: unknown): value is Lang {
  return value === 'sv' || value === 'en';
}

type Fn<T = void> = (d: T) => string;

const q = (s: unknown) => `"${String(s)}"`;
const list = (items: readonly string[], lang: Lang) => {
  const quoted = items.map((s) => q(s));
  if (quoted.length <= 1) return quoted.join('');
  const last = quoted.pop();
  return `${quoted.join(', ')} ${lang === 'sv' ? 'eller' : 'or'} ${last}`;
};

/** One branch of an anyOf as a message names it: some JSON Schema types, or a literal value (already quoted or JSON). */
export type SchemaAlternative = { types: readonly string[] } | { literal: string };

/** The types as a catalogue names them, joined with its "or". */
const typeNames = (c: Catalogue, types: readonly string[]) => types.map((type) => c['schema/type-name']({ type })).join(` ${c['word/or']()} `);
/** A value's type as a message names it: true and false stand for themselves. */
const actualName = (c: Catalogue, actual: string, shown?: string) =>
  actual === 'boolean' && shown !== undefined ? shown : shown !== undefined ? `${c['schema/type-name']({ type: actual })} (${shown})` : c['schema/type-name']({ type: actual });
const alternativeNames = (c: Catalogue, alternatives: readonly SchemaAlternative[]) => alternatives.map((a) => ('types' in a ? typeNames(c, a.types) : a.literal));

export interface Catalogue {
  // Files
  'file/read': Fn<{ reason: string }>;
  'file/reason': Fn<{ code: string | undefined; detail: string }>;
  'file/too-large': Fn<{ size: number; limit: number }>;
  'file/encoding': Fn;
  'file/nul': Fn;
  'file/empty': Fn;
  'file/link-outside': Fn;
  'file/link-broken': Fn;
  'file/link-dir': Fn;
  'file/special': Fn;
  'file/name': Fn;
  // Frontmatter
  'frontmatter/missing': Fn;
  'frontmatter/unclosed': Fn;
  'frontmatter/empty': Fn;
  'frontmatter/language': Fn<{ line: string }>;
  // YAML
  'yaml/syntax': Fn<{ code: string; detail: string }>;
  'yaml/alias': Fn;
  'yaml/too-deep': Fn<{ limit: number }>;
  'yaml/too-large': Fn<{ limit: number }>;
  'yaml/too-large-text': Fn<{ limit: number }>;
  'value/number': Fn<{ value: string }>;
  'body/too-large': Fn<{ limit: number }>;
  'body/too-complex': Fn<{ what: 'chars' | 'delimiters-per-block' | 'delimiters' | 'columns' | 'cells'; limit: number }>;
  'yaml/not-mapping': Fn;
  // Kind
  'kind/missing': Fn<{ kinds: readonly string[] }>;
  'kind/unknown': Fn<{ value: string; kinds: readonly string[]; suggestion?: string }>;
  // Schema
  'schema/required': Fn<{ property: string }>;
  'schema/additional': Fn<{ property: string; suggestion?: string }>;
  /** `expected`: JSON Schema types; `actual`: the value's type, `shown`: the value as shown beside it. */
  'schema/type': Fn<{ expected: readonly string[]; actual: string; shown?: string }>;
  /** Added when a text was written as a number: a kommunkod like 0140 loses its leading zero without quotes. */
  'schema/type-quote': Fn<{ field: string; value: number }>;
  'schema/enum': Fn<{ allowed: readonly string[]; actual: string }>;
  'schema/const': Fn<{ expected: string }>;
  'schema/pattern': Fn<{ field: string; description?: string }>;
  /** `impossible`: written YYYY-MM-DD but no such day (2025-02-30). */
  'schema/format': Fn<{ format: string; impossible?: string }>;
  'schema/min-items': Fn<{ limit: number }>;
  'schema/min-length': Fn;
  'schema/minimum': Fn<{ limit: number }>;
  'schema/maximum': Fn<{ limit: number }>;
  'schema/max-length': Fn<{ limit: number }>;
  'schema/unique-items': Fn<{ i: number; j: number }>;
  'schema/any-of': Fn<{ alternatives: readonly SchemaAlternative[] }>;
  'schema/other': Fn<{ keyword: string; detail: string }>;
  'schema/type-name': Fn<{ type: string }>;
  'word/or': Fn;
  // Rules
  'id/duplicate': Fn<{ id: string }>;
  'id/duplicate.first': Fn;
  'id/confusable': Fn<{ id: string; other: string }>;
  'ref/unknown': Fn<{ value: string; kinds: readonly string[]; suggestion?: string }>;
  'ref/wrong-kind': Fn<{ value: string; actual: string; kinds: readonly string[] }>;
  /** The kind of what is defined there, so the participle agrees (definierad/definierat). */
  'ref/defined-here': Fn<{ kind?: string }>;
  'goal/owner-missing': Fn<{ level: string }>;
  'goal/owner-inactive': Fn<{ owner: string; end: string }>;
  'goal/parent-missing': Fn<{ level: string }>;
  'goal/vision-parent': Fn;
  'goal/parent-level': Fn<{ level: string; parent: string; parentLevel: string }>;
  'goal/cycle': Fn<{ chain: readonly string[] }>;
  'goal/no-vision': Fn<{ top: string }>;
  'goal/plan-missing': Fn;
  'goal/plan-not-allowed': Fn<{ level: string }>;
  'goal/no-activity': Fn<{ goal: string; year: number }>;
  'activity/year': Fn<{ start: string; year: number; plan: string }>;
  'activity/period-order': Fn<{ from: string; to: string }>;
  'activity/goal-other-plan': Fn<{ goal: string; plan: string }>;
  'budget/unknown-post': Fn<{ post: string; plan: string; suggestion?: string }>;
  'budget/over': Fn<{ post: string; planned: number | bigint; budget: number }>;
  'network/member-missing': Fn<{ kommuner: readonly string[] }>;
  'network/member-duplicate': Fn<{ kommun: string }>;
  'network/expired': Fn<{ end: string; today: string }>;
  'network/no-goal': Fn<{ network: string }>;
  'plan/duplicate-year': Fn<{ year: number }>;
  'plan/outside-program': Fn<{ year: number; from: number; to: number; program: string }>;
  'report/activity-other-plan': Fn<{ activity: string; plan: string }>;
  'report/activity-missing': Fn<{ activity: string }>;
  'report/assessment-missing': Fn<{ goal: string }>;
  'report/duplicate': Fn<{ what: string }>;
  'indicator/duplicate-year': Fn<{ year: number; field: string }>;
  'report/empty': Fn<{ field: string; item: string }>;
  'report/meetings': Fn<{ count: number; conference: boolean; year: number }>;
  'finance/shares-sum': Fn<{ sum: number }>;
  'finance/shares-kommun': Fn<{ kommuner: string[] }>;
  'finance/shares-population': Fn<{ kommuner: string[] }>;
  'finance/income': Fn<{ kommun: string; paid: number; fee: number }>;
  'finance/disposition': Fn<{ amount: number; result: number }>;
  'text/filler': Fn<{ text: string }>;
  'example/mixed': Fn<{ id: string; plan: string }>;
  'example/mixed-plan': Fn<{ plan: string }>;
  'plan/carry-over': Fn<{ activity: string; status: string; plan: string }>;
  'plan/carry-over-hint': Fn<{ activity: string; plan: string }>;
  'plan/outside-program-hint': Fn<{ year: number; from: number; to: number; program: string }>;
  'program/decisions-missing': Fn<{ program: string; from: number; to: number; kommuner: string[] }>;
  // Run
  'config/unknown-rule': Fn<{ id: string; suggestion?: string }>;
  'run/no-root': Fn<{ cwd: string }>;
  'run/bad-config': Fn;
  'run/no-files': Fn<{ patterns: readonly string[] }>;
  'hint/did-you-mean': Fn<{ suggestion: string }>;
}

/** Every message, Swedish and English side by side. */
const MESSAGES: { [K in keyof Catalogue]: Record<Lang, Catalogue[K]> } = {
  'file/read': {
    sv: ({ reason }) => `Filen kunde inte läsas: ${reason}.`,
    en: ({ reason }) => `The file could not be read: ${reason}.`,
  },
  'file/reason': {
    sv: ({ code, detail }) =>
      ({
        ENOENT: 'filen finns inte (den kan ha tagits bort under körningen)',
        EACCES: 'behörighet saknas',
        EPERM: 'behörighet saknas',
        EISDIR: 'det är en mapp, inte en fil',
        ELOOP: 'länken pekar på sig själv',
      })[code ?? ''] ?? detail,
    en: ({ code, detail }) =>
      ({
        ENOENT: 'the file does not exist (it may have been removed during the run)',
        EACCES: 'permission denied',
        EPERM: 'permission denied',
        EISDIR: 'it is a folder, not a file',
        ELOOP: 'the link points to itself',
      })[code ?? ''] ?? detail,
  },
  'file/too-large': {
    sv: ({ size, limit }) =>
      `Filen är för stor för en datafil (${size} byte, högst ${limit} byte).`,
    en: ({ size, limit }) => `The file is too large for a data file (${size} bytes, at most ${limit}).`,
  },
  'file/encoding': {
    sv: () => 'Filen är inte giltig UTF-8. Spara den som UTF-8.',
    en: () => 'The file is not valid UTF-8. Save it as UTF-8.',
  },
  'file/nul': {
    sv: () => 'Filen innehåller ett NUL-tecken och är inte en textfil.',
    en: () => 'The file contains a NUL character and is not a text file.',
  },
  'file/empty': {
    sv: () => 'Filen är tom. En datafil måste ha fältet typ och innehållet för sin typ.',
    en: () => 'The file is empty. A data file needs the field typ and the content of its kind.',
  },
  'file/link-outside': {
    sv: () => 'Länken pekar utanför projektet och följs inte.',
    en: () => 'The link points outside the project and is not followed.',
  },
  'file/link-broken': {
    sv: () => 'Länken kan inte följas (den pekar på något som saknas eller på sig själv).',
    en: () => 'The link cannot be followed (its target is missing or itself).',
  },
  'file/link-dir': {
    sv: () => 'Länkade mappar följs inte. Flytta in mappen i projektet i stället.',
    en: () => 'Linked folders are not followed. Move the folder into the project instead.',
  },
  'file/special': {
    sv: () => 'Det här är ingen vanlig fil (utan en namngiven rörledning, en socket eller en enhet) och läses inte: att läsa den kunde låta körningen hänga. Ersätt den med en vanlig fil.',
    en: () => 'This is not a regular file (but a named pipe, a socket or a device) and is not read: reading it could hang the run. Replace it with a regular file.',
  },
  'file/name': {
    sv: () => 'Filnamnet innehåller ett styrtecken (som tabb eller radbrytning), ett omvänt snedstreck eller en del som .. och läses inte. Byt namn på filen.',
    en: () => 'The file name contains a control character (such as a tab or a line break), a backslash or a part such as .. and is not read. Rename the file.',
  },
  'frontmatter/missing': {
    sv: () =>
      'Markdown-filen saknar frontmatter. Den ska börja med en rad "---", fälten i YAML och en rad "---".',
    en: () =>
      'The Markdown file has no frontmatter. It must start with a line "---", the fields in YAML and a line "---".',
  },
  'frontmatter/unclosed': {
    sv: () => 'Frontmatter avslutas aldrig: raden "---" efter fälten saknas.',
    en: () => 'The frontmatter is never closed: the line "---" after the fields is missing.',
  },
  'frontmatter/empty': {
    sv: () => 'Frontmatter är tom. Ange åtminstone fälten typ och id.',
    en: () => 'The frontmatter is empty. Give at least the fields typ and id.',
  },
  'frontmatter/language': {
    sv: ({ line }) =>
      `Frontmatter måste börja med en rad som bara innehåller "---", inte ${q(line)}. Endast YAML läses.`,
    en: ({ line }) =>
      `Frontmatter must start with a line holding only "---", not ${q(line)}. Only YAML is read.`,
  },
  'yaml/syntax': {
    sv: ({ code, detail }) => `YAML-fel (${code}): ${yamlMessageSv(code) ?? detail}`,
    en: ({ code, detail }) => `YAML error (${code}): ${detail}`,
  },
  'yaml/alias': {
    sv: () => 'YAML-filen använder för många alias (*namn). Skriv ut värdena i stället.',
    en: () => 'The YAML uses too many aliases (*name). Write the values out instead.',
  },
  'yaml/too-deep': {
    sv: ({ limit }) => `Strukturen är för djupt nästlad (mer än ${limit} nivåer).`,
    en: ({ limit }) => `The structure is nested too deeply (more than ${limit} levels).`,
  },
  'yaml/too-large': {
    sv: ({ limit }) => `Listan eller mappningen är för stor (fler än ${limit} element). Dela upp den på flera filer.`,
    en: ({ limit }) => `The list or mapping is too large (more than ${limit} items). Split it over several files.`,
  },
  'yaml/too-large-text': {
    sv: ({ limit }) => `YAML-texten är för stor (fler än ${limit} rader och kommatecken). Dela upp filen.`,
    en: ({ limit }) => `The YAML text is too large (more than ${limit} lines and commas). Split the file.`,
  },
  'value/number': {
    sv: ({ value }) =>
      `Talet ${q(value)} kan inte visas exakt: ett tal ska vara ändligt och ligga mellan -9007199254740991 och 9007199254740991. Skriv ett mindre tal, eller skriv det inom citattecken om det är en text.`,
    en: ({ value }) =>
      `The number ${q(value)} cannot be shown exactly: a number must be finite and between -9007199254740991 and 9007199254740991. Write a smaller number, or quote it if it is text.`,
  },
  'body/too-large': {
    sv: ({ limit }) => `Texten efter frontmatter är för lång (mer än ${limit} tecken). Korta den eller dela upp den.`,
    en: ({ limit }) => `The text after the frontmatter is too long (more than ${limit} characters). Shorten or split it.`,
  },
  'body/too-complex': {
    sv: ({ what, limit }) =>
      `Texten efter frontmatter är för invecklad att återge: ${
        {
          chars: `mer än ${limit} tecken`,
          'delimiters-per-block': `fler än ${limit} tecken för betoning och länkar (*, _, ~, [, ]) i ett stycke`,
          delimiters: `fler än ${limit} tecken för betoning och länkar (*, _, ~, [, ]) i hela texten`,
          columns: `fler än ${limit} kolumner (|) på en tabellrad`,
          cells: `fler än ${limit} tabellceller (|) i hela texten`,
        }[what]
      }. Dela upp texten eller skriv tecknen som \\* och \\[.`,
    en: ({ what, limit }) =>
      `The text after the frontmatter is too complex to render: ${
        {
          chars: `more than ${limit} characters`,
          'delimiters-per-block': `more than ${limit} emphasis and link characters (*, _, ~, [, ]) in one paragraph`,
          delimiters: `more than ${limit} emphasis and link characters (*, _, ~, [, ]) in the whole text`,
          columns: `more than ${limit} columns (|) on one table row`,
          cells: `more than ${limit} table cells (|) in the whole text`,
        }[what]
      }. Split the text or write the characters as \\* and \\[.`,
  },
  'yaml/not-mapping': {
    sv: () => 'Innehållet måste vara en mappning (fält: värde) med fältet typ.',
    en: () => 'The content must be a mapping (field: value) with the field typ.',
  },
  'kind/missing': {
    sv: ({ kinds }) => `Fältet typ saknas. Ange en av ${list(kinds, 'sv')}.`,
    en: ({ kinds }) => `The field typ is missing. Give one of ${list(kinds, 'en')}.`,
  },
  'kind/unknown': {
    sv: ({ value, kinds, suggestion }) =>
      `Okänd typ ${q(value)}.` + (suggestion ? ` Menade du ${q(suggestion)}?` : ` Tillåtna: ${list(kinds, 'sv')}.`),
    en: ({ value, kinds, suggestion }) =>
      `Unknown typ ${q(value)}.` + (suggestion ? ` Did you mean ${q(suggestion)}?` : ` Allowed: ${list(kinds, 'en')}.`),
  },
  'schema/required': {
    sv: ({ property }) => `Fältet ${q(property)} saknas men krävs.`,
    en: ({ property }) => `The field ${q(property)} is missing but required.`,
  },
  'schema/additional': {
    sv: ({ property, suggestion }) =>
      `Okänt fält ${q(property)}.` + (suggestion ? ` Menade du ${q(suggestion)}?` : ''),
    en: ({ property, suggestion }) =>
      `Unknown field ${q(property)}.` + (suggestion ? ` Did you mean ${q(suggestion)}?` : ''),
  },
  'schema/type': {
    sv: ({ expected, actual, shown }) => `Värdet ska vara ${typeNames(sv, expected)}, men är ${actualName(sv, actual, shown)}.`,
    en: ({ expected, actual, shown }) => `The value must be ${typeNames(en, expected)}, but is ${actualName(en, actual, shown)}.`,
  },
  'schema/type-quote': {
    sv: ({ field, value }) =>
      field === 'kommunkod'
        ? `Skriv kommunkoden inom citattecken, till exempel kommunkod: "${String(value).padStart(4, '0')}". Utan citattecken läses den som talet ${value} och den inledande nollan försvinner.`
        : `Skriv värdet inom citattecken, till exempel ${field}: "${value}", om det ska vara en text.`,
    en: ({ field, value }) =>
      field === 'kommunkod'
        ? `Write the kommunkod in quotes, for example kommunkod: "${String(value).padStart(4, '0')}". Without quotes it is read as the number ${value} and the leading zero is lost.`
        : `Write the value in quotes, for example ${field}: "${value}", if it is meant as text.`,
  },
  'schema/enum': {
    sv: ({ allowed, actual }) => `Ogiltigt värde ${q(actual)}. Tillåtna värden: ${list(allowed, 'sv')}.`,
    en: ({ allowed, actual }) => `Invalid value ${q(actual)}. Allowed values: ${list(allowed, 'en')}.`,
  },
  'schema/const': {
    sv: ({ expected }) => `Värdet ska vara ${q(expected)}.`,
    en: ({ expected }) => `The value must be ${q(expected)}.`,
  },
  'schema/pattern': {
    sv: ({ field, description }) =>
      `Värdet i ${q(field)} har fel form.` + (description ? ` ${description}` : ''),
    en: ({ field, description }) =>
      `The value of ${q(field)} has the wrong form.` + (description ? ` ${description}` : ''),
  },
  'schema/format': {
    sv: ({ format, impossible }) =>
      impossible ? `Datumet ${impossible} finns inte i kalendern.` : format === 'date' ? 'Värdet ska vara ett datum i formatet ÅÅÅÅ-MM-DD.' : `Värdet ska ha formatet ${format}.`,
    en: ({ format, impossible }) =>
      impossible ? `There is no date ${impossible} in the calendar.` : format === 'date' ? 'The value must be a date as YYYY-MM-DD.' : `The value must have the format ${format}.`,
  },
  'schema/min-items': {
    sv: ({ limit }) => `Listan ska ha minst ${limit} ${limit === 1 ? 'post' : 'poster'}.`,
    en: ({ limit }) => `The list must have at least ${limit} ${limit === 1 ? 'item' : 'items'}.`,
  },
  'schema/min-length': {
    sv: () => 'Texten får inte vara tom.',
    en: () => 'The text must not be empty.',
  },
  'schema/minimum': {
    sv: ({ limit }) => `Värdet får inte vara mindre än ${limit}.`,
    en: ({ limit }) => `The value must not be less than ${limit}.`,
  },
  'schema/maximum': {
    sv: ({ limit }) => `Värdet får inte vara större än ${limit}.`,
    en: ({ limit }) => `The value must not be greater than ${limit}.`,
  },
  'schema/max-length': {
    sv: ({ limit }) => `Texten får vara högst ${limit} tecken lång.`,
    en: ({ limit }) => `The text must be at most ${limit} characters long.`,
  },
  'schema/unique-items': {
    sv: ({ i, j }) => `Listan har samma värde två gånger (post ${j + 1} och ${i + 1}).`,
    en: ({ i, j }) => `The list has the same value twice (items ${j + 1} and ${i + 1}).`,
  },
  'schema/any-of': {
    sv: ({ alternatives }) => `Värdet ska vara ${alternativeNames(sv, alternatives).join(' eller ')}.`,
    en: ({ alternatives }) => `The value must be ${alternativeNames(en, alternatives).join(' or ')}.`,
  },
  'schema/other': {
    sv: ({ keyword, detail }) => `Värdet uppfyller inte schemat (${keyword}): ${detail}.`,
    en: ({ keyword, detail }) => `The value does not satisfy the schema (${keyword}): ${detail}.`,
  },
  'schema/type-name': {
    sv: ({ type }) =>
      ({
        string: 'en text',
        number: 'ett tal',
        integer: 'ett heltal',
        boolean: 'true eller false',
        object: 'en mappning (fält: värde)',
        array: 'en lista',
        null: 'tomt',
      })[type] ?? type,
    en: ({ type }) =>
      ({
        string: 'a text',
        number: 'a number',
        integer: 'an integer',
        boolean: 'true or false',
        object: 'a mapping (field: value)',
        array: 'a list',
        null: 'empty',
      })[type] ?? type,
  },
  'word/or': {
    sv: () => 'eller',
    en: () => 'or',
  },
  'id/duplicate': {
    sv: ({ id }) => `Identiteten ${q(id)} används redan av en annan post. Varje identitet måste vara unik.`,
    en: ({ id }) => `The id ${q(id)} is already used by another entry. Every id must be unique.`,
  },
  'id/duplicate.first': {
    sv: () => 'först använd här',
    en: () => 'first used here',
  },
  'id/confusable': {
    sv: ({ id, other }) =>
      `Identiteten ${q(id)} går nästan inte att skilja från ${q(other)} (skillnaden är bara versaler eller å/ä/ö).`,
    en: ({ id, other }) => `The id ${q(id)} can hardly be told from ${q(other)} (they differ only in case or å/ä/ö).`,
  },
  'ref/unknown': {
    sv: ({ value, kinds, suggestion }) =>
      `Okänd referens ${q(value)}: det finns ${noneOfSv(kinds)} med den identiteten.` +
      (suggestion ? ` Menade du ${q(suggestion)}?` : ''),
    en: ({ value, kinds, suggestion }) =>
      `Unknown reference ${q(value)}: there is no ${kinds.join(' or ')} with that id.` +
      (suggestion ? ` Did you mean ${q(suggestion)}?` : ''),
  },
  'ref/wrong-kind': {
    sv: ({ value, actual, kinds }) =>
      `Referensen ${q(value)} pekar på ${articleSv(actual)} ${actual}, men här ska stå ${articleSv(kinds[0] ?? '')} ${kindListSv(kinds)}.`,
    en: ({ value, actual, kinds }) =>
      `The reference ${q(value)} points at a ${actual}, but a ${kinds.join(' or ')} belongs here.`,
  },
  'ref/defined-here': {
    sv: ({ kind }) => definedHereSv(kind),
    en: () => 'defined here',
  },
  'goal/owner-missing': {
    sv: ({ level }) =>
      `Målet saknar ägare. ${cap(goalSv(level))} måste ägas av exakt ett nätverk: ange fältet ägare.`,
    en: ({ level }) =>
      `The goal has no owner. A goal of level ${level} must be owned by exactly one network: give the field ägare.`,
  },
  'goal/owner-inactive': {
    sv: ({ owner, end }) =>
      `Målets ägare ${q(owner)} är en arbetsgrupp som upphörde ${end}. Ett mål måste ägas av ett aktivt nätverk.`,
    en: ({ owner, end }) =>
      `The goal's owner ${q(owner)} is a working group that ended ${end}. A goal must be owned by an active network.`,
  },
  'goal/parent-missing': {
    sv: ({ level }) =>
      `Målet saknar förälder. ${cap(goalSv(level))} måste ange målet på nivån ovanför i fältet förälder.`,
    en: ({ level }) =>
      `The goal has no parent. A goal of level ${level} must name the goal above it in the field förälder.`,
  },
  'goal/vision-parent': {
    sv: () => 'Visionen står överst i målstrukturen och kan inte ha någon förälder.',
    en: () => 'The vision is the top of the goal structure and cannot have a parent.',
  },
  'goal/parent-level': {
    sv: ({ level, parent, parentLevel }) =>
      `${cap(goalSv(level))} kan inte ha ${q(parent)} (${goalSv(parentLevel)}) som förälder: föräldern ska ligga på en högre nivå` +
      (level === 'delmål' ? ' och vara ett mål i programmet.' : '.'),
    en: ({ level, parent, parentLevel }) =>
      `A goal of level ${level} cannot have ${q(parent)} (${parentLevel}) as parent: the parent must be on a higher level.`,
  },
  'goal/cycle': {
    sv: ({ chain }) => `Målstrukturen går i cirkel: ${chain.join(' → ')}.`,
    en: ({ chain }) => `The goal structure is circular: ${chain.join(' → ')}.`,
  },
  'goal/no-vision': {
    sv: ({ top }) => `Målet leder inte upp till visionen: kedjan av föräldrar slutar i ${q(top)}.`,
    en: ({ top }) => `The goal does not lead up to the vision: its chain of parents ends at ${q(top)}.`,
  },
  'goal/plan-missing': {
    sv: () => 'Ett delmål ingår i en verksamhetsplan: ange fältet verksamhetsplan.',
    en: () => 'A delmål belongs to an annual plan: give the field verksamhetsplan.',
  },
  'goal/plan-not-allowed': {
    sv: ({ level }) =>
      `Fältet verksamhetsplan gäller bara delmål; ${goalSv(level)} ingår i programmet.`,
    en: ({ level }) =>
      `The field verksamhetsplan is only for delmål; a goal of level ${level} belongs to the programme.`,
  },
  'goal/no-activity': {
    sv: ({ goal, year }) =>
      `Programmets mål ${q(goal)} har ingen aktivitet i verksamhetsplanen för ${year}, varken direkt eller genom ett delmål.`,
    en: ({ goal, year }) =>
      `The programme goal ${q(goal)} has no activity in the annual plan for ${year}, neither directly nor through a delmål.`,
  },
  'activity/year': {
    sv: ({ start, year, plan }) =>
      `Aktiviteten börjar ${start}, men verksamhetsplanen ${q(plan)} gäller ${year}. Perioden ska börja under planens år.`,
    en: ({ start, year, plan }) =>
      `The activity starts ${start}, but the annual plan ${q(plan)} is for ${year}. The period must start in the plan's year.`,
  },
  'activity/period-order': {
    sv: ({ from, to }) => `Perioden slutar (${to}) innan den börjar (${from}).`,
    en: ({ from, to }) => `The period ends (${to}) before it starts (${from}).`,
  },
  'activity/goal-other-plan': {
    sv: ({ goal, plan }) =>
      `Delmålet ${q(goal)} hör till verksamhetsplanen ${q(plan)}, inte till aktivitetens plan.`,
    en: ({ goal, plan }) =>
      `The delmål ${q(goal)} belongs to the annual plan ${q(plan)}, not to the activity's plan.`,
  },
  'budget/unknown-post': {
    sv: ({ post, plan, suggestion }) =>
      `Budgetposten ${q(post)} finns inte i verksamhetsplanen ${q(plan)}.` +
      (suggestion ? ` Menade du ${q(suggestion)}?` : ''),
    en: ({ post, plan, suggestion }) =>
      `The budget line ${q(post)} does not exist in the annual plan ${q(plan)}.` +
      (suggestion ? ` Did you mean ${q(suggestion)}?` : ''),
  },
  'budget/over': {
    sv: ({ post, planned, budget }) =>
      `Aktiviteterna på budgetposten ${q(post)} kostar tillsammans ${formatKr(planned)}, mer än postens ${formatKr(budget)}.`,
    en: ({ post, planned, budget }) =>
      `The activities on budget line ${q(post)} cost ${planned} kr together, more than the line's ${budget} kr.`,
  },
  'network/member-missing': {
    sv: ({ kommuner }) =>
      `Nätverket saknar medlem från ${kommuner.join(', ')}. Ett stående nätverk har en medlem från varje medlemskommun.`,
    en: ({ kommuner }) =>
      `The network has no member from ${kommuner.join(', ')}. A standing network has one member from every municipality.`,
  },
  'network/member-duplicate': {
    sv: ({ kommun }) =>
      `${kommun} har fler än en medlem i nätverket. Ett stående nätverk har exakt en medlem per kommun.`,
    en: ({ kommun }) =>
      `${kommun} has more than one member in the network. A standing network has exactly one member per municipality.`,
  },
  'network/expired': {
    sv: ({ end, today }) => `Arbetsgruppens slutdatum ${end} har passerats (i dag är det ${today}).`,
    en: ({ end, today }) => `The working group's end date ${end} has passed (today is ${today}).`,
  },
  'network/no-goal': {
    sv: ({ network }) => `Nätverket ${q(network)} äger inget mål.`,
    en: ({ network }) => `The network ${q(network)} owns no goal.`,
  },
  'plan/duplicate-year': {
    sv: ({ year }) => `Det finns redan en verksamhetsplan för ${year}.`,
    en: ({ year }) => `There is already an annual plan for ${year}.`,
  },
  'plan/outside-program': {
    sv: ({ year, from, to, program }) =>
      `Verksamhetsplanen gäller ${year}, utanför programmet ${q(program)} (${from}–${to}).`,
    en: ({ year, from, to, program }) =>
      `The annual plan is for ${year}, outside the programme ${q(program)} (${from}–${to}).`,
  },
  'report/activity-other-plan': {
    sv: ({ activity, plan }) =>
      `Aktiviteten ${q(activity)} hör till verksamhetsplanen ${q(plan)}, inte till den plan som årsredovisningen följer upp.`,
    en: ({ activity, plan }) =>
      `The activity ${q(activity)} belongs to the annual plan ${q(plan)}, not to the plan this annual report follows up.`,
  },
  'report/activity-missing': {
    sv: ({ activity }) =>
      `Aktiviteten ${q(activity)} ingår i planen men saknar resultat i årsredovisningen.`,
    en: ({ activity }) =>
      `The activity ${q(activity)} is in the plan but has no result in the annual report.`,
  },
  'report/assessment-missing': {
    sv: ({ goal }) => `Målet ${q(goal)} saknar bedömning i måluppfyllelse.`,
    en: ({ goal }) => `The goal ${q(goal)} has no assessment in måluppfyllelse.`,
  },
  'report/duplicate': {
    sv: ({ what }) => `${q(what)} förekommer mer än en gång i samma lista.`,
    en: ({ what }) => `${q(what)} occurs more than once in the same list.`,
  },
  'indicator/duplicate-year': {
    sv: ({ year, field }) => `Året ${year} förekommer mer än en gång i ${field}.`,
    en: ({ year, field }) => `The year ${year} occurs more than once in ${field}.`,
  },
  'report/empty': {
    sv: ({ field, item }) => `${field} för ${q(item)} är inte ifyllt.`,
    en: ({ field, item }) => `${field} for ${q(item)} is not filled in.`,
  },
  'report/meetings': {
    sv: ({ count, conference, year }) =>
      `Årsredovisningen redovisar ${count} ${count === 1 ? 'sammanträde' : 'sammanträden'} med samarbetskommittén under ${year}${conference ? '' : ' och ingen planeringskonferens'}. ` +
      'Kommittén träffas minst sex gånger per år och har en årlig planeringskonferens.',
    en: ({ count, conference, year }) =>
      `Samarbetskommittén has ${count} meetings in ${year}${conference ? '' : ' and no planning conference'}. ` +
      'The committee meets at least six times a year and holds a yearly planning conference.',
  },
  'finance/shares-sum': {
    sv: ({ sum }) => `De fasta andelarna blir tillsammans ${String(sum).replace('.', ',')} procent, inte 100.`,
    en: ({ sum }) => `The fixed shares add up to ${sum} percent, not 100.`,
  },
  'finance/shares-kommun': {
    sv: ({ kommuner }) => `Kostnadsfördelningen saknar andel för ${kommuner.join(', ')}. Varje medlemskommun har en andel.`,
    en: ({ kommuner }) => `The cost-sharing key has no share for ${kommuner.join(', ')}. Every member municipality has a share.`,
  },
  'finance/shares-population': {
    sv: ({ kommuner }) =>
      `Kostnaderna fördelas efter folkmängd, men ${kommuner.join(', ')} saknar folkmängd i kommuner.yaml.`,
    en: ({ kommuner }) =>
      `Costs are shared by population, but ${kommuner.join(', ')} has no population in kommuner.yaml.`,
  },
  'finance/income': {
    sv: ({ kommun, paid, fee }) =>
      `${kommun} betalade ${formatKr(paid)}, men avgiften enligt planens kostnadsfördelning är ${formatKr(fee)}.`,
    en: ({ kommun, paid, fee }) => `${kommun} paid ${paid} kr, but its fee under the plan's cost-sharing key is ${fee} kr.`,
  },
  'finance/disposition': {
    sv: ({ amount, result }) =>
      `Resultatdispositionen gäller ${formatKr(amount)}, men årets resultat (intäkterna minus budgetutfallet) är ${result < 0 ? '−' : ''}${formatKr(Math.abs(result))}.`,
    en: ({ amount, result }) =>
      `The proposed disposition is for ${amount} kr, but the year's result (income minus budget outcome) is ${result} kr.`,
  },
  'text/filler': {
    sv: ({ text }) => `Mallens utfyllnadstext står kvar: ${q(text)}. Skriv den riktiga texten i stället.`,
    en: ({ text }) => `The template's filler text is still there: ${q(text)}. Write the real text instead.`,
  },
  'example/mixed': {
    sv: ({ id, plan }) =>
      `${q(id)} är påhittad exempeldata (exempel: true) men skulle komma med i ${q(plan)}, som inte är ett exempel. Ta bort exemplet eller märk det riktiga dokumentet.`,
    en: ({ id, plan }) =>
      `${q(id)} is invented example data (exempel: true) but would enter ${q(plan)}, which is not an example. Remove the example or mark the real document.`,
  },
  'example/mixed-plan': {
    sv: ({ plan }) => `Verksamhetsplanen ${q(plan)} är inget exempel.`,
    en: ({ plan }) => `The annual plan ${q(plan)} is not an example.`,
  },
  'plan/carry-over': {
    sv: ({ activity, status, plan }) =>
      `Aktiviteten ${q(activity)} blev inte klar (status ${status}) men fortsätter inte i ${q(plan)} och är inte markerad som avslutad.`,
    en: ({ activity, status, plan }) =>
      `The activity ${q(activity)} was not finished (status ${status}) but does not continue in ${q(plan)} and is not marked as ended.`,
  },
  'plan/outside-program-hint': {
    sv: ({ year, from, to, program }) =>
      `${year} ligger inom programmet ${q(program)} (${from}–${to}): låt planen peka på det med program: ${program}.`,
    en: ({ year, from, to, program }) =>
      `${year} lies within the programme ${q(program)} (${from}–${to}): let the plan point to it with program: ${program}.`,
  },
  'program/decisions-missing': {
    sv: ({ program, from, to, kommuner }) =>
      `Programmet ${q(program)} gäller ${from}–${to} men saknar beslut från kommunstyrelsen i ${kommuner.join(', ')}. Ett program antas genom ett beslut i varje medlemskommuns kommunstyrelse.`,
    en: ({ program, from, to, kommuner }) =>
      `The programme ${q(program)} is in force ${from}–${to} but lacks the decision of the municipal executive board of ${kommuner.join(', ')}. A programme is adopted by a decision of every member municipality's executive board.`,
  },
  'plan/carry-over-hint': {
    sv: ({ activity, plan }) =>
      `Skapa en fortsättning i ${plan} med fortsätter: ${activity} (sup new verksamhetsplan --från för över den), eller sätt status genomförd eller avbruten.`,
    en: ({ activity, plan }) =>
      `Create a continuation in ${plan} with fortsätter: ${activity} (sup new verksamhetsplan --från carries it over), or set the status genomförd or avbruten.`,
  },
  'config/unknown-rule': {
    sv: ({ id, suggestion }) =>
      `Det finns ingen regel ${q(id)}; inställningen under regler används inte.` + (suggestion ? ` Menade du ${q(suggestion)}?` : ''),
    en: ({ id, suggestion }) =>
      `There is no rule ${q(id)}; the setting under regler is not used.` + (suggestion ? ` Did you mean ${q(suggestion)}?` : ''),
  },
  'run/no-root': {
    sv: ({ cwd }) =>
      `Hittade ingen sup.yaml i ${cwd} eller någon mapp ovanför. Kör kommandot i ett dataförråd eller ange -C <mapp>.`,
    en: ({ cwd }) =>
      `No sup.yaml found in ${cwd} or any folder above it. Run the command in a data repository or give -C <folder>.`,
  },
  'run/bad-config': {
    sv: () => 'sup.yaml är inte giltig.',
    en: () => 'sup.yaml is not valid.',
  },
  'run/no-files': {
    sv: ({ patterns }) => `Inga datafiler matchar ${patterns.join(', ')}.`,
    en: ({ patterns }) => `No data files match ${patterns.join(', ')}.`,
  },
  'hint/did-you-mean': {
    sv: ({ suggestion }) => `Menade du ${q(suggestion)}?`,
    en: ({ suggestion }) => `Did you mean ${q(suggestion)}?`,
  },
};

export const sv: Catalogue = inLang(MESSAGES, 'sv');

export const en: Catalogue = inLang(MESSAGES, 'en');

/** The id of a message in the catalogue, as a finding carries it (`messageId`, as ESLint's findings do). */
export type MessageId = keyof Catalogue;

/** The data a message is phrased from. */
export type MessageData<K extends MessageId> = Parameters<Catalogue[K]>[0];

/** A message as a finding carries it: its id and data, which comparisons use, and its phrasing in the run's language. */
export interface Phrased<K extends MessageId = MessageId> {
  messageId: K;
  data?: MessageData<K>;
  message: string;
}

/** Phrases a message and keeps its id and data beside the text. */
export function phrase<K extends MessageId>(msg: Catalogue, messageId: K, ...data: MessageData<K> extends void ? [] : [MessageData<K>]): Phrased<K> {
  const fn = msg[messageId] as (d: unknown) => string;
  const message = fn(data[0]);
  return data.length > 0 ? { messageId, data: data[0] as MessageData<K>, message } : { messageId, message };
}

/** The catalogue for a language. */
export function catalogue(lang: Lang): Catalogue {
  return lang === 'en' ? en : sv;
}

function goalSv(level: string): string {
  switch (level) {
    case 'vision':
      return 'en vision';
    case 'övergripande':
      return 'ett övergripande mål';
    case 'långsiktigt':
      return 'ett långsiktigt mål';
    case 'delmål':
      return 'ett delmål';
    default:
      return `ett mål på nivån ${level}`;
  }
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

let krFormat: Intl.NumberFormat | undefined;

function formatKr(n: number | bigint): string {
  krFormat ??= new Intl.NumberFormat('sv-SE');
  return `${krFormat.format(n)} kr`;
}

/** Swedish wording for the `yaml` package's error codes; undefined keeps the parser's own text. */
function yamlMessageSv(code: string): string | undefined {
  const m: Record<string, string> = {
    BAD_INDENT: 'fel indrag. Rader på samma nivå ska ha samma antal mellanslag.',
    TAB_AS_INDENT: 'tabbtecken används som indrag. Använd mellanslag.',
    DUPLICATE_KEY: 'samma fält förekommer två gånger i samma mappning.',
    MISSING_CHAR: 'ett tecken saknas, till exempel ett avslutande citattecken eller en klammer.',
    MULTIPLE_DOCS: 'filen innehåller flera YAML-dokument (---). En datafil får bara ha ett.',
    BLOCK_AS_IMPLICIT_KEY: 'en nyckel kan inte vara ett block. Kontrollera indrag och kolon.',
    MULTILINE_IMPLICIT_KEY: 'en nyckel kan inte sträcka sig över flera rader. Saknas ett kolon eller ett citattecken?',
    UNEXPECTED_TOKEN: 'oväntat tecken. Kontrollera kolon, citattecken och indrag.',
    BAD_SCALAR_START: 'värdet börjar med ett tecken som inte får inleda ett värde utan citattecken.',
    BAD_DQ_ESCAPE: 'ogiltig escape-sekvens inom dubbla citattecken.',
    MISSING_ANCHOR: 'aliaset pekar på ett ankare (&namn) som inte finns.',
    UNEXPECTED_FLOW_END: 'en avslutande klammer saknar sin början.',
    BAD_ALIAS: 'ogiltigt alias.',
    BAD_DIRECTIVE: 'ogiltigt direktiv.',
    IMPOSSIBLE: 'YAML-strukturen är ogiltig.',
    TAG_RESOLVE_FAILED: 'taggen kunde inte tolkas.',
    BAD_COLLECTION_TYPE: 'fel typ av samling för taggen.',
    KEY_OVER_1024_CHARS: 'en nyckel är längre än 1024 tecken.',
    ALIAS_PROPS: 'ett alias kan inte ha egna egenskaper.',
    COMMENT_SPACE: 'en kommentar (#) måste ha ett mellanslag före sig.',
    UNEXPECTED_SCALAR_AT_NODE_END: 'oväntat värde i slutet av noden.',
    BAD_PROP_ORDER: 'ankare och tagg står i fel ordning.',
  };
  return m[code];
}
