import type { Lang } from './catalogue.js';
import { inLang } from './side-by-side.js';
import type { SideBySide } from './side-by-side.js';

/**
 * The sentences of sup new, link, unlink and set, in Swedish and English. Kept beside the edit code
 * until they move into src/messages/catalogue.ts.
 */

const q = (s: unknown) => `"${String(s)}"`;
/** A value in a sentence, shortened when it is a long text. */
const v = (s: unknown) => {
  const text = String(s).replace(/\s+/g, ' ');
  return q(text.length > 60 ? `${text.slice(0, 59).trimEnd()}…` : text);
};
const listOf = (items: readonly string[], word: string) => {
  const quoted = items.map(q);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${word} ${quoted.at(-1)}`;
};
const meant = (lang: Lang, suggestion?: string) => (suggestion ? (lang === 'sv' ? ` Menade du ${q(suggestion)}?` : ` Did you mean ${q(suggestion)}?`) : '');

const ARTICLE_SV: Record<string, string> = {
  mål: 'ett mål',
  nätverk: 'ett nätverk',
  organ: 'ett organ',
  program: 'ett program',
  kommun: 'en kommun',
  indikator: 'en indikator',
  verksamhetsplan: 'en verksamhetsplan',
  aktivitet: 'en aktivitet',
  årsredovisning: 'en årsredovisning',
  delmål: 'ett delmål',
  arbetsgrupp: 'en arbetsgrupp',
};
const NONE_SV: Record<string, string> = { mål: 'inget mål', nätverk: 'inget nätverk', organ: 'inget organ', program: 'inget program', delmål: 'inget delmål' };
const a = (kind: string) => ARTICLE_SV[kind] ?? `en ${kind}`;
const none = (kinds: readonly string[]) => kinds.map((k) => NONE_SV[k] ?? `ingen ${k}`).join(' eller ');

/** A reason for a failed read or write, from the error code. */
function reasonOf(lang: Lang, code: string | undefined, detail: string): string {
  const sv: Record<string, string> = {
    ENOSPC: 'disken är full',
    EDQUOT: 'diskkvoten är slut',
    EACCES: 'behörighet saknas',
    EPERM: 'behörighet saknas',
    EROFS: 'filsystemet är skrivskyddat',
    ENOENT: 'filen eller mappen finns inte (längre)',
    EISDIR: 'det är en mapp',
    EIO: 'in- eller utmatningsfel på disken',
    missing: 'filen finns inte (längre)',
    outside: 'den är en länk som pekar utanför projektet',
    'broken-link': 'den är en länk som inte går att följa',
    folder: 'det är en mapp',
    special: 'den är ingen vanlig fil (en rörledning, socket eller enhet)',
    'too-large': 'den är för stor',
    'bad-name': 'namnet innehåller styrtecken eller en del som ..',
    unreadable: 'den gick inte att läsa',
    link: 'en länk ligger i vägen, och sup skriver aldrig genom en länk',
    'not-folder': 'en fil ligger där en mapp behövs',
    'not-file': 'det som ligger där är ingen vanlig fil',
  };
  const en: Record<string, string> = {
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOENT: 'the file or folder does not exist (any more)',
    EISDIR: 'it is a folder',
    EIO: 'input/output error on the disk',
    missing: 'the file does not exist (any more)',
    outside: 'it is a link that points outside the project',
    'broken-link': 'it is a link that cannot be followed',
    folder: 'it is a folder',
    special: 'it is not a regular file (a pipe, socket or device)',
    'too-large': 'it is too large',
    'bad-name': 'the name contains control characters or a part such as ..',
    unreadable: 'it could not be read',
    link: 'a link is in the way, and sup never writes through a link',
    'not-folder': 'a file is where a folder is needed',
    'not-file': 'what is there is not a regular file',
  };
  return (lang === 'sv' ? sv : en)[code ?? ''] ?? detail;
}

/** Kinds whose Swedish name is neuter: "Nytt mål", "Nytt nätverk". */
const NEUTER = new Set(['mål', 'delmål', 'nätverk']);

/** Every sentence of the edit commands, Swedish and English side by side. */
const EDIT = {
  unknownId: {
    sv: (id: string, suggestion?: string) => `Det finns ingen post med id ${q(id)}.${meant('sv', suggestion)}`,
    en: (id: string, suggestion?: string) => `There is no entry with the id ${q(id)}.${meant('en', suggestion)}`,
  },
  ambiguousId: {
    sv: (id: string, files: readonly string[]) =>
      `Id ${q(id)} används i flera filer (${files.join(', ')}), så det är oklart vilken som menas. Rätta dubbletten först (sup check visar den).`,
    en: (id: string, files: readonly string[]) =>
      `The id ${q(id)} is used in several files (${files.join(', ')}), so it is unclear which is meant. Fix the duplicate first (sup check shows it).`,
  },
  unknownOfKind: {
    sv: (kind: string, id: string, suggestion?: string) => `Det finns ${none([kind])} med id ${q(id)}.${meant('sv', suggestion)}`,
    en: (kind: string, id: string, suggestion?: string) => `There is no ${kind} with the id ${q(id)}.${meant('en', suggestion)}`,
  },
  wrongKind: {
    sv: (id: string, actual: string, expected: string) => `${q(id)} är ${a(actual)}, inte ${a(expected)}.`,
    en: (id: string, actual: string, expected: string) => `${q(id)} is a ${actual}, not a ${expected}.`,
  },
  notAGoal: {
    sv: (id: string, actual: string) =>
      `${q(id)} är ${a(actual)}, inte ett mål. En aktivitet kan bara bidra till mål och delmål.`,
    en: (id: string, actual: string) => `${q(id)} is a ${actual}, not a mål (goal). An activity can only serve goals and delmål.`,
  },
  linkAlready: {
    sv: (activity: string, goal: string) => `Aktiviteten ${q(activity)} bidrar redan till ${q(goal)}; ingenting ändrades.`,
    en: (activity: string, goal: string) => `The activity ${q(activity)} already serves ${q(goal)}; nothing changed.`,
  },
  linkDone: {
    sv: (activity: string, goal: string, file: string) => `Aktiviteten ${q(activity)} bidrar nu till ${q(goal)} (${file}).`,
    en: (activity: string, goal: string, file: string) => `The activity ${q(activity)} now serves ${q(goal)} (${file}).`,
  },
  unlinkNotLinked: {
    sv: (activity: string, goal: string) => `Aktiviteten ${q(activity)} bidrar inte till ${q(goal)}; ingenting ändrades.`,
    en: (activity: string, goal: string) => `The activity ${q(activity)} does not serve ${q(goal)}; nothing changed.`,
  },
  unlinkUnknown: {
    sv: (activity: string, goal: string, goals: readonly string[], suggestion?: string) =>
      `Aktiviteten ${q(activity)} har inget mål ${q(goal)}, och det finns inget mål med det id:t. Aktivitetens mål är ${listOf(goals, 'och')}.${meant('sv', suggestion)}`,
    en: (activity: string, goal: string, goals: readonly string[], suggestion?: string) =>
      `The activity ${q(activity)} has no goal ${q(goal)}, and there is no goal with that id. The activity's goals are ${listOf(goals, 'and')}.${meant('en', suggestion)}`,
  },
  unlinkLast: {
    sv: (activity: string, goal: string) =>
      `${q(goal)} är det enda målet för aktiviteten ${q(activity)}, och en aktivitet måste bidra till minst ett mål. ` +
      `Koppla den först till ett annat mål med sup link ${activity} <mål>, eller ta bort aktiviteten.`,
    en: (activity: string, goal: string) =>
      `${q(goal)} is the only goal of the activity ${q(activity)}, and an activity must serve at least one goal. ` +
      `Link it to another goal first with sup link ${activity} <goal>, or remove the activity.`,
  },
  unlinkDone: {
    sv: (activity: string, goal: string, file: string) => `Aktiviteten ${q(activity)} bidrar inte längre till ${q(goal)} (${file}).`,
    en: (activity: string, goal: string, file: string) => `The activity ${q(activity)} no longer serves ${q(goal)} (${file}).`,
  },
  unknownField: {
    sv: (field: string, kind: string, fields: readonly string[], suggestion?: string) =>
      `Okänt fält ${q(field)} för ${kind}.` + (suggestion ? meant('sv', suggestion) : fields.length > 0 ? ` Fälten är ${listOf(fields, 'och')}.` : ''),
    en: (field: string, kind: string, fields: readonly string[], suggestion?: string) =>
      `Unknown field ${q(field)} for ${kind}.` + (suggestion ? meant('en', suggestion) : fields.length > 0 ? ` The fields are ${listOf(fields, 'and')}.` : ''),
  },
  unknownItem: {
    sv: (field: string, item: string, names: readonly string[], suggestion?: string) =>
      `${q(field)}: listan har ingen post ${q(item)}.` + (suggestion ? meant('sv', suggestion) : names.length > 0 ? ` Posterna är ${listOf(names, 'och')}.` : ''),
    en: (field: string, item: string, names: readonly string[], suggestion?: string) =>
      `${q(field)}: the list has no item ${q(item)}.` + (suggestion ? meant('en', suggestion) : names.length > 0 ? ` The items are ${listOf(names, 'and')}.` : ''),
  },
  fixedField: {
    sv: (field: string) =>
      `Fältet ${q(field)} ändras inte med sup set: ${field === 'id' ? 'andra filer pekar på id:t, och filen heter som det' : 'det bestämmer vilket schema filen följer'}. Ändra det för hand.`,
    en: (field: string) =>
      `The field ${q(field)} is not changed with sup set: ${field === 'id' ? 'other files refer to the id, and the file is named after it' : 'it decides which schema the file follows'}. Change it by hand.`,
  },
  listField: {
    sv: (field: string, isGoals: boolean) =>
      `Fältet ${q(field)} är en lista; sup set ändrar ett enskilt värde.` +
      (isGoals ? ' En aktivitets mål ändras med sup link och sup unlink.' : ' Ändra listan för hand.'),
    en: (field: string, isGoals: boolean) =>
      `The field ${q(field)} is a list; sup set changes a single value.` +
      (isGoals ? " An activity's goals are changed with sup link and sup unlink." : ' Change the list by hand.'),
  },
  mapField: {
    sv: (field: string, fields: readonly string[]) =>
      `Fältet ${q(field)} är en mappning; ange ett av dess fält` + (fields.length > 0 ? `, till exempel ${field}.${fields[0]}` : '') + '.',
    en: (field: string, fields: readonly string[]) =>
      `The field ${q(field)} is a mapping; give one of its fields` + (fields.length > 0 ? `, for example ${field}.${fields[0]}` : '') + '.',
  },
  badEnum: {
    sv: (field: string, value: string, allowed: readonly string[], suggestion?: string) =>
      `Ogiltigt värde ${q(value)} för ${field}. Tillåtna värden: ${listOf(allowed, 'eller')}.${meant('sv', suggestion)}`,
    en: (field: string, value: string, allowed: readonly string[], suggestion?: string) =>
      `Invalid value ${q(value)} for ${field}. Allowed values: ${listOf(allowed, 'or')}.${meant('en', suggestion)}`,
  },
  badNumber: {
    sv: (field: string, value: string, expected: 'number' | 'integer' | 'boolean' | 'range') =>
      expected === 'range'
        ? `Fältet ${q(field)} ska vara ett tal mellan -9007199254740991 och 9007199254740991, inte ${q(value)}.`
        : `Fältet ${q(field)} ska vara ${expected === 'number' ? 'ett tal' : expected === 'integer' ? 'ett heltal' : 'true eller false'}, inte ${q(value)}.`,
    en: (field: string, value: string, expected: 'number' | 'integer' | 'boolean' | 'range') =>
      expected === 'range'
        ? `The field ${q(field)} must be a number between -9007199254740991 and 9007199254740991, not ${q(value)}.`
        : `The field ${q(field)} must be ${expected === 'number' ? 'a number' : expected === 'integer' ? 'an integer' : 'true or false'}, not ${q(value)}.`,
  },
  setSame: {
    sv: (id: string, field: string, value: unknown) => `${field} för ${q(id)} är redan ${v(value)}; ingenting ändrades.`,
    en: (id: string, field: string, value: unknown) => `${field} of ${q(id)} is already ${v(value)}; nothing changed.`,
  },
  setDone: {
    sv: (id: string, field: string, before: unknown, after: unknown, file: string) =>
      before === undefined
        ? `${field} för ${q(id)} är nu ${v(after)} (${file}).`
        : `${field} för ${q(id)} ändrades från ${v(before)} till ${v(after)} (${file}).`,
    en: (id: string, field: string, before: unknown, after: unknown, file: string) =>
      before === undefined
        ? `${field} of ${q(id)} is now ${v(after)} (${file}).`
        : `${field} of ${q(id)} changed from ${v(before)} to ${v(after)} (${file}).`,
  },
  refusedErrors: {
    sv: () => 'Ändringen skulle ge fel i datan, så ingenting skrevs:',
    en: () => 'The change would bring errors into the data, so nothing was written:',
  },
  newWarnings: {
    sv: () => 'Observera: efter ändringen har datan nya varningar:',
    en: () => 'Note: after the change the data has new warnings:',
  },
  syntax: {
    sv: (file: string) => `${file} har YAML-fel och kan inte ändras säkert. Rätta felen först (sup check visar var).`,
    en: (file: string) => `${file} has YAML errors and cannot be changed safely. Fix them first (sup check shows where).`,
  },
  encoding: {
    sv: (file: string) => `${file} är inte giltig UTF-8 och ändras inte. Spara den som UTF-8 först.`,
    en: (file: string) => `${file} is not valid UTF-8 and is not changed. Save it as UTF-8 first.`,
  },
  frontmatter: {
    sv: (file: string) => `${file} saknar frontmatter som går att läsa (raderna "---" före och efter fälten). Rätta filen först (sup check).`,
    en: (file: string) => `${file} has no readable frontmatter (the "---" lines before and after the fields). Fix the file first (sup check).`,
  },
  notMapping: {
    sv: (file: string, field: string) => `${file}: ${q(field)} ligger inte i en mappning (fält: värde) och kan inte ändras här. Rätta filen först (sup check).`,
    en: (file: string, field: string) => `${file}: ${q(field)} is not inside a mapping (field: value) and cannot be changed here. Fix the file first (sup check).`,
  },
  notSequence: {
    sv: (file: string, field: string) => `${file}: fältet ${q(field)} är inte en lista. Rätta filen först (sup check).`,
    en: (file: string, field: string) => `${file}: the field ${q(field)} is not a list. Fix the file first (sup check).`,
  },
  notScalar: {
    sv: (file: string, field: string) => `${file}: fältet ${q(field)} är inte ett enskilt värde utan en lista eller mappning.`,
    en: (file: string, field: string) => `${file}: the field ${q(field)} is not a single value but a list or mapping.`,
  },
  alias: {
    sv: (file: string, field: string) =>
      `${file}: värdet i ${q(field)} delas med ett YAML-ankare eller alias (&namn, *namn) och ändras inte automatiskt. Ändra filen för hand.`,
    en: (file: string, field: string) =>
      `${file}: the value of ${q(field)} is shared through a YAML anchor or alias (&name, *name) and is not changed automatically. Change the file by hand.`,
  },
  layout: {
    sv: (file: string, field: string) =>
      `${file}: ${q(field)} är skrivet på ett sätt som sup inte kan ändra utan att röra annan text. Ändra filen för hand.`,
    en: (file: string, field: string) =>
      `${file}: ${q(field)} is written in a way sup cannot change without touching other text. Change the file by hand.`,
  },
  verify: {
    sv: (file: string) =>
      `sup: internt fel: ändringen av ${file} gav inte exakt det väntade resultatet, så ingenting skrevs. Filen är oförändrad; ändra den för hand och rapportera gärna felet.`,
    en: (file: string) =>
      `sup: internal error: the change to ${file} did not give exactly the intended result, so nothing was written. The file is unchanged; change it by hand and please report the problem.`,
  },
  changed: {
    sv: (file: string) => `${file} ändrades av något annat medan sup arbetade, så ingenting skrevs. Kör kommandot igen.`,
    en: (file: string) => `${file} was changed by something else while sup was working, so nothing was written. Run the command again.`,
  },
  readOnly: {
    sv: (file: string) =>
      `${file} är skrivskyddad, så ingenting ändrades. Ta bort skrivskyddet (till exempel chmod u+w ${file}) och kör kommandot igen.`,
    en: (file: string) => `${file} is read-only, so nothing was changed. Make it writable (for example chmod u+w ${file}) and run the command again.`,
  },
  writeFailed: {
    sv: (file: string, code: string | undefined, detail: string) =>
      `Kunde inte skriva ${file}: ${reasonOf('sv', code, detail)}. Filen är oförändrad.`,
    en: (file: string, code: string | undefined, detail: string) =>
      `Could not write ${file}: ${reasonOf('en', code, detail)}. The file is unchanged.`,
  },
  readFailed: {
    sv: (file: string, code: string | undefined, detail: string) => `Kunde inte läsa ${file}: ${reasonOf('sv', code, detail)}.`,
    en: (file: string, code: string | undefined, detail: string) => `Could not read ${file}: ${reasonOf('en', code, detail)}.`,
  },
  createFailed: {
    sv: (file: string, code: string | undefined, detail: string) =>
      `Kunde inte skapa ${file}: ${reasonOf('sv', code, detail)}. Ingen fil skapades.`,
    en: (file: string, code: string | undefined, detail: string) =>
      `Could not create ${file}: ${reasonOf('en', code, detail)}. No file was created.`,
  },
  // sup new
  unknownKind: {
    sv: (kind: string, kinds: readonly string[], suggestion?: string) =>
      `okänd sort ${q(kind)}.${meant('sv', suggestion)} Välj bland ${kinds.join(', ')}.`,
    en: (kind: string, kinds: readonly string[], suggestion?: string) =>
      `unknown kind ${q(kind)}.${meant('en', suggestion)} Choose from ${kinds.join(', ')}.`,
  },
  optionNotForKind: {
    sv: (option: string, kind: string, options: readonly string[]) =>
      `${option} gäller inte för ${kind}. För ${kind} finns ${options.join(', ')}; andra fält anges med --fält namn=värde.`,
    en: (option: string, kind: string, options: readonly string[]) =>
      `${option} does not apply to ${kind}. For ${kind} there are ${options.join(', ')}; give other fields with --fält name=value.`,
  },
  badFieldSyntax: {
    sv: (value: string) => `--fält skrivs namn=värde, till exempel --fält område=Klimatomställning, inte ${q(value)}.`,
    en: (value: string) => `--fält is written name=value, for example --fält område=Klimatomställning, not ${q(value)}.`,
  },
  missing: {
    sv: (kind: string) => `Uppgifter saknas för ${a(kind)}, så ingen fil skapades:`,
    en: (kind: string) => `Details are missing for the new ${kind}, so no file was created:`,
  },
  missingHint: {
    sv: () => 'Ange dem med flaggorna ovan, eller kör kommandot i en terminal för att bli tillfrågad.',
    en: () => 'Give them with the options above, or run the command in a terminal to be asked.',
  },
  invalid: {
    sv: (kind: string) => `Uppgifterna för ${a(kind)} har fel, så ingen fil skapades:`,
    en: (kind: string) => `The details for the new ${kind} have errors, so no file was created:`,
  },
  exists: {
    sv: (file: string) => `${file} finns redan, och sup new skriver aldrig över en fil. Välj ett annat id med --id.`,
    en: (file: string) => `${file} already exists, and sup new never overwrites a file. Choose another id with --id.`,
  },
  idTaken: {
    sv: (id: string, file: string) => `Id ${q(id)} används redan (${file}). Välj ett annat med --id.`,
    en: (id: string, file: string) => `The id ${q(id)} is already used (${file}). Choose another with --id.`,
  },
  badId: {
    sv: (id: string) =>
      `Id ${q(id)} har fel form: små bokstäver a–z, siffror och bindestreck, utan å, ä och ö, till exempel laddinfrastruktur-plan.`,
    en: (id: string) => `The id ${q(id)} has the wrong form: lower-case a–z, digits and hyphens, without å, ä and ö, for example laddinfrastruktur-plan.`,
  },
  notData: {
    sv: (file: string, patterns: readonly string[]) =>
      `${file} skulle inte läsas av sup check: den matchar inte mönstren under data i sup.yaml (${patterns.join(', ')}). Ingen fil skapades.`,
    en: (file: string, patterns: readonly string[]) =>
      `${file} would not be read by sup check: it does not match the patterns under data in sup.yaml (${patterns.join(', ')}). No file was created.`,
  },
  refusedNew: {
    sv: (file: string) => `${file} skulle inte klara sup check, så den skapades inte. Det här saknas eller är fel:`,
    en: (file: string) => `${file} would not pass sup check, so it was not created. This is missing or wrong:`,
  },
  created: {
    sv: (kind: string, id: string, file: string) => `Skapade ${file} (${kind} ${q(id)}).`,
    en: (kind: string, id: string, file: string) => `Created ${file} (${kind} ${q(id)}).`,
  },
  createdWarnings: {
    sv: () => 'Kvar att göra (varningar från sup check):',
    en: () => 'Still to do (warnings from sup check):',
  },
  aborted: {
    sv: () => 'Avbrutet; ingen fil skapades.',
    en: () => 'Cancelled; no file was created.',
  },
  template: {
    sv: (file: string, detail: string) => `fel i mallen ${file}: ${detail}`,
    en: (file: string, detail: string) => `error in the template ${file}: ${detail}`,
  },
  promptIntro: {
    sv: (kind: string) => `${NEUTER.has(kind) ? 'Nytt' : 'Ny'} ${kind}. Fyll i uppgifterna nedan (Ctrl-C avbryter).`,
    en: (kind: string) => `New ${kind}. Fill in the details below (Ctrl-C cancels).`,
  },
  promptOptional: {
    sv: () => 'tomt svar hoppar över',
    en: () => 'an empty answer skips it',
  },
  promptId: {
    sv: () => 'filens id, tomt svar tar förslaget',
    en: () => "the file's id, an empty answer takes the proposal",
  },
  promptAgain: {
    sv: (inputs: readonly string[]) => `Svara igen på det som kontrollen inte godtog (${inputs.join(', ')}); de andra svaren står kvar.`,
    en: (inputs: readonly string[]) => `Answer again what the check did not accept (${inputs.join(', ')}); the other answers are kept.`,
  },
  promptList: {
    sv: () => 'flera skiljs med kommatecken',
    en: () => 'separate several with commas',
  },
  promptChoices: {
    sv: (choices: readonly string[]) => `ett av ${choices.join(', ')}`,
    en: (choices: readonly string[]) => `one of ${choices.join(', ')}`,
  },
  promptDate: {
    sv: () => 'ÅÅÅÅ-MM-DD',
    en: () => 'YYYY-MM-DD',
  },
  inputEmpty: {
    sv: (name: string) => `${name}: ett värde krävs.`,
    en: (name: string) => `${name}: a value is required.`,
  },
  inputUnknownRef: {
    sv: (name: string, value: string, kinds: readonly string[], suggestion?: string) =>
      `${name}: det finns ${none(kinds)} med id ${q(value)}.${meant('sv', suggestion)}`,
    en: (name: string, value: string, kinds: readonly string[], suggestion?: string) =>
      `${name}: there is no ${kinds.join(' or ')} with the id ${q(value)}.${meant('en', suggestion)}`,
  },
  inputWrongKind: {
    sv: (name: string, value: string, actual: string, kinds: readonly string[]) =>
      `${name}: ${q(value)} är ${a(actual)}, men här ska stå ${kinds.map(a).join(' eller ')}.`,
    en: (name: string, value: string, actual: string, kinds: readonly string[]) =>
      `${name}: ${q(value)} is a ${actual}, but a ${kinds.join(' or ')} belongs here.`,
  },
  inputDate: {
    sv: (name: string, value: string) => `${name}: ${q(value)} är inget datum. Skriv ÅÅÅÅ-MM-DD, till exempel 2026-03-31.`,
    en: (name: string, value: string) => `${name}: ${q(value)} is not a date. Write YYYY-MM-DD, for example 2026-03-31.`,
  },
  inputYear: {
    sv: (name: string, value: string) => `${name}: ${q(value)} är inget år. Skriv fyra siffror, till exempel 2026.`,
    en: (name: string, value: string) => `${name}: ${q(value)} is not a year. Write four digits, for example 2026.`,
  },
  inputEnum: {
    sv: (name: string, value: string, allowed: readonly string[], suggestion?: string) =>
      `${name}: ogiltigt värde ${q(value)}. Tillåtna värden: ${listOf(allowed, 'eller')}.${meant('sv', suggestion)}`,
    en: (name: string, value: string, allowed: readonly string[], suggestion?: string) =>
      `${name}: invalid value ${q(value)}. Allowed values: ${listOf(allowed, 'or')}.${meant('en', suggestion)}`,
  },
  rollDescription: {
    sv: () => 'Medlemmarnas roll i kommunerna, till exempel trafikstrateg. Nätverket får en medlem per kommun.',
    en: () => "The members' role in the municipalities, for example trafikstrateg. The network gets one member per municipality.",
  },
  planForFolder: {
    sv: () => 'Verksamhetsplanen som indikatorn följs upp i (id); bestämmer bara mappen.',
    en: () => 'The annual plan the indicator is followed up in (id); only decides the folder.',
  },
} satisfies SideBySide;

export const editMessages = { sv: inLang(EDIT, 'sv'), en: inLang(EDIT, 'en') };

export type EditMessages = (typeof editMessages)['sv'];

// Both languages have every message with the same data.
const english: EditMessages = editMessages.en;

/** The edit messages in a language. */
export function editMsg(lang: Lang): EditMessages {
  return lang === 'en' ? english : editMessages.sv;
}
