import type { Lang } from './catalogue.js';
import { terminal } from '../util/escape.js';

/** The messages of `sup report --period`, in Swedish and English; every value from the command line or the data is escaped for a terminal. */
export function periodMessages(lang: Lang) {
  return lang === 'en' ? EN : SV;
}

const SV = {
  format: (value: string) =>
    terminal`sup report: --period ska vara två år med fyra siffror, till exempel --period 2023-2026, eller ett programs id, till exempel --period sup-2040, inte "${value}".`,
  reversed: (from: number, to: number) => terminal`sup report: perioden ${from}-${to} slutar före den börjar. Skriv det tidigare året först, till exempel ${to}-${from}.`,
  outside: (from: number, to: number, known: string) =>
    terminal`sup report: perioden ${from}-${to} ligger inte inom något programs giltighetstid.` + (known ? terminal` Program: ${known}.` : terminal` Förrådet har inget program med giltighet.`),
  unknownProgramme: (id: string, known: string) =>
    terminal`sup report: det finns inget program "${id}" med giltighetstid.` + (known ? terminal` Program: ${known}.` : ''),
  tooLong: (from: number, to: number, max: number) => terminal`sup report: perioden ${from}-${to} är längre än ${max} år och följs inte upp.`,
  yearAndPeriod: () => 'sup report: ange antingen ett år eller --period, inte båda.',
  noYear: () => 'sup report: ange ett år (till exempel 2025) eller en programperiod med --period (till exempel --period 2023-2026).',
};

const EN: typeof SV = {
  format: (value: string) =>
    terminal`sup report: --period is two four-digit years, for example --period 2023-2026, or a programme's id, for example --period sup-2040, not "${value}".`,
  reversed: (from: number, to: number) => terminal`sup report: the period ${from}-${to} ends before it starts. Write the earlier year first, for example ${to}-${from}.`,
  outside: (from: number, to: number, known: string) =>
    terminal`sup report: the period ${from}-${to} is not within any programme's period of validity.` + (known ? terminal` Programmes: ${known}.` : terminal` The repository has no programme with a period.`),
  unknownProgramme: (id: string, known: string) =>
    terminal`sup report: there is no programme "${id}" with a period of validity.` + (known ? terminal` Programmes: ${known}.` : ''),
  tooLong: (from: number, to: number, max: number) => terminal`sup report: the period ${from}-${to} is longer than ${max} years and is not followed up.`,
  yearAndPeriod: () => 'sup report: give either a year or --period, not both.',
  noYear: () => 'sup report: give a year (for example 2025) or a programme period with --period (for example --period 2023-2026).',
};
