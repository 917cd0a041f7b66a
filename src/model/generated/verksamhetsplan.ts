// GENERERAD FIL – ändra inte för hand. Skapad av scripts/build-types.mjs (json-schema-to-typescript)
// från schemas/verksamhetsplan.schema.json; `npm run build` skriver om den, och ett test faller om den skiljer sig.

import type { AndringarEfterBeslut, Ar, Belopp, Datum, Diarienummer, Exempel, ForslagTillBeslut, Id, Paragraf, Text } from './gemensam.js';

/**
 * Årets verksamhetsplan med budget. Delmål och aktiviteter ligger i egna filer som pekar på planen med fältet verksamhetsplan. Skrivs som Markdown med frontmatter; brödtexten är planens inledning.
 */
export interface Verksamhetsplan {
  /**
   * Filens typ. Alltid verksamhetsplan.
   */
  typ: 'verksamhetsplan';
  /**
   * Planens identitet, till exempel vp-2025.
   */
  id: Id;
  /**
   * Verksamhetsåret planen gäller.
   */
  'år': Ar;
  /**
   * Utvecklingsprogrammet planen genomför (id), till exempel sup-2040.
   */
  program: Id;
  /**
   * Datum då planen beslutades. Utelämnas så länge planen är ett utkast.
   */
  beslutad?: Datum;
  /**
   * Organet som beslutade planen (id), normalt samarbetskommitten.
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
   * Budgetposterna för året. Aktiviteter och årsredovisningen pekar på en post med dess id.
   *
   * @minItems 1
   */
  budget: [
    {
      /**
       * Postens identitet inom planen, till exempel kansli.
       */
      id: Id;
      /**
       * Postens rubrik, till exempel Kansliets personal.
       */
      rubrik: Text;
      /**
       * Budgeterat belopp i kronor.
       */
      belopp: Belopp;
      kommentar?: Text;
    },
    ...{
      /**
       * Postens identitet inom planen, till exempel kansli.
       */
      id: Id;
      /**
       * Postens rubrik, till exempel Kansliets personal.
       */
      rubrik: Text;
      /**
       * Budgeterat belopp i kronor.
       */
      belopp: Belopp;
      kommentar?: Text;
    }[]
  ];
  /**
   * Kostnadsfördelningen mellan kommunerna: fasta andelar, eller efter folkmängd enligt kommuner.yaml. Varje kommuns avgift är dess andel av budgetens summa.
   */
  'kostnadsfördelning'?: {
    /**
     * fasta andelar: andelarna står i listan andelar. folkmängd: andelen är kommunens folkmängd (kommuner.yaml) av den sammanlagda.
     */
    grund: 'fasta andelar' | 'folkmängd';
    /**
     * För fasta andelar: en rad per kommun. Andelarna ska tillsammans bli 100.
     *
     * @minItems 1
     */
    andelar?: [
      {
        /**
         * Kommunen (id).
         */
        kommun: Id;
        /**
         * Kommunens andel av kostnaderna i procent, till exempel 18.5.
         */
        andel: number;
      },
      ...{
        /**
         * Kommunen (id).
         */
        kommun: Id;
        /**
         * Kommunens andel av kostnaderna i procent, till exempel 18.5.
         */
        andel: number;
      }[]
    ];
  };
  'ändrat_efter_beslut'?: AndringarEfterBeslut;
  exempel?: Exempel;
}
