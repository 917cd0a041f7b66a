import type { Lang } from './catalogue.js';
import { kindName } from './kind-names.js';

/** What `sup lsp` and `sup check --watch` say to people, in Swedish and English. */
export interface LspMessages {
  kind: (kind: string) => string;
  status: string;
  owner: string;
  responsible: string;
  level: string;
  renameUnknown: (id: string) => string;
  renameAmbiguous: (id: string) => string;
  renameInvalid: (id: string) => string;
  renameTaken: (id: string) => string;
  renameUnlocated: (id: string) => string;
  renameNothing: string;
  watchStart: (root: string) => string;
  watchRecheck: (ms: string) => string;
  watchStop: string;
  watchReady: string;
  /** The OS has no watch handles left: the watch looks at the files every 300 ms instead. */
  watchPolling: string;
}


const sv: LspMessages = {
  kind: (k) => kindName(k, 'sv'),
  status: 'Status',
  owner: 'Ägare',
  responsible: 'Ansvarig',
  level: 'Nivå',
  renameUnknown: (id) => `Det finns ingen post med id ${id}.`,
  renameAmbiguous: (id) => `Id ${id} finns i flera filer; rätta dubbletten först.`,
  renameInvalid: (id) => `${id} är inget giltigt id: små bokstäver a–z, siffror och bindestreck, utan å, ä och ö.`,
  renameTaken: (id) => `Id ${id} används redan av en annan post.`,
  renameUnlocated: (id) => `Kunde inte hitta alla platser där ${id} används; rätta syntaxfelen i filerna först.`,
  renameNothing: 'Här finns inget id att byta namn på.',
  watchStart: (root) => `sup check --watch: bevakar ${root}. Avsluta med Ctrl-C.`,
  watchRecheck: (ms) => `Kontrollerade om på ${ms} ms.`,
  watchStop: 'sup check --watch: avslutad.',
  watchReady: 'Väntar på ändringar …',
  watchPolling: 'sup check --watch: systemet har inga fler filbevakningar att ge; bevakningen tittar i stället på filerna var 300:e millisekund.',
};

const en: LspMessages = {
  kind: (k) => kindName(k, 'en'),
  status: 'Status',
  owner: 'Owner',
  responsible: 'Responsible',
  level: 'Level',
  renameUnknown: (id) => `There is no entry with the id ${id}.`,
  renameAmbiguous: (id) => `The id ${id} is in several files; fix the duplicate first.`,
  renameInvalid: (id) => `${id} is not a valid id: lower-case letters a–z, digits and hyphens, without å, ä and ö.`,
  renameTaken: (id) => `The id ${id} is already used by another entry.`,
  renameUnlocated: (id) => `Could not find every place where ${id} is used; fix the syntax errors in the files first.`,
  renameNothing: 'There is no id here to rename.',
  watchStart: (root) => `sup check --watch: watching ${root}. Stop with Ctrl-C.`,
  watchRecheck: (ms) => `Checked again in ${ms} ms.`,
  watchStop: 'sup check --watch: stopped.',
  watchReady: 'Waiting for changes …',
  watchPolling: 'sup check --watch: the system has no more file watches to give; the watch looks at the files every 300 milliseconds instead.',
};

/** The messages of the language server and the watch, in a language. */
export function lspMessages(lang: Lang): LspMessages {
  return lang === 'en' ? en : sv;
}
