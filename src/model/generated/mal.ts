// GENERERAD FIL – ändra inte för hand. Skapad av scripts/build-types.mjs (json-schema-to-typescript)
// från schemas/mal.schema.json; `npm run build` skriver om den, och ett test faller om den skiljer sig.

import type { AndringarEfterBeslut, Exempel, Id, Text } from './gemensam.js';

/**
 * Ett mål i målstrukturen (Figur 2): vision → övergripande mål → långsiktiga mål (i programmet) → delmål (i en årlig verksamhetsplan). Skrivs som Markdown med frontmatter; brödtexten beskriver målet.
 */
export interface Mal {
  /**
   * Filens typ. Alltid mål.
   */
  typ: 'mål';
  /**
   * Målets identitet, till exempel klimatomstallning.
   */
  id: Id;
  /**
   * Nivå i målstrukturen: vision, övergripande (mål för fokusområdet), långsiktigt (långsiktigt mål) eller delmål (i en verksamhetsplan).
   */
  'nivå': 'vision' | 'övergripande' | 'långsiktigt' | 'delmål';
  /**
   * Målets formulering, ordagrant som den beslutats.
   */
  titel: Text;
  /**
   * Utvecklingsområdet målet hör till, till exempel Klimatomställning.
   */
  'område'?: Text;
  /**
   * Kort namn så som programmet skriver det, till exempel tillgänglighetsmålet (liten bokstav; dokumenten sätter stor bokstav där namnet inleder en rubrik eller mening).
   */
  kortnamn?: Text;
  /**
   * Målet på nivån ovanför (id). Alla mål utom visionen har en förälder; ett delmåls förälder är ett mål i programmet.
   */
  'förälder'?: Id;
  /**
   * Nätverket som äger målet (Figur 4), id. Krävs för övergripande och långsiktiga mål. Ett nätverks mål räknas fram härifrån.
   */
  'ägare'?: Id;
  /**
   * För delmål: verksamhetsplanen som delmålet ingår i (id), till exempel vp-2025.
   */
  verksamhetsplan?: Id;
  /**
   * Delmålet i förra årets plan som det här fortsätter (id). Skrivs av sup new verksamhetsplan --från --delmål för delmål som inte blev uppfyllda.
   */
  'fortsätter'?: Id;
  /**
   * Programmet som målet ingår i (id). Utelämnas för målen i förrådets första program (det med tidigast giltighet) och för delmål, som hör till sin verksamhetsplans program.
   */
  program?: Id;
  /**
   * Målet i det föregående programmet som det här målet efterträder (id). Skrivs av sup new program --från.
   */
  'ersätter'?: Id;
  'ändrat_efter_beslut'?: AndringarEfterBeslut;
  exempel?: Exempel;
}
