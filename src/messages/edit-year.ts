import type { Lang } from './catalogue.js';

/**
 * The sentences of the year's commands (set with several fields, lists and locks; new with
 * carry-over; mv, refs, show, ls), in Swedish and English.
 */

const q = (s: unknown) => `"${String(s)}"`;
const listOf = (items: readonly string[], word: string) => {
  const quoted = items.map(q);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${word} ${quoted.at(-1)}`;
};
const meant = (lang: Lang, suggestion?: string) => (suggestion ? (lang === 'sv' ? ` Menade du ${q(suggestion)}?` : ` Did you mean ${q(suggestion)}?`) : '');

export const yearMessages = {
  sv: {
    nextYearDone: (file: string, plan: string, from: string, posts: number, activities: number, goals: number) =>
      `Skapade ${file} (verksamhetsplan ${q(plan)}) med budgeten från ${q(from)} (${posts} ${posts === 1 ? 'post' : 'poster'}, beloppen som förslag)` +
      ` och förde över ${activities} ${activities === 1 ? 'aktivitet' : 'aktiviteter'} som inte blev klara` +
      (goals > 0 ? ` och ${goals} delmål som inte bedömdes som uppfyllda` : '') + (activities + goals > 0 ? ':' : '.'),
    carriedActivity: (file: string, id: string, from: string, status: string) => `${file} (aktivitet ${q(id)}, fortsätter ${q(from)}, som var ${status})`,
    carriedGoal: (file: string, id: string, from: string) => `${file} (delmål ${q(id)}, fortsätter ${q(from)})`,
    noPlanForYear: (year: string) => `det finns ingen verksamhetsplan för ${year}. Skapa den först med sup new verksamhetsplan --år ${year}.`,
    moved: (from: string, to: string, refs: number, files: number, movedTo?: string) =>
      `Bytte id ${q(from)} till ${q(to)}` + (movedTo ? `, flyttade filen till ${movedTo}` : '') +
      ` och skrev om ${refs} ${refs === 1 ? 'hänvisning' : 'hänvisningar'} i ${files} ${files === 1 ? 'fil' : 'filer'}` + (refs > 0 ? ':' : '.'),
    refsUnknown: (id: string, suggestion?: string) => `Det finns ingen post med id ${q(id)}.${meant('sv', suggestion)}`,
    refsNone: (id: string) => `Ingenting hänvisar till ${q(id)}.`,
    nothingToSet: (id: string) => `Ingenting att ändra för ${q(id)}; alla värden var redan så.`,
    notAList: (field: string) => `Fältet ${q(field)} är ingen lista; --lägg-till och --ta-bort gäller bara listor.`,
    notInList: (field: string, value: string, items: readonly string[], suggestion?: string) =>
      `${q(value)} finns inte i ${field}` + (items.length > 0 ? ` (${listOf(items, 'och')})` : ' (listan är tom)') + `.${meant('sv', suggestion)}`,
    setUsage: () =>
      'sup set tar antingen <fält> <värde> eller ett eller flera fält=värde, till exempel sup set aktivitet-x budget.post=utredningar budget.belopp=200000.',
    listUsage: () => 'Med --lägg-till och --ta-bort anges exakt ett listfält, till exempel sup set aktivitet-x medverkande --lägg-till botkyrka.',
    locked: (id: string, document: string, decided: string, fields: readonly string[]) =>
      `${fields.join(', ')} för ${q(id)} är beslutat (${document} beslutades ${decided}) och ändras inte utan skäl. ` +
      'Ange --efter-beslut "<skäl>" om ändringen ska göras ändå; skälet skrivs in i filen så att granskarna ser det.',
    showLabels: {
      file: 'fil',
      year: 'år',
      status: 'status',
      owner: (kind: string): string => (kind === 'mål' ? 'ägare' : 'ansvarig'),
      goals: (kind: string): string => (kind === 'mål' ? 'förälder' : kind === 'nätverk' ? 'äger mål' : kind === 'verksamhetsplan' ? 'delmål' : 'mål'),
      activities: (kind: string): string => (kind === 'aktivitet' ? 'fortsätter' : 'aktiviteter'),
      indicators: 'indikatorer',
      referencedBy: 'hänvisas till från',
      none: 'ingenting',
    },
    lsNone: (kind: string) => `Inga poster av sorten ${kind} som stämmer med urvalet.`,
    lsUnknownKind: (kind: string, kinds: readonly string[], suggestion?: string) =>
      `${q(kind)} är ingen sort som går att lista; välj bland ${listOf(kinds, 'och')}.${meant('sv', suggestion)}`,
    lsBadYear: (value: string) => `--år ska vara ett årtal, till exempel 2026, inte ${q(value)}.`,
    lsCount: (n: number) => `${n} ${n === 1 ? 'post' : 'poster'}.`,
    rmReferenced: (id: string, n: number) =>
      `${q(id)} tas inte bort: ${n} ${n === 1 ? 'ställe hänvisar' : 'ställen hänvisar'} fortfarande till posten. Ändra eller ta bort ${n === 1 ? 'hänvisningen' : 'hänvisningarna'} först (sup set, sup unlink) eller byt id med sup mv:`,
    rmNotAFile: (id: string, file: string) => `${q(id)} är en post bland flera i ${file}; ta bort den där i en redigerare.`,
    lockedNew: (kind: 'aktivitet' | 'delmål', plan: string, decided: string) =>
      `${q(plan)} beslutades ${decided}; ${kind === 'aktivitet' ? 'en ny aktivitet' : 'ett nytt delmål'} läggs inte till i en beslutad plan utan skäl. ` +
      'Ange --efter-beslut "<skäl>" om det ska göras ändå; skälet skrivs in i filen så att granskarna ser det.',
    rmLocked: (id: string, document: string, decided: string) =>
      `${q(id)} hör till beslutat innehåll (${document} beslutades ${decided}) och tas inte bort utan skäl. ` +
      'Ange --efter-beslut "<skäl>" om den ska tas bort ändå; skälet skrivs in i det beslutade dokumentet så att granskarna ser det.',
    rmDone: (id: string, file: string) => `Tog bort ${file} (${q(id)}).`,
  },
  en: {
    nextYearDone: (file: string, plan: string, from: string, posts: number, activities: number, goals: number) =>
      `Created ${file} (annual plan ${q(plan)}) with the budget of ${q(from)} (${posts} ${posts === 1 ? 'line' : 'lines'}, the amounts as a proposal)` +
      ` and carried over ${activities} unfinished ${activities === 1 ? 'activity' : 'activities'}` +
      (goals > 0 ? ` and ${goals} ${goals === 1 ? 'sub-goal' : 'sub-goals'} not met` : '') + (activities + goals > 0 ? ':' : '.'),
    carriedActivity: (file: string, id: string, from: string, status: string) => `${file} (activity ${q(id)}, continues ${q(from)}, which was ${status})`,
    carriedGoal: (file: string, id: string, from: string) => `${file} (sub-goal ${q(id)}, continues ${q(from)})`,
    noPlanForYear: (year: string) => `there is no annual plan for ${year}. Create it first with sup new verksamhetsplan --år ${year}.`,
    moved: (from: string, to: string, refs: number, files: number, movedTo?: string) =>
      `Changed the id ${q(from)} to ${q(to)}` + (movedTo ? `, moved the file to ${movedTo}` : '') +
      ` and rewrote ${refs} ${refs === 1 ? 'reference' : 'references'} in ${files} ${files === 1 ? 'file' : 'files'}` + (refs > 0 ? ':' : '.'),
    refsUnknown: (id: string, suggestion?: string) => `There is no entry with the id ${q(id)}.${meant('en', suggestion)}`,
    refsNone: (id: string) => `Nothing refers to ${q(id)}.`,
    nothingToSet: (id: string) => `Nothing to change for ${q(id)}; every value was already so.`,
    notAList: (field: string) => `The field ${q(field)} is not a list; --lägg-till and --ta-bort apply to lists only.`,
    notInList: (field: string, value: string, items: readonly string[], suggestion?: string) =>
      `${q(value)} is not in ${field}` + (items.length > 0 ? ` (${listOf(items, 'and')})` : ' (the list is empty)') + `.${meant('en', suggestion)}`,
    setUsage: () => 'sup set takes either <field> <value> or one or more field=value, for example sup set aktivitet-x budget.post=utredningar budget.belopp=200000.',
    listUsage: () => 'With --lägg-till and --ta-bort give exactly one list field, for example sup set aktivitet-x medverkande --lägg-till botkyrka.',
    locked: (id: string, document: string, decided: string, fields: readonly string[]) =>
      `${fields.join(', ')} of ${q(id)} is decided (${document} was decided on ${decided}) and is not changed without a reason. ` +
      'Give --efter-beslut "<reason>" to make the change anyway; the reason is written into the file so that reviewers see it.',
    showLabels: {
      file: 'file',
      year: 'year',
      status: 'status',
      owner: (kind: string): string => (kind === 'mål' ? 'owner' : 'responsible'),
      goals: (kind: string): string => (kind === 'mål' ? 'parent' : kind === 'nätverk' ? 'owns goals' : kind === 'verksamhetsplan' ? 'sub-goals' : 'goals'),
      activities: (kind: string): string => (kind === 'aktivitet' ? 'continues' : 'activities'),
      indicators: 'indicators',
      referencedBy: 'referred to from',
      none: 'nothing',
    },
    lsNone: (kind: string) => `No entries of the kind ${kind} match the selection.`,
    lsUnknownKind: (kind: string, kinds: readonly string[], suggestion?: string) =>
      `${q(kind)} is not a kind that can be listed; choose from ${listOf(kinds, 'and')}.${meant('en', suggestion)}`,
    lsBadYear: (value: string) => `--år must be a year, for example 2026, not ${q(value)}.`,
    lsCount: (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}.`,
    rmReferenced: (id: string, n: number) =>
      `${q(id)} is not removed: ${n} ${n === 1 ? 'place still refers' : 'places still refer'} to it. Change or remove ${n === 1 ? 'that reference' : 'those references'} first (sup set, sup unlink) or change the id with sup mv:`,
    rmNotAFile: (id: string, file: string) => `${q(id)} is one entry among several in ${file}; remove it there in an editor.`,
    lockedNew: (kind: 'aktivitet' | 'delmål', plan: string, decided: string) =>
      `${q(plan)} was decided on ${decided}; ${kind === 'aktivitet' ? 'a new activity' : 'a new sub-goal'} is not added to a decided plan without a reason. ` +
      'Give --efter-beslut "<reason>" to do it anyway; the reason is written into the file so that reviewers see it.',
    rmLocked: (id: string, document: string, decided: string) =>
      `${q(id)} belongs to decided content (${document} was decided on ${decided}) and is not removed without a reason. ` +
      'Give --efter-beslut "<reason>" to remove it anyway; the reason is written into the decided document so that reviewers see it.',
    rmDone: (id: string, file: string) => `Removed ${file} (${q(id)}).`,
  },
};

export type YearMessages = (typeof yearMessages)['sv'];
const english: YearMessages = yearMessages.en;

/** The year's command messages in a language. */
export function yearMsg(lang: Lang): YearMessages {
  return lang === 'en' ? english : yearMessages.sv;
}
