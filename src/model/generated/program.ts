// GENERERAD FIL – ändra inte för hand. Skapad av scripts/build-types.mjs (json-schema-to-typescript)
// från schemas/program.schema.json; `npm run build` skriver om den, och ett test faller om den skiljer sig.

import type { Ar, Datum, Id, Text } from './gemensam.js';

/**
 * Ett utvecklingsprogram för Södertörnssamverkan, till exempel SUP 2040. Programmets mål (vision, övergripande mål, långsiktiga mål) ligger i egna filer av typen mål. Brödtexten i Markdown beskriver programmet.
 */
export interface Program {
  /**
   * Filens typ. Alltid program.
   */
  typ: 'program';
  id: Id;
  /**
   * Programmets fullständiga namn, till exempel Södertörns utvecklingsprogram SUP 2040.
   */
  namn: Text;
  /**
   * Kort namn, till exempel SUP 2040.
   */
  kortnamn: Text;
  /**
   * Perioden programmet gäller, i hela år.
   */
  giltighet: {
    /**
     * Första året programmet gäller.
     */
    'från': Ar;
    /**
     * Sista året programmet gäller.
     */
    till: Ar;
  };
  /**
   * true så länge programmet är ett förslag som kommunstyrelserna inte har beslutat om, till exempel efterföljaren som sup new program --från skapar.
   */
  utkast?: boolean;
  /**
   * Programmet som det här programmet efterträder (id), till exempel sup-2040. Det tidigare programmets mål finns kvar för historiken.
   */
  'ersätter'?: Id;
  /**
   * Kommunstyrelsernas beslut att anta programmet, ett per medlemskommun. Ett gällande program som saknar någon medlemskommuns beslut ger en varning.
   */
  beslut?: {
    /**
     * Kommunen vars kommunstyrelse beslutade (id).
     */
    kommun: Id;
    /**
     * Dagen för beslutet.
     */
    datum: Datum;
    /**
     * Paragrafen i kommunstyrelsens protokoll, till exempel § 123.
     */
    paragraf: Text;
  }[];
  /**
   * Hur ofta och när programmet revideras.
   */
  revidering: {
    /**
     * Antal år mellan revideringarna, till exempel 4.
     */
    'intervall_år': number;
    /**
     * När revideringen sker, till exempel i början av varje ny mandatperiod.
     */
    tidpunkt: Text;
    /**
     * Om och när programmet kan revideras under perioden.
     */
    under_perioden?: Text;
  };
  /**
   * Organet som tar fram förslaget till program (id i organisation.yaml).
   */
  tas_fram_av?: Id;
  /**
   * Vem som beslutar programmet, till exempel kommunstyrelsen i respektive medlemskommun.
   */
  beslutas_av: Text;
  /**
   * Samarbetsavtalet som sätter ramarna för samverkan.
   */
  samarbetsavtal?: {
    /**
     * Året avtalet tecknades.
     */
    'år': Ar;
    beskrivning?: Text;
  };
  /**
   * Programmets prioriterade fokusområde.
   */
  'fokusområde': {
    /**
     * Fokusområdets namn, till exempel Infrastruktur.
     */
    namn: Text;
    beskrivning: Text;
  };
  /**
   * Syftet med samverkan, som programmet formulerar det.
   */
  syfte: Text;
  /**
   * Det som samverkan ska kännetecknas av, en punkt per rad.
   *
   * @minItems 1
   */
  principer: [Text, ...Text[]];
  /**
   * Styrningshierarkin (Figur 1): nivåerna uppifrån och ned med sina styrande dokument.
   *
   * @minItems 1
   */
  styrdokument: [
    {
      /**
       * Nivån, till exempel Regionalt.
       */
      'nivå': Text;
      /**
       * Styrande dokument på nivån, till exempel RUFS 2050.
       *
       * @minItems 1
       */
      dokument: [Text, ...Text[]];
      /**
       * true på den nivå där detta program ligger.
       */
      detta_program?: boolean;
    },
    ...{
      /**
       * Nivån, till exempel Regionalt.
       */
      'nivå': Text;
      /**
       * Styrande dokument på nivån, till exempel RUFS 2050.
       *
       * @minItems 1
       */
      dokument: [Text, ...Text[]];
      /**
       * true på den nivå där detta program ligger.
       */
      detta_program?: boolean;
    }[]
  ];
  /**
   * Var programmets text kommer ifrån.
   */
  'källa'?: Text;
}
