// GENERERAD FIL – ändra inte för hand. Skapad av scripts/build-types.mjs (json-schema-to-typescript)
// från schemas/organisation.schema.json; `npm run build` skriver om den, och ett test faller om den skiljer sig.

import type { Ar, Id, Text } from './gemensam.js';

export interface Organ {
  /**
   * Organets identitet, till exempel kansliet.
   */
  id: Id;
  /**
   * Organets namn, till exempel Samarbetskommittén.
   */
  namn: Text;
  /**
   * Organets roll: beslutande (fattar beslut), beredande (förbereder och leder arbetet) eller samordnande (samordnar det löpande arbetet).
   */
  roll: 'beslutande' | 'beredande' | 'samordnande';
  /**
   * Organet som detta organ svarar inför (id).
   */
  under?: Id;
  /**
   * Organets syfte och uppgifter.
   */
  beskrivning: Text;
  /**
   * Vilken roll varje medlemskommun är företrädd av, till exempel kommunstyrelsens ordförande.
   */
  ledamot_per_kommun?: Text;
  /**
   * Andra som deltar vid organets möten, till exempel kommundirektörerna.
   */
  'deltar_även'?: Text[];
  /**
   * Hur ordföranden utses.
   */
  'ordförande'?: Uppdrag;
  /**
   * Hur vice ordföranden utses.
   */
  'vice_ordförande'?: Uppdrag;
  /**
   * Hur ofta organet träffas.
   */
  'möten'?: {
    /**
     * Minsta antal möten per år.
     */
    'minst_per_år'?: number;
    /**
     * true om organet har en årlig planeringskonferens.
     */
    'årlig_planeringskonferens'?: boolean;
  };
  /**
   * Rollen som leder organet, till exempel strateg.
   */
  leds_av?: Text;
  /**
   * Vem som har arbetsgivaransvar för organets personal.
   */
  arbetsgivare?: {
    /**
     * Kommunen (id).
     */
    kommun: Id;
    /**
     * Rollen i kommunen, till exempel kommundirektör.
     */
    roll: Text;
  };
  /**
   * Hur organet finansieras.
   */
  finansiering?: Text;
  /**
   * Organets uppgifter, en per rad.
   */
  uppgifter?: Text[];
}
export interface Uppdrag {
  /**
   * Hur och av vem uppdraget tillsätts, till exempel årligen inom kommittén.
   */
  utses: Text;
  /**
   * Kommunen som innehar uppdraget just nu (id), om den är känd.
   */
  kommun?: Id;
}
/**
 * Samverkans grundorganisation (Figur 3): samarbetskommittén, ledningsgruppen och kansliet. Nätverk och arbetsgrupper ligger i egna filer av typen nätverk.
 */
export interface Organisation {
  /**
   * Filens typ. Alltid organisation.
   */
  typ: 'organisation';
  /**
   * Samverkans namn, Södertörnssamverkan.
   */
  namn: Text;
  /**
   * Året samverkan formaliserades.
   */
  formaliserad?: Ar;
  beskrivning?: Text;
  /**
   * Organen i grundorganisationen, uppifrån och ned.
   *
   * @minItems 1
   */
  organ: [Organ, ...Organ[]];
}
