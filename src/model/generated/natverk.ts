// GENERERAD FIL – ändra inte för hand. Skapad av scripts/build-types.mjs (json-schema-to-typescript)
// från schemas/natverk.schema.json; `npm run build` skriver om den, och ett test faller om den skiljer sig.

import type { Datum, Exempel, Id, Text } from './gemensam.js';

/**
 * Ett stående nätverk (en person per kommun) eller en tillfällig arbetsgrupp som ledningsgruppen sätter samman. Skrivs som Markdown med frontmatter; brödtexten beskriver syfte och uppdrag. Vilka mål nätverket äger räknas fram från målens fält ägare.
 */
export interface Natverk {
  /**
   * Filens typ. Alltid nätverk.
   */
  typ: 'nätverk';
  /**
   * Nätverkets identitet, till exempel trafikstrateger.
   */
  id: Id;
  /**
   * Nätverkets namn, till exempel Nätverk för trafikstrateger.
   */
  namn: Text;
  /**
   * Kort namn, till exempel RUFS.
   */
  kortnamn?: Text;
  /**
   * Nätverkets plats när programmet räknar upp nätverken (i SUP 2040 Figur 3: RUFS 1, trafikstrateger 2, klimatstrateger 3). Dokumenten visar nätverken i denna ordning; nätverk utan ordning kommer efter, i namnordning.
   */
  ordning?: number;
  /**
   * stående: ett av programmets nätverk, med en medlem från varje kommun. arbetsgrupp: en tillfällig grupp med slutdatum, bemannad som ledningsgruppen beslutar.
   */
  form: 'stående' | 'arbetsgrupp';
  /**
   * Organet som inrättat gruppen (id), för arbetsgrupper ledningsgruppen.
   */
  'inrättad_av'?: Id;
  /**
   * Datum då gruppen inrättades.
   */
  'inrättad'?: Datum;
  /**
   * Sista dagen en arbetsgrupp verkar. Krävs för arbetsgrupper.
   */
  slutdatum?: Datum;
  /**
   * Organet som nätverket är beredningsgrupp åt (id), normalt ledningsgruppen.
   */
  rapporterar_till?: Id;
  /**
   * Organet som samordnar arbetet (id), normalt kansliet.
   */
  samordnas_av?: Id;
  /**
   * Nätverkets medlemmar. Ett stående nätverk har exakt en medlem per medlemskommun. En medlem anges med kommun och roll; namn och användarnamn fyller kansliet i.
   */
  medlemmar: {
    /**
     * Kommunen som medlemmen företräder (id).
     */
    kommun: Id;
    /**
     * Medlemmens roll i kommunen, till exempel trafikstrateg.
     */
    roll: Text;
    /**
     * Medlemmens namn, om kansliet vill ange det.
     */
    namn?: Text;
    /**
     * Medlemmens användarnamn i git-tjänsten (till exempel GitHub eller GitLab), så att rätt granskare kan tillfrågas.
     */
    'användarnamn'?: string;
  }[];
  exempel?: Exempel;
}
