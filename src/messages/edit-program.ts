import type { Lang } from './catalogue.js';

/** The sentences of `sup new program --från`, in Swedish and English. */

const q = (s: unknown) => `"${String(s)}"`;

const sv = {
  created: (id: string, from: number, to: number, folder: string, predecessor: string, goals: number) =>
    `Skapade utkastet ${q(id)} för ${from}–${to} i ${folder}/ med visionen och målen från ${q(predecessor)} (${goals} ${goals === 1 ? 'mål' : 'mål'}, länkade med ersätter:):`,
  file: (file: string, id: string, replaces: string) => `${file} (${q(id)}, ersätter ${q(replaces)})`,
  notProgram: (id: string, suggestion?: string) => `Det finns inget program med id ${q(id)}.` + (suggestion ? ` Menade du ${q(suggestion)}?` : ''),
  period: (value: string) => `--period ska vara två år med bindestreck, det första före det andra, till exempel --period 2027-2030, inte ${q(value)}.`,
  needsFrom: () => 'sup new program kräver --från <program> och --period <år-år>, till exempel sup new program --från sup-2040 --period 2027-2030.',
  overlaps: (period: string, predecessor: string, from: number, to: number) =>
    `Perioden ${period} överlappar föregångaren ${q(predecessor)} (${from}–${to}). Efterföljaren börjar tidigast året efter.`,
  draftNote: (predecessor: string, from: number, to: number) =>
    `> **Utkast.** Förslag till nytt utvecklingsprogram för ${from}–${to}, skapat ur ${predecessor}. Visionen och målen är kopierade och ska arbetas om av samarbetskommittén; programmet gäller först när varje medlemskommuns kommunstyrelse har beslutat om det.\n\n`,
  draftSource: (predecessor: string) => `Utkast skapat ur ${predecessor} med sup new program --från; texten är kopierad från föregångaren och ska arbetas om.`,
  nameSuffix: (from: number, to: number) => `, förslag för ${from}–${to}`,
};

const en: typeof sv = {
  created: (id, from, to, folder, predecessor, goals) =>
    `Created the draft ${q(id)} for ${from}–${to} in ${folder}/ with the vision and goals of ${q(predecessor)} (${goals} ${goals === 1 ? 'goal' : 'goals'}, linked with ersätter:):`,
  file: (file, id, replaces) => `${file} (${q(id)}, replaces ${q(replaces)})`,
  notProgram: (id, suggestion) => `There is no programme with the id ${q(id)}.` + (suggestion ? ` Did you mean ${q(suggestion)}?` : ''),
  period: (value) => `--period takes two years with a hyphen, the first before the second, for example --period 2027-2030, not ${q(value)}.`,
  needsFrom: () => 'sup new program needs --från <programme> and --period <year-year>, for example sup new program --från sup-2040 --period 2027-2030.',
  overlaps: (period, predecessor, from, to) => `The period ${period} overlaps the predecessor ${q(predecessor)} (${from}–${to}). The successor starts the year after at the earliest.`,
  // The draft's own text is Swedish data, whatever the language of the messages.
  draftNote: sv.draftNote,
  draftSource: sv.draftSource,
  nameSuffix: sv.nameSuffix,
};

/** The messages in one language. */
export function programMsg(lang: Lang): typeof sv {
  return lang === 'en' ? en : sv;
}
