// GENERERAD FIL – ändra inte för hand. Skapad av scripts/build-types.mjs (json-schema-to-typescript)
// från schemas/aktivitet.schema.json; `npm run build` skriver om den, och ett test faller om den skiljer sig.

import type { AndringarEfterBeslut, Belopp, Datum, Exempel, Id, Text } from './gemensam.js';

/**
 * En aktivitet i en verksamhetsplan. En fil per aktivitet, Markdown med frontmatter; brödtexten beskriver aktiviteten. Målens aktiviteter räknas fram härifrån.
 */
export interface Aktivitet {
  /**
   * Filens typ. Alltid aktivitet.
   */
  typ: 'aktivitet';
  /**
   * Aktivitetens identitet, till exempel laddinfrastruktur-kartlaggning.
   */
  id: Id;
  /**
   * Aktivitetens rubrik.
   */
  titel: Text;
  /**
   * Verksamhetsplanen aktiviteten ingår i (id), till exempel vp-2025.
   */
  verksamhetsplan: Id;
  /**
   * Målen eller delmålen som aktiviteten bidrar till (id), minst ett.
   *
   * @minItems 1
   */
  'mål': [Id, ...Id[]];
  /**
   * Ansvarigt nätverk, arbetsgrupp eller kansliet (id).
   */
  ansvarig: Id;
  /**
   * Andra som medverkar: kommuner, nätverk eller organ (id).
   */
  medverkande?: Id[];
  /**
   * Planerad period. Perioden börjar under planens år.
   */
  period: {
    /**
     * Planerat startdatum.
     */
    'från': Datum;
    /**
     * Planerat slutdatum.
     */
    till: Datum;
  };
  /**
   * Aktivitetens budget: posten i verksamhetsplanen och beloppet.
   */
  budget?: {
    /**
     * Budgetpostens id i verksamhetsplanen.
     */
    post: Id;
    belopp: Belopp;
  };
  /**
   * Aktivitetens läge: ej påbörjad, pågår, genomförd, delvis genomförd, senarelagd eller avbruten.
   */
  status: 'ej påbörjad' | 'pågår' | 'genomförd' | 'delvis genomförd' | 'senarelagd' | 'avbruten';
  /**
   * Aktiviteten i förra årets plan som den här fortsätter (id). Skrivs av sup new verksamhetsplan --från för aktiviteter som inte blev klara.
   */
  'fortsätter'?: Id;
  'ändrat_efter_beslut'?: AndringarEfterBeslut;
  exempel?: Exempel;
}
