/** sup's languages: Swedish, and English where the code has translations. */
export type Lang = 'sv' | 'en';
