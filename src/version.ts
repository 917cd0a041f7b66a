/** sup's version, kept in step with package.json by a test; part of the check cache's key. */
export const VERSION = '0.1.0';
