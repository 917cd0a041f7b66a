import type { Lang } from './catalogue.js';
import { terminal } from '../util/escape.js';

type Both<A extends unknown[]> = { sv: (...args: A) => string; en: (...args: A) => string };
const both = <A extends unknown[]>(sv: (...args: A) => string, en: (...args: A) => string): Both<A> => ({ sv, en });

/** What the JSON parser expected, by its error code: Swedish, English. */
const JSON_EXPECTED: Record<string, [string, string]> = {
  ValueExpected: ['ett värde väntades här', 'a value was expected here'],
  CommaExpected: ['ett kommatecken väntades här', 'a comma was expected here'],
  ColonExpected: ['ett kolon väntades här', 'a colon was expected here'],
  PropertyNameExpected: ['ett namn inom citattecken väntades här', 'a name in quotes was expected here'],
  CloseBraceExpected: ['} väntades här', '} was expected here'],
  CloseBracketExpected: ['] väntades här', '] was expected here'],
  EndOfFileExpected: ['filen borde ta slut här', 'the file should end here'],
  InvalidCommentToken: ['JSON har inga kommentarer', 'JSON has no comments'],
  TooDeep: ['mer än 64 nivåer inuti varandra, vilket ingen package.json behöver', 'more than 64 levels nested, which no package.json needs'],
};
const jsonExpected = (code: string | undefined, i: 0 | 1) =>
  (code !== undefined && Object.hasOwn(JSON_EXPECTED, code) ? JSON_EXPECTED[code]![i] : undefined) ?? (i === 0 ? 'ett tecken som inte hör hemma i JSON' : 'a character that does not belong in JSON');

