import type { Lang } from './lang.js';

/** Keys whose Swedish and English texts stand next to each other: `{ key: { sv, en } }`. */
export type SideBySide = Record<string, Record<Lang, unknown>>;

/** One language's texts of a side-by-side table, keyed as the table is (typed parameters kept). */
export type InLang<T extends SideBySide, L extends Lang = Lang> = { [K in keyof T]: T[K][L] };

/** The texts of one language out of a side-by-side table; the other language is never consulted. */
export function inLang<T extends SideBySide, L extends Lang>(table: T, lang: L): InLang<T, L> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(table)) out[key] = table[key]![lang];
  return out as InLang<T, L>;
}

/**
 * A side-by-side table whose English entries take their types from the Swedish ones (a text, or a
 * function with the same parameters), so that only the Swedish entry needs parameter types.
 */
export function sideBySide<T extends Record<string, unknown>>(table: { [K in keyof T]: { sv: T[K]; en: NoInfer<T[K]> } }): { [K in keyof T]: Record<Lang, T[K]> } {
  return table;
}
