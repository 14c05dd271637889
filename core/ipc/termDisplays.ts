/**
 * How Dutch terms show in texts (see renderer/src/i18n/termDisplay). Its own
 * module, without zod: the first screen reads it, the contract's schemas
 * (which need zod) do not have to load for that.
 */
export const TERM_DISPLAYS = ['beside', 'dutch', 'own'] as const;
