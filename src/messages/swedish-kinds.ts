/** Grammatical gender of a Swedish noun: en-ord (utrum) or ett-ord (neutrum). */
export type Gender = 'en' | 'ett';

/**
 * The kinds of entity as diagnostics name them, with their gender, so every message picks the
 * article and the negation that agree with the noun: en aktivitet / ingen aktivitet, ett mål /
 * inget mål, definierad / definierat.
 */
export const KINDS_SV: Readonly<Record<string, { noun: string; gender: Gender }>> = {
  mål: { noun: 'mål', gender: 'ett' },
  nätverk: { noun: 'nätverk', gender: 'ett' },
  organ: { noun: 'organ', gender: 'ett' },
  program: { noun: 'program', gender: 'ett' },
  kommun: { noun: 'kommun', gender: 'en' },
  indikator: { noun: 'indikator', gender: 'en' },
  verksamhetsplan: { noun: 'verksamhetsplan', gender: 'en' },
  aktivitet: { noun: 'aktivitet', gender: 'en' },
  årsredovisning: { noun: 'årsredovisning', gender: 'en' },
};

const entry = (kind: string) => KINDS_SV[kind] ?? { noun: kind, gender: 'en' as Gender };

/** "en aktivitet", "ett mål". */
export function indefiniteSv(kind: string): string {
  const { noun, gender } = entry(kind);
  return `${gender} ${noun}`;
}

/** The article alone ("en", "ett"), for a list of kinds that follows. */
export function articleSv(kind: string): string {
  return entry(kind).gender;
}

/**
 * "ingen aktivitet", "inget mål"; for several kinds "inget nätverk eller organ" and
 * "ingen kommun eller något organ" (a noun of the other gender takes its own någon/något).
 */
export function noneOfSv(kinds: readonly string[]): string {
  const [first, ...rest] = kinds.map(entry);
  if (!first) return 'inget';
  const parts = [`${first.gender === 'en' ? 'ingen' : 'inget'} ${first.noun}`];
  for (const k of rest) parts.push(k.gender === first.gender ? k.noun : `${k.gender === 'en' ? 'någon' : 'något'} ${k.noun}`);
  return parts.join(' eller ');
}

/** The kinds as a list of nouns: "mål eller nätverk". */
export function kindListSv(kinds: readonly string[]): string {
  return kinds.map((k) => entry(k).noun).join(' eller ');
}

/** "definierad här" or "definierat här", agreeing with the kind. */
export function definedHereSv(kind: string | undefined): string {
  return kind && entry(kind).gender === 'ett' ? 'definierat här' : 'definierad här';
}
