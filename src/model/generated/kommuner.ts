// GENERERAD FIL – ändra inte för hand. Skapad av scripts/build-types.mjs (json-schema-to-typescript)
// från schemas/kommuner.schema.json; `npm run build` skriver om den, och ett test faller om den skiljer sig.

import type { Ar, Id, Text } from './gemensam.js';

/**
 * Kommunerna som ingår i samverkan, med SCB:s kommunkod.
 */
export interface Kommuner {
  /**
   * Filens typ. Alltid kommuner.
   */
  typ: 'kommuner';
  /**
   * En post per medlemskommun.
   *
   * @minItems 1
   */
  kommuner: [
    {
      /**
       * Kommunens identitet, till exempel sodertalje.
       */
      id: Id;
      /**
       * Kommunens namn med svensk stavning, till exempel Södertälje.
       */
      namn: Text;
      /**
       * SCB:s fyrsiffriga kommunkod inom citattecken, till exempel "0181".
       */
      kommunkod: string;
      /**
       * Kommunens folkmängd den 31 december enligt SCB, och året. Används för kostnadsfördelning efter folkmängd och befolkningsviktade indikatorer.
       */
      'folkmängd'?: {
        /**
         * Antal invånare.
         */
        antal: number;
        /**
         * Året som folkmängden gäller (den 31 december).
         */
        'år': Ar;
      };
    },
    ...{
      /**
       * Kommunens identitet, till exempel sodertalje.
       */
      id: Id;
      /**
       * Kommunens namn med svensk stavning, till exempel Södertälje.
       */
      namn: Text;
      /**
       * SCB:s fyrsiffriga kommunkod inom citattecken, till exempel "0181".
       */
      kommunkod: string;
      /**
       * Kommunens folkmängd den 31 december enligt SCB, och året. Används för kostnadsfördelning efter folkmängd och befolkningsviktade indikatorer.
       */
      'folkmängd'?: {
        /**
         * Antal invånare.
         */
        antal: number;
        /**
         * Året som folkmängden gäller (den 31 december).
         */
        'år': Ar;
      };
    }[]
  ];
}
