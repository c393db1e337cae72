import type ca from './ca.ts';

/** Every language's strings have the shape of the Catalan ones. */
export type UiStrings = typeof ca;
