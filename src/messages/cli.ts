import type { Lang } from './catalogue.js';
import { terminal } from '../util/escape.js';

const list = (items: readonly string[], or: string) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${or} ${items.at(-1)}`);

/** What the commands say about a mistake in how they were called, in Swedish and English. */
export const CLI_MESSAGES = {
  sv: {
    formatChoice: (command: string, allowed: readonly string[], value: string) => terminal`${command}: --format ska vara ${list(allowed, 'eller')}, inte "${value}".`,
    today: (command: string, value: string) => terminal`${command}: --today ska vara ett datum som ÅÅÅÅ-MM-DD, inte "${value}".`,
    year: (command: string, value: string) => terminal`${command}: året ska skrivas med fyra siffror, till exempel 2025, inte "${value}".`,
    pdfToTerminal: (command: string, file: string) => terminal`${command}: en PDF skrivs inte till terminalen. Ange en fil med -o, till exempel -o ${file}.`,
    unfinished: (command: string, count: number) =>
      terminal`${command}: dokumentet har ${String(count)} ${count === 1 ? 'ställe som inte är ifyllt' : 'ställen som inte är ifyllda'} eller där mallens utfyllnadstext står kvar (se ovan), så det återges inte. Fyll i dem, eller använd --draft för ett utkast märkt UTKAST.`,
    dataHasErrors: (command: string) => terminal`${command}: datan har fel, så dokumentet återges inte. Rätta felen, eller använd --draft för ett utkast märkt UTKAST.`,
    template: (command: string, detail: string) => terminal`${command}: fel i mallen ${detail}`,
    noChromium: (command: string) =>
      terminal`${command}: för PDF behövs Chromium, men det hittades inte. Installera det med "sudo apt-get install chromium" ` +
      '(Debian/Ubuntu), eller ange sökvägen till en Chromium- eller Chrome-binär i miljövariabeln SUP_CHROMIUM. ' +
      'Markdown och HTML fungerar utan Chromium.',
    cannotWrite: (command: string, target: string, reason: string) => terminal`${command}: kunde inte skriva ${target}: ${reason}`,
    unknownKind: (value: string, kinds: readonly string[]) => terminal`sup export: okänd sort "${value}". Välj bland ${kinds.join(', ')}.`,
    csvNeedsKind: () => 'sup export: --format csv kräver --kind <sort>, till exempel --kind aktivitet.',
    noPlan: (year: number, years: readonly number[]) => terminal`Det finns ingen verksamhetsplan för ${year}.` + (years.length ? terminal` Planer finns för ${years.join(', ')}.` : ''),
    noAnnual: (year: number, plan: string) =>
      terminal`Det finns inget underlag till årsredovisningen för ${year} (en fil med typ: årsredovisning och verksamhetsplan: ${plan}). Använd --draft för ett utkast.`,
    koladaSaved: (path: string, line: number, column: number, problem: string) =>
      terminal`${path}:${line}:${column}: de sparade svaren från Kolada kan inte användas: ${problem}`,
  },
  en: {
    formatChoice: (command: string, allowed: readonly string[], value: string) => terminal`${command}: --format must be ${list(allowed, 'or')}, not "${value}".`,
    today: (command: string, value: string) => terminal`${command}: --today must be a date as YYYY-MM-DD, not "${value}".`,
    year: (command: string, value: string) => terminal`${command}: the year is written with four digits, for example 2025, not "${value}".`,
    pdfToTerminal: (command: string, file: string) => terminal`${command}: a PDF is not written to the terminal. Give a file with -o, for example -o ${file}.`,
    unfinished: (command: string, count: number) =>
      terminal`${command}: the document has ${String(count)} ${count === 1 ? 'place' : 'places'} that are not filled in or still hold the template's filler text (see above), so it is not rendered. Fill them in, or use --draft for a draft marked UTKAST.`,
    dataHasErrors: (command: string) => terminal`${command}: the data has errors, so the document is not rendered. Fix them, or use --draft for a draft marked UTKAST.`,
    template: (command: string, detail: string) => terminal`${command}: error in the template ${detail}`,
    noChromium: (command: string) =>
      terminal`${command}: a PDF needs Chromium, which was not found. Install it with "sudo apt-get install chromium" ` +
      '(Debian/Ubuntu), or give the path of a Chromium or Chrome binary in the environment variable SUP_CHROMIUM. ' +
      'Markdown and HTML work without Chromium.',
    cannotWrite: (command: string, target: string, reason: string) => terminal`${command}: could not write ${target}: ${reason}`,
    unknownKind: (value: string, kinds: readonly string[]) => terminal`sup export: unknown kind "${value}". Choose among ${kinds.join(', ')}.`,
    csvNeedsKind: () => 'sup export: --format csv needs --kind <kind>, for example --kind aktivitet.',
    noPlan: (year: number, years: readonly number[]) => terminal`There is no annual plan for ${year}.` + (years.length ? terminal` There are plans for ${years.join(', ')}.` : ''),
    noAnnual: (year: number, plan: string) =>
      terminal`There is no annual report data for ${year} (a file with typ: årsredovisning and verksamhetsplan: ${plan}). Use --draft for a draft.`,
    koladaSaved: (path: string, line: number, column: number, problem: string) =>
      terminal`${path}:${line}:${column}: the saved responses from Kolada cannot be used: ${problem}`,
  },
} satisfies Record<Lang, Record<string, (...args: never[]) => string>>;

/** The command messages of a language. */
export function cliMessages(lang: Lang) {
  return CLI_MESSAGES[lang];
}
