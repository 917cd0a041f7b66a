import type { Lang } from './catalogue.js';
import { inLang } from './side-by-side.js';
import { kindName } from './kind-names.js';
import type { EntityKind } from '../model/kinds.js';
import type { ChangeType } from '../diff/diff-snapshots.js';

/** The words of `sup diff`'s Markdown, in Swedish and English. */
export interface DiffWords {
  /** "**Ändrad** aktivitet": the change word agrees with the kind's gender in Swedish. */
  change: (change: ChangeType, kind: EntityKind) => string;
  kind: (kind: EntityKind) => string;
  workingTree: string;
  /** The one-line summary; `counts` leaves out zeros. */
  summary: (from: string, to: string, counts: Record<ChangeType, number>) => string;
  noChanges: (from: string, to: string) => string;
  common: string;
  newOrder: string;
  more: (n: number) => string;
  unreadable: (list: string) => string;
  inSide: (side: string) => string;
}

/** Swedish nouns of the neuter gender (ett mål, ett nätverk …) take -t forms of the participle. */
const NEUTER: ReadonlySet<EntityKind> = new Set(['mål', 'nätverk', 'program', 'organ']);


const joinParts = (parts: string[]) => parts.join(', ');

/** The diff's words, Swedish and English side by side. */
const WORDS: { [K in keyof DiffWords]: Record<Lang, DiffWords[K]> } = {
  change: {
    sv: (change, kind) => {
      const t = NEUTER.has(kind);
      if (change === 'added') return t ? 'Tillagt' : 'Tillagd';
      if (change === 'removed') return t ? 'Borttaget' : 'Borttagen';
      return t ? 'Ändrat' : 'Ändrad';
    },
    en: (change) => (change === 'added' ? 'Added' : change === 'removed' ? 'Removed' : 'Changed'),
  },
  kind: {
    sv: (kind) => kindName(kind, 'sv'),
    en: (kind) => kindName(kind, 'en'),
  },
  workingTree: {
    sv: 'arbetskopian',
    en: 'the working tree',
  },
  summary: {
    sv: (from, to, c) => {
      const total = c.added + c.removed + c.changed;
      const parts: string[] = [];
      if (c.added) parts.push(`${c.added} ${c.added === 1 ? 'tillagd' : 'tillagda'}`);
      if (c.removed) parts.push(`${c.removed} ${c.removed === 1 ? 'borttagen' : 'borttagna'}`);
      if (c.changed) parts.push(`${c.changed} ${c.changed === 1 ? 'ändrad' : 'ändrade'}`);
      return `**Ändringar i datan** från ${from} till ${to}: ${total} ${total === 1 ? 'post' : 'poster'} (${joinParts(parts)}).`;
    },
    en: (from, to, c) => {
      const total = c.added + c.removed + c.changed;
      const parts: string[] = [];
      if (c.added) parts.push(`${c.added} added`);
      if (c.removed) parts.push(`${c.removed} removed`);
      if (c.changed) parts.push(`${c.changed} changed`);
      return `**Changes in the data** from ${from} to ${to}: ${total} ${total === 1 ? 'entry' : 'entries'} (${joinParts(parts)}).`;
    },
  },
  noChanges: {
    sv: (from, to) => `**Inga ändringar i datan** från ${from} till ${to}.`,
    en: (from, to) => `**No changes in the data** from ${from} to ${to}.`,
  },
  common: {
    sv: 'Övrigt/Gemensamt',
    en: 'Other/Common',
  },
  newOrder: {
    sv: 'ny ordning',
    en: 'new order',
  },
  more: {
    sv: (n) => `och ${n} till`,
    en: (n) => `and ${n} more`,
  },
  unreadable: {
    sv: (list) => `> Obs: de här filerna kunde inte läsas och saknas i jämförelsen: ${list}. Kör \`sup check\` för detaljer.`,
    en: (list) => `> Note: these files could not be read and are missing from the comparison: ${list}. Run \`sup check\` for details.`,
  },
  inSide: {
    sv: (side) => `i ${side}`,
    en: (side) => `in ${side}`,
  },
};

const SV: DiffWords = inLang(WORDS, 'sv');
const EN: DiffWords = inLang(WORDS, 'en');

/** The diff's words in a language. */
export function diffWords(lang: Lang): DiffWords {
  return lang === 'en' ? EN : SV;
}
