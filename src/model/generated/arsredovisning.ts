// GENERERAD FIL – ändra inte för hand. Skapad av scripts/build-types.mjs (json-schema-to-typescript)
// från schemas/arsredovisning.schema.json; `npm run build` skriver om den, och ett test faller om den skiljer sig.

import type { AndringarEfterBeslut, Belopp, Datum, Diarienummer, Exempel, Foretradare, ForslagTillBeslut, Id, Paragraf, Text, Tomt } from './gemensam.js';

/**
 * Underlaget till årets årsredovisning: aktiviteternas resultat och effekter, bedömningen av varje mål och budgetens utfall. Skrivs som Markdown med frontmatter; brödtexten är verksamhetsberättelsens inledning.
 */
export interface Arsredovisning {
  /**
   * Filens typ. Alltid årsredovisning.
   */
  typ: 'årsredovisning';
  /**
   * Årsredovisningens identitet, till exempel ar-2025.
   */
  id: Id;
  /**
   * Verksamhetsplanen som följs upp (id).
   */
  verksamhetsplan: Id;
  /**
   * Datum då årsredovisningen beslutades. Utelämnas så länge den är ett utkast.
   */
  beslutad?: Datum;
  /**
   * Organet som beslutade årsredovisningen (id).
   */
  beslutad_av?: Id;
  /**
   * Dokumentets diarienummer. Visas på försättsbladet.
   */
  diarienummer?: Diarienummer;
  /**
   * Paragrafen i samarbetskommitténs protokoll där dokumentet beslutades.
   */
  paragraf?: Paragraf;
  /**
   * Datum då protokollet med beslutet justerades.
   */
  justerad?: Datum;
  /**
   * Förslaget till beslut som samarbetskommittén tar ställning till.
   */
  'förslag_till_beslut'?: ForslagTillBeslut;
  /**
   * Resultat och effekt för aktiviteterna i planen.
   */
  aktiviteter: {
    /**
     * Aktiviteten (id).
     */
    aktivitet: Id;
    /**
     * Vad som gjordes och blev klart under året. "" så länge det inte är ifyllt.
     */
    resultat: Text | Tomt;
    /**
     * Vilken effekt aktiviteten har fått.
     */
    effekt?: Text;
    /**
     * Vad aktiviteten kostade, i kronor.
     */
    utfall_belopp?: Belopp;
  }[];
  /**
   * Bedömning av varje mål som följs upp.
   */
  'måluppfyllelse': {
    /**
     * Målet eller delmålet som bedöms (id).
     */
    'mål': Id;
    /**
     * Bedömning av måluppfyllelsen: uppfyllt, delvis uppfyllt, ej uppfyllt eller kan ej bedömas. "" så länge den inte är gjord.
     */
    'bedömning': 'uppfyllt' | 'delvis uppfyllt' | 'ej uppfyllt' | 'kan ej bedömas' | '';
    /**
     * Varför målet bedöms så. Krävs alltid; "" så länge den inte är skriven.
     */
    motivering: Text | Tomt;
    /**
     * För långsiktiga mål: utvecklingens riktning under året.
     */
    utveckling?: 'positiv' | 'oförändrad' | 'negativ' | 'ej bedömd';
  }[];
  /**
   * Kansliets egen bedömning av indikatorer för året. En indikator som inte finns här bedöms i årsredovisningen med den beräknade regeln (utfall mot målvärde), och det syns vilken som användes.
   */
  'indikatorbedömningar'?: {
    /**
     * Indikatorn (id).
     */
    indikator: Id;
    /**
     * Bedömning av indikatorns utfall: uppfyllt, delvis uppfyllt, ej uppfyllt eller kan ej bedömas.
     */
    'bedömning': 'uppfyllt' | 'delvis uppfyllt' | 'ej uppfyllt' | 'kan ej bedömas';
    /**
     * Varför indikatorn bedöms så.
     */
    motivering?: Text;
  }[];
  /**
   * Utfall per budgetpost i verksamhetsplanen.
   */
  budgetutfall: {
    /**
     * Budgetpostens id i verksamhetsplanen.
     */
    post: Id;
    /**
     * Utfallet i kronor. "" så länge det inte är ifyllt.
     */
    utfall: Belopp | Tomt;
    kommentar?: Text;
  }[];
  /**
   * Årets finansiering och resultat. Kostnaderna är summan av budgetutfallet; resultatet är intäkterna minus kostnaderna.
   */
  ekonomi?: {
    /**
     * Vad varje kommun betalade enligt kostnadsfördelningen.
     *
     * @minItems 1
     */
    'intäkter': [
      {
        /**
         * Kommunen (id).
         */
        kommun: Id;
        /**
         * Beloppet i kronor.
         */
        belopp: Belopp;
      },
      ...{
        /**
         * Kommunen (id).
         */
        kommun: Id;
        /**
         * Beloppet i kronor.
         */
        belopp: Belopp;
      }[]
    ];
    /**
     * Intäkter utöver kommunernas avgifter.
     */
    'övriga_intäkter'?: {
      /**
       * Vad intäkten är, till exempel Bidrag från Region Stockholm.
       */
      rubrik: Text;
      /**
       * Beloppet i kronor.
       */
      belopp: Belopp;
    }[];
    /**
     * Föregående års intäkter och kostnader, för jämförelsen.
     */
    'föregående_år'?: {
      /**
       * Föregående års intäkter i kronor.
       */
      'intäkter': Belopp;
      /**
       * Föregående års kostnader i kronor.
       */
      kostnader: Belopp;
    };
    /**
     * Förslaget till vad som ska göras med årets överskott (eller hur ett underskott ska täckas).
     */
    resultatdisposition?: {
      /**
       * Förslaget i en mening, till exempel att överskottet förs över till 2026.
       */
      'förslag': Text;
      /**
       * Beloppet förslaget gäller, i kronor.
       */
      belopp: Belopp;
    };
  };
  /**
   * Samarbetskommitténs sammanträden och planeringskonferens under året. Kommittén träffas minst sex gånger per år och har en årlig planeringskonferens.
   */
  'sammanträden'?: {
    /**
     * Dagen för sammanträdet (första dagen för en konferens över flera dagar).
     */
    datum: Datum;
    /**
     * sammanträde eller planeringskonferens.
     */
    slag: 'sammanträde' | 'planeringskonferens';
    /**
     * Kommunerna som var företrädda (id).
     */
    kommuner: Id[];
    /**
     * Hänvisning till protokollet, till exempel "Protokoll 2025:3, § 12–20".
     */
    protokoll?: Text;
  }[];
  /**
   * Årets presidium i samarbetskommittén och ledningsgruppens ordförande.
   */
  presidium?: {
    /**
     * Samarbetskommitténs ordförande under året.
     */
    'ordförande'?: Foretradare;
    /**
     * Samarbetskommitténs vice ordförande under året.
     */
    'vice_ordförande'?: Foretradare;
    /**
     * Ledningsgruppens ordförande under året.
     */
    'ledningsgruppens_ordförande'?: Foretradare;
  };
  /**
   * Gemensamma inspel, remissvar och skrivelser som samverkan skickade under året.
   */
  skrivelser?: {
    /**
     * Dagen då skrivelsen skickades.
     */
    datum: Datum;
    /**
     * inspel, remissvar eller skrivelse.
     */
    slag: 'inspel' | 'remissvar' | 'skrivelse';
    /**
     * Skrivelsens rubrik.
     */
    titel: Text;
    /**
     * Vem skrivelsen skickades till, till exempel Region Stockholm.
     */
    mottagare: Text;
    /**
     * Samverkans diarienummer för skrivelsen.
     */
    diarienummer?: Diarienummer;
    /**
     * Aktiviteten som skrivelsen kom ur (id), om någon.
     */
    aktivitet?: Id;
  }[];
  'ändrat_efter_beslut'?: AndringarEfterBeslut;
  exempel?: Exempel;
}
