import type { Lang } from './catalogue.js';

type Counts = { errors: number; warnings: number; files: number };

/** The closing line of the readable report, Swedish and English side by side (without its colour). */
const SUMMARY = {
  errors: {
    sv: ({ errors, warnings, files }: Counts) => `✖ ${errors} fel och ${warningsSv(warnings)} i ${filesSv(files)}.`,
    en: ({ errors, warnings, files }: Counts) => `✖ ${errors} ${errors === 1 ? 'error' : 'errors'} and ${warningsEn(warnings)} in ${filesEn(files)}.`,
  },
  warnings: {
    sv: ({ warnings, files }: Counts) => `⚠ Inga fel, ${warningsSv(warnings)} i ${filesSv(files)}.`,
    en: ({ warnings, files }: Counts) => `⚠ No errors, ${warningsEn(warnings)} in ${filesEn(files)}.`,
  },
  clean: {
    sv: ({ files }: Counts) => `✔ Inga fel i ${filesSv(files)}.`,
    en: ({ files }: Counts) => `✔ No problems in ${filesEn(files)}.`,
  },
} as const;

const filesSv = (n: number) => `${n} ${n === 1 ? 'fil' : 'filer'}`;
const filesEn = (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`;
const warningsSv = (n: number) => `${n} ${n === 1 ? 'varning' : 'varningar'}`;
const warningsEn = (n: number) => `${n} ${n === 1 ? 'warning' : 'warnings'}`;

/** The summary line for the counts: with errors, with only warnings, or clean. */
export function summarySentence(lang: Lang, counts: Counts): { tone: keyof typeof SUMMARY; text: string } {
  const tone = counts.errors > 0 ? 'errors' : counts.warnings > 0 ? 'warnings' : 'clean';
  return { tone, text: SUMMARY[tone][lang](counts) };
}

/** The BCP 47 tag of a language, as SARIF's run.language wants it. */
export function languageTag(lang: Lang): string {
  return { sv: 'sv-SE', en: 'en-US' }[lang];
}
