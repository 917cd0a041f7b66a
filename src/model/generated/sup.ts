// GENERERAD FIL – ändra inte för hand. Skapad av scripts/build-types.mjs (json-schema-to-typescript)
// från schemas/sup.schema.json; `npm run build` skriver om den, och ett test faller om den skiljer sig.

/**
 * Markerar roten i ett dataförråd för sup och säger var data finns.
 */
export interface SupYaml {
  /**
   * Formatversion för sup.yaml. Just nu alltid 1.
   */
  version: 1;
  /**
   * Förrådets namn, till exempel Södertörnssamverkan.
   */
  namn?: string;
  /**
   * Mönster (glob) för datafilerna, relativt projektroten. Standard: data/** /*.md, data/** /*.yaml och data/** /*.yml.
   *
   * @minItems 1
   *
   * Items: Ett mönster relativt projektroten, som inte får vara en absolut sökväg eller innehålla ett steg uppåt (två punkter): data utanför projektet läses inte.
   */
  data?: [string, ...string[]];
  /**
   * Mönster (glob) för filer som inte är data, till exempel ** /README.md.
   *
   * Items: Ett mönster relativt projektroten för filer som inte är data.
   */
  undanta?: string[];
  /**
   * Språk för meddelanden: sv (standard) eller en.
   */
  'språk'?: 'sv' | 'en';
  /**
   * Ändrar allvarlighetsgraden för enskilda regler: regelns id och error, warning, info eller off (avstängd). Exempel: network/expired: off.
   */
  regler?: {
    [k: string]: 'error' | 'warning' | 'info' | 'off' | undefined;
  };
  /**
   * Granskarna i CODEOWNERS, som sup codeowners skriver ur datan.
   */
  granskare?: {
    /**
     * Användarnamn som granskar de filer som inget nätverk äger: programmet, planerna, årsredovisningarna, sup.yaml, CI-filerna och verktyg/. Vanligen kansliets strateg och medarbetare.
     *
     * @minItems 1
     *
     * Items: Ett användarnamn i git-tjänsten (GitHub eller GitLab), med eller utan @ först.
     */
    reserv?: [string, ...string[]];
  };
}