/** What sup init says, Swedish and English side by side. */
const MESSAGES = {
  notAFolderExists: both((target: string) => terminal`sup init: ${target} finns redan och är ingen mapp.`, (target: string) => terminal`sup init: ${target} exists and is not a folder.`),
  notEmpty: both(
    (target: string) => terminal`sup init: mappen ${target} är inte tom. Välj en tom mapp, eller använd --force för att lägga till de filer som saknas (befintliga filer skrivs aldrig över).`,
    (target: string) => terminal`sup init: the folder ${target} is not empty. Choose an empty folder, or use --force to add the missing files (existing files are never overwritten).`,
  ),
  emptySpec: both(() => 'sup init: --sup-spec får inte vara tom.', () => 'sup init: --sup-spec must not be empty.'),
  refusedThrough: both(
    (path: string, link: boolean) => terminal`sup init: skrev ingenting genom ${path}: ${link ? 'det är en länk, och sup skriver aldrig genom en länk' : 'det är ingen mapp'}. Ta bort eller byt ut den och försök igen.`,
    (path: string, link: boolean) => terminal`sup init: wrote nothing through ${path}: ${link ? 'it is a link, and sup never writes through a link' : 'it is not a folder'}. Remove or replace it and try again.`,
  ),
  cannotWrite: both((target: string, detail: string) => terminal`sup init: kunde inte skriva i ${target}: ${detail}`, (target: string, detail: string) => terminal`sup init: could not write in ${target}: ${detail}`),
  created: both(
    (target: string, n: number, example: boolean) => `Skapade ett dataförråd för sup i ${target} (${n} ${n === 1 ? 'fil' : 'filer'}${example ? ', med SUP 2040-datan som exempel' : ''}).`,
    (target: string, n: number, example: boolean) => `Created a sup data repository in ${target} (${n} ${n === 1 ? 'file' : 'files'}${example ? ', with the SUP 2040 data as an example' : ''}).`,
  ),
  skipped: both((n: number) => `Fanns redan och lämnades orörda (${n}):`, (n: number) => `Already there and left as they were (${n}):`),
  nextSteps: both(() => 'Nästa steg:', () => 'Next steps:'),
  npmInstall: both((spec: string) => terminal`  npm install      # installerar sup (${spec})`, (spec: string) => terminal`  npm install      # installs sup (${spec})`),
  gitCommit: both(
    () => '  git add -A && git commit -m "Nytt dataförråd"      # med package-lock.json och verktyg/',
    () => '  git add -A && git commit -m "New data repository"      # with package-lock.json and verktyg/',
  ),
  exampleYear: both(
    () => 'Exempelåret i data/exempel/2025 är påhittat (exempel: true) och hör inte hemma i riktiga dokument. Ta bort det innan det första riktiga året: git rm -r data/exempel (se README.md).',
    () => 'The example year in data/exempel/2025 is invented (exempel: true) and does not belong in real documents. Remove it before the first real year: git rm -r data/exempel (see README.md).',
  ),
  notBuilt: both(
    (detail: string) => terminal`sup init: den här installationen av sup är inte byggd (${detail} saknas). Kör npm run build, eller ange --sup-spec.`,
    (detail: string) => terminal`sup init: this installation of sup is not built (${detail} is missing). Run npm run build, or give --sup-spec.`,
  ),
  packFailed: both(
    (detail: string) => terminal`sup init: npm pack misslyckades (${detail}). Ange --sup-spec för att installera sup från en adress eller version i stället.`,
    (detail: string) => terminal`sup init: npm pack failed (${detail}). Give --sup-spec to install sup from an address or version instead.`,
  ),
  updateAlone: both(() => 'sup init: --uppdatera går inte ihop med --from-example eller --force.', () => 'sup init: --uppdatera cannot be combined with --from-example or --force.'),
  notAFolder: both((target: string) => terminal`sup init: ${target} är ingen mapp.`, (target: string) => terminal`sup init: ${target} is not a folder.`),
  refusedUpdate: both(
    (path: string, link: boolean) => terminal`sup init: skrev inte genom ${path}: ${link ? 'det är en länk, och sup skriver aldrig genom en länk' : 'det är ingen vanlig mapp eller fil'}.`,
    (path: string, link: boolean) => terminal`sup init: did not write through ${path}: ${link ? 'it is a link, and sup never writes through a link' : 'it is not a regular folder or file'}.`,
  ),
  missingSpec: both(() => '(saknades)', () => '(missing)'),
  updated: both((target: string, from: string, spec: string) => terminal`Uppdaterade sup i ${target}: ${from} → ${spec}.`, (target: string, from: string, spec: string) => terminal`Updated sup in ${target}: ${from} → ${spec}.`),
  removed: both((old: string) => terminal`  tog bort ${old}`, (old: string) => terminal`  removed ${old}`),
  updateNext: both(
    () => 'Nästa steg: npm install (uppdaterar package-lock.json), kontrollera med npx sup check och lägg till ändringarna i git.',
    () => 'Next: npm install (updates package-lock.json), check with npx sup check and add the changes to git.',
  ),
  packageMissing: both(
    () => 'sup init: package.json finns inte. Kör sup init utan --uppdatera för att skapa förrådet.',
    () => 'sup init: package.json does not exist. Run sup init without --uppdatera to create the repository.',
  ),
  packageUnreadable: both((detail: string) => terminal`sup init: package.json gick inte att läsa (${detail}).`, (detail: string) => terminal`sup init: package.json could not be read (${detail}).`),
  packageInvalid: both(
    (at: string, code: string | undefined) => terminal`${at}: package.json är ingen giltig JSON: ${jsonExpected(code, 0)}. Rätta filen och försök igen.`,
    (at: string, code: string | undefined) => terminal`${at}: package.json is not valid JSON: ${jsonExpected(code, 1)}. Fix the file and try again.`,
  ),
  packageNotObject: both((at: string) => terminal`${at}: package.json ska vara ett JSON-objekt.`, (at: string) => terminal`${at}: package.json must be a JSON object.`),
  packageNotString: both((at: string) => terminal`${at}: sup i package.json ska ha en sträng som värde.`, (at: string) => terminal`${at}: sup in package.json must have a string as its value.`),
};

type Messages = typeof MESSAGES;
/** sup init's messages in one language. */
export type InitMessages = { [K in keyof Messages]: Messages[K]['sv'] };

/** sup init's messages in a language. */
export function initMessages(lang: Lang): InitMessages {
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(MESSAGES)) out[key] = entry[lang];
  return out as InitMessages;
}
