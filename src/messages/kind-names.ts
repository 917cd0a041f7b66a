import type { Lang } from './lang.js';
import type { EntityKind } from '../model/kinds.js';

/** The kinds of entity as a reader sees them named, Swedish and English side by side. */
export const KIND_NAMES: Readonly<Record<EntityKind, Record<Lang, string>>> = {
  program: { sv: 'program', en: 'programme' },
  kommun: { sv: 'kommun', en: 'municipality' },
  organ: { sv: 'organ', en: 'body' },
  mål: { sv: 'mål', en: 'goal' },
  nätverk: { sv: 'nätverk', en: 'network' },
  indikator: { sv: 'indikator', en: 'indicator' },
  verksamhetsplan: { sv: 'verksamhetsplan', en: 'operational plan' },
  aktivitet: { sv: 'aktivitet', en: 'activity' },
  årsredovisning: { sv: 'årsredovisning', en: 'annual report' },
};

/** A kind's name in a language; a word that is no kind is shown as it is. */
export function kindName(kind: string, lang: Lang): string {
  return Object.hasOwn(KIND_NAMES, kind) ? KIND_NAMES[kind as EntityKind][lang] : kind;
}
