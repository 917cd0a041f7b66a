// GENERERAD FIL – ändra inte för hand. Skapad av scripts/build-types.mjs (json-schema-to-typescript)
// från schemas/gemensam.schema.json; `npm run build` skriver om den, och ett test faller om den skiljer sig.

/**
 * Identitet: små bokstäver a–z, siffror och bindestreck, utan å, ä och ö (den används i filnamn och länkar). Exempel: klimatomstallning, vp-2025.
 */
export type Id = string;
/**
 * Datum i formatet ÅÅÅÅ-MM-DD, till exempel 2026-02-09.
 */
export type Datum = string;
/**
 * Ett kalenderår, till exempel 2025.
 */
export type Ar = number;
/**
 * Belopp i hela kronor (kr), utan mellanslag och utan enhet.
 */
export type Belopp = number;
/**
 * Fri text på svenska.
 */
export type Text = string;
/**
 * true när filen är ett påhittat exempel och inte ett beslutat dokument. Exempeldata märks tydligt i allt som återges.
 */
export type Exempel = boolean;
/**
 * Tomt: ännu inte ifyllt. sup new skriver "" där en person ska fylla i; sup check varnar, och sup report och sup plan vägrar utan --draft så länge det står kvar.
 */
export type Tomt = '';
/**
 * Ändringar som gjorts med sup --efter-beslut efter att dokumentet beslutades: datum, fält och skäl. Skrivs av sup; visar granskarna vad som ändrats i beslutat innehåll.
 */
export type AndringarEfterBeslut = {
  /**
   * Dagen då ändringen gjordes.
   */
  datum: Datum;
  /**
   * Fälten som ändrades, till exempel budget.kansli.belopp.
   */
  'fält': string;
  /**
   * Varför beslutat innehåll ändrades.
   */
  'skäl': Text;
}[];
/**
 * Diarienummer, till exempel SÖSAM 2026/3. Skrivs som det står i diariet.
 */
export type Diarienummer = string;
/**
 * Paragrafen i protokollet där beslutet fattades, till exempel "§ 4".
 */
export type Paragraf = string;
/**
 * Förslag till beslut: en att-sats per rad, utan inledande "att". Återges under rubriken Förslag till beslut.
 *
 * @minItems 1
 */
export type ForslagTillBeslut = [Text, ...Text[]];
/**
 * En person i ett uppdrag, angiven med kommun och roll; namnet är frivilligt.
 */
export interface Foretradare {
  /**
   * Kommunen som personen företräder (id).
   */
  kommun: Id;
  /**
   * Personens roll i kommunen, till exempel kommunstyrelsens ordförande.
   */
  roll: Text;
  /**
   * Personens namn. Frivilligt: utelämnas när bara kommun och roll ska visas.
   */
  namn?: Text;
}
