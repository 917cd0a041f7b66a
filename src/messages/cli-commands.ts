import type { Lang } from './catalogue.js';
import { terminal } from '../util/escape.js';

/** A side-by-side entry: the same message in Swedish and in English, with the same parameters. */
type Both<A extends unknown[]> = { sv: (...args: A) => string; en: (...args: A) => string };
const both = <A extends unknown[]>(sv: (...args: A) => string, en: (...args: A) => string): Both<A> => ({ sv, en });

const listSv = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`);
const listEn = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** What sup check, export, diff and codeowners and the choice of folder and language say, Swedish and English side by side. */
const MESSAGES = {
  noFolder: both(
    (dir: string) => terminal`sup: mappen ${dir} finns inte.`,
    (dir: string) => terminal`sup: the folder ${dir} does not exist.`,
  ),
  badLang: both(
    (value: string) => terminal`sup: --lang ska vara sv eller en, inte "${value}".`,
    (value: string) => terminal`sup: --lang must be sv or en, not "${value}".`,
  ),
  watchAlone: both(
    () => 'sup check: --watch skriver bara läsbar text och går inte att kombinera med --format eller --changed-since.',
    () => 'sup check: --watch writes only readable text and cannot be combined with --format or --changed-since.',
  ),
  changedSinceNoGit: both(
    (detail: string) => terminal`sup check: --changed-since behöver git, men git kunde inte köras (${detail}).`,
    (detail: string) => terminal`sup check: --changed-since needs git, but git could not be run (${detail}).`,
  ),
  changedSinceNoRepository: both(
    (root: string) => terminal`sup check: --changed-since jämför med en version i git, men projektet i ${root} ligger inte i något git-förråd.`,
    (root: string) => terminal`sup check: --changed-since compares with a version in git, but the project in ${root} is in no git repository.`,
  ),
  changedSinceUnknown: both(
    (since: string) =>
      terminal`sup check: --changed-since: det finns ingen gren, tagg eller commit som heter "${since}" i git-förrådet. Ange till exempel main, origin/main eller HEAD~1 (i CI kan grenen behöva hämtas först, till exempel med fetch-depth: 0).`,
    (since: string) =>
      terminal`sup check: --changed-since: there is no branch, tag or commit named "${since}" in the git repository. Give for example main, origin/main or HEAD~1 (in CI the branch may have to be fetched first, for example with fetch-depth: 0).`,
  ),
  omitted: both(
    (n: number, since: string) => terminal`sup check: ${n} fynd i filer som inte ändrats sedan ${since} visas inte; de fanns redan där.\n`,
    (n: number, since: string) =>
      terminal`sup check: ${n} ${n === 1 ? 'finding' : 'findings'} in files unchanged since ${since} ${n === 1 ? 'is' : 'are'} not shown; ${n === 1 ? 'it was' : 'they were'} there already.\n`,
  ),
  stepSummary: both(
    (file: string, detail: string) => terminal`sup check: kunde inte skriva sammanfattningen till ${file}: ${detail}`,
    (file: string, detail: string) => terminal`sup check: could not write the summary to ${file}: ${detail}`,
  ),
  exportHasErrors: both(
    (errors: number) => `sup export: data har ${errors} fel; exporten visar det som gick att läsa. Kör sup check för detaljer.\n`,
    (errors: number) => `sup export: the data has ${errors} errors; the export shows what could be read. Run sup check for details.\n`,
  ),
  diffFormat: both(
    (value: string) => terminal`sup diff: --format ska vara md eller json, inte "${value}".`,
    (value: string) => terminal`sup diff: --format must be md or json, not "${value}".`,
  ),
  diffNoRepository: both(
    (root: string, detail: string) => terminal`sup diff: ${root} ligger inte i ett git-förråd (git svarade: ${detail}). sup diff jämför versioner i git.`,
    (root: string, detail: string) => terminal`sup diff: ${root} is not in a git repository (git said: ${detail}). sup diff compares versions in git.`,
  ),
  diffUnreadable: both(
    (detail: string) => terminal`sup diff: git kunde inte läsa förrådet: ${detail}`,
    (detail: string) => terminal`sup diff: git could not read the repository: ${detail}`,
  ),
  diffUnknownRevision: both(
    (rev: string, top: string) => terminal`sup diff: "${rev}" är ingen känd revision i git-förrådet ${top}. Ange en gren, en tagg eller en commit, till exempel main eller HEAD~1.`,
    (rev: string, top: string) => terminal`sup diff: "${rev}" is not a known revision in the git repository ${top}. Give a branch, a tag or a commit, for example main or HEAD~1.`,
  ),
  codeownersCheckStdout: both(
    () => 'sup codeowners: --check jämför med en fil och går inte ihop med -o -.',
    () => 'sup codeowners: --check compares with a file and cannot be used with -o -.',
  ),
  codeownersHasErrors: both(
    (errors: number) => `sup codeowners: datan har ${errors} fel; CODEOWNERS bygger på det som gick att läsa. Kör sup check för detaljer.\n`,
    (errors: number) => `sup codeowners: the data has ${errors} errors; CODEOWNERS is built from what could be read. Run sup check for details.\n`,
  ),
  codeownersMatches: both(
    (shown: string) => terminal`✔ ${shown} stämmer med datan.\n`,
    (shown: string) => terminal`✔ ${shown} matches the data.\n`,
  ),
  codeownersMissing: both(
    (shown: string) => terminal`✖ ${shown} finns inte. Skapa den med sup codeowners och lägg till den i git.\n`,
    (shown: string) => terminal`✖ ${shown} does not exist. Create it with sup codeowners and add it to git.\n`,
  ),
  codeownersDiffers: both(
    (shown: string) => terminal`✖ ${shown} stämmer inte med datan. Kör sup codeowners och lägg till ändringen i git.\n`,
    (shown: string) => terminal`✖ ${shown} does not match the data. Run sup codeowners and add the change to git.\n`,
  ),
  codeownersRefusedPath: both(
    (shown: string, path: string, link: boolean) =>
      terminal`sup codeowners: skrev inte ${shown}: ${path} är ${link ? 'en länk, och sup skriver aldrig genom en länk' : 'ingen vanlig mapp eller fil'}.`,
    (shown: string, path: string, link: boolean) =>
      terminal`sup codeowners: did not write ${shown}: ${path} is ${link ? 'a link, and sup never writes through a link' : 'not a regular folder or file'}.`,
  ),
  codeownersCannotWrite: both(
    (target: string, detail: string) => terminal`sup codeowners: kunde inte skriva ${target}: ${detail}`,
    (target: string, detail: string) => terminal`sup codeowners: could not write ${target}: ${detail}`,
  ),
  codeownersWrote: both(
    (shown: string, owned: number) => terminal`Skrev ${shown} (${owned} ${owned === 1 ? 'fil' : 'filer'} med ägare).\n`,
    (shown: string, owned: number) => terminal`Wrote ${shown} (${owned} ${owned === 1 ? 'file' : 'files'} with owners).\n`,
  ),
  codeownersDuplicates: both(
    (duplicates: readonly { id: string; kinds: readonly string[]; files: readonly string[] }[]) =>
      [
        'sup codeowners: samma id finns mer än en gång, så CODEOWNERS skrivs inte (vem som äger filerna skulle bero på i vilken ordning filerna läses):',
        ...duplicates.map((d) => terminal`  id:t "${d.id}" (${d.kinds.join(', ')}) finns i ${listSv(d.files)}`),
        'Ge varje mål, aktivitet och nätverk ett eget id och kör sup codeowners igen.',
      ].join('\n'),
    (duplicates: readonly { id: string; kinds: readonly string[]; files: readonly string[] }[]) =>
      [
        'sup codeowners: an id is declared more than once, so CODEOWNERS is not written (who owns the files would depend on the order the files are read in):',
        ...duplicates.map((d) => terminal`  the id "${d.id}" (${d.kinds.join(', ')}) is in ${listEn(d.files)}`),
        'Give every goal, activity and network an id of its own and run sup codeowners again.',
      ].join('\n'),
  ),
};

type Messages = typeof MESSAGES;

/** The command messages of a language. */
export function commandMessages(lang: Lang): { [K in keyof Messages]: Messages[K]['sv'] } {
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(MESSAGES)) out[key] = entry[lang];
  return out as { [K in keyof Messages]: Messages[K]['sv'] };
}
