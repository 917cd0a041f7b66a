// GENERERAD FIL – ändra inte för hand. Skapad av scripts/build-types.mjs (json-schema-to-typescript)
// från schemas/indikator.schema.json; `npm run build` skriver om den, och ett test faller om den skiljer sig.

import type { Ar, Datum, Exempel, Id, Text } from './gemensam.js';

/**
 * Ett tal i indikatorns enhet, eller ordet saknas när värdet inte finns (aldrig 0 i stället för saknas).
 */
export type Varde = number | 'saknas';
/**
 * En indikator som mäter ett mål: basvärde, målvärden och utfall per år. Ett värde som saknas skrivs saknas, aldrig 0.
 */
export interface Indikator {
  /**
   * Filens typ. Alltid indikator.
   */
  typ: 'indikator';
  /**
   * Indikatorns identitet.
   */
  id: Id;
  /**
   * Indikatorns namn, till exempel Nyregistrerade elbilar.
   */
  namn: Text;
  /**
   * Målen som indikatorn mäter (id), minst ett. Ett måls indikatorer räknas fram härifrån.
   *
   * @minItems 1
   */
  'mål': [Id, ...Id[]];
  /**
   * Vad indikatorn mäter och hur.
   */
  beskrivning?: Text;
  /**
   * Enhet, till exempel procent, antal eller minuter.
   */
  enhet: Text;
  /**
   * Önskad utveckling: ökar eller minskar.
   */
  riktning: 'ökar' | 'minskar';
  /**
   * Antal decimaler som indikatorns värden visas med, samma i varje cell. Utelämnat: 1 för procent och andelar, annars 0 för heltal och 1 för övriga.
   */
  decimaler?: number;
  /**
   * Hur värdet för Södertörn räknas fram ur kommunernas värden: medelvärde (ovägt medelvärde), befolkningsviktat (vägt med folkmängden i kommuner.yaml) eller summa. Summaraden redovisas som samverkans egen beräkning.
   */
  'sammanvägning'?: 'medelvärde' | 'befolkningsviktat' | 'summa';
  /**
   * Var värdena kommer ifrån.
   */
  'källa': {
    /**
     * kolada: ett nyckeltal i Kolada (ange kpi). egen: samverkan räknar fram värdet själv. annan: en annan extern källa (ange namn).
     */
    typ: 'kolada' | 'egen' | 'annan';
    /**
     * Koladas id för nyckeltalet, till exempel N00945.
     */
    kpi?: string;
    /**
     * Vilket kön värdena hämtas för i Kolada: T totalt (om inget anges), K kvinnor eller M män. Ett nyckeltal som inte är uppdelat på kön har bara T.
     */
    'kön'?: 'T' | 'K' | 'M';
    /**
     * true om riket (kod 0000 i Kolada) hämtas med som jämförelse. Annars hämtas bara medlemskommunerna.
     */
    riket?: boolean;
    /**
     * Dagen då värdena senast hämtades från Kolada (skrivs av sup kolada hämta). Kolada kan revidera värden i efterhand.
     */
    'hämtad'?: Datum;
    /**
     * Källans namn, till exempel Trafikanalys.
     */
    namn?: Text;
    /**
     * Hur värdet tas fram.
     */
    beskrivning?: Text;
    /**
     * Om och var nyckeltalet kontrollerades mot källan: en text som säger var och när id:t stämdes av mot Koladas titel på nyckeltalet, eller false (eller en text som börjar med ”ej verifierad”) när det ännu inte är kontrollerat. Visas i dokumenten som ”ej verifierad”.
     */
    verifierad?: boolean | Text;
  };
  /**
   * Utgångsläget som utvecklingen jämförs med.
   */
  'basvärde'?: {
    'år': Ar;
    /**
     * Basvärdet i indikatorns enhet.
     */
    'värde': number;
  };
  /**
   * Målvärden per år.
   */
  'målvärden'?: {
    'år': Ar;
    /**
     * Målvärdet i indikatorns enhet.
     */
    'värde': number;
  }[];
  /**
   * Utfall per år, för hela Södertörn och vid behov per kommun.
   */
  utfall?: {
    'år': Ar;
    /**
     * Utfallet för Södertörn som helhet, eller saknas.
     */
    'värde': Varde;
    kommentar?: Text;
    /**
     * Utfall per kommun, där det finns.
     */
    kommuner?: {
      /**
       * Kommunen (id).
       */
      kommun: Id;
      'värde': Varde;
    }[];
    /**
     * Värdet för riket som jämförelse (Koladas kod 0000), eller saknas.
     */
    riket?: Varde;
  }[];
  exempel?: Exempel;
}
