import { z } from 'astro/zod';
import { ENTRY_ID_PATTERN } from './collections.ts';

/** A page's address segment: lowercase ASCII words joined by hyphens, not a bare number (a list's page). */
export const SLUG_PATTERN = /^(?![0-9]+$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An entry id written in a relation field; which collection it points to is declared in the model. */
export const entryId = z.string().regex(ENTRY_ID_PATTERN, 'an entry id in lowercase-with-hyphens');
export const entryIds = z.array(entryId).default([]);

/** A calendar date. YAML parsers disagree on whether 2026-01-31 is a Date or a string; both are accepted. */
export const isoDate = z
  .preprocess(
    (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD'),
  )
  // Says "a date" in the JSON Schemas, and so in the Table Schemas generated from them.
  .meta({ format: 'date' });

export const year = z.number().int().min(1900).max(2100);

export const source = z.strictObject({
  title: z.string().min(1).describe('Exact title of the source.'),
  publisher: z.string().min(1).describe('Who published it (authors; publisher).'),
  year: year.optional().describe('Year of publication, if known for certain.'),
  url: z.url({ protocol: /^https?$/ }).optional().describe('Its address, only if certain.'),
});
export type Source = z.infer<typeof source>;

/** Text every translation carries, whatever its collection. */
export const baseText = {
  title: z.string().min(1).describe('The title, as readers in this language would say it.'),
  // Optional here so that the checker, which knows the title, can say which slug to write when it is missing.
  slug: z
    .string()
    .regex(SLUG_PATTERN, 'a slug: lowercase ASCII words joined by hyphens, made from the title')
    .optional()
    .describe("The page's address in this language, made from the title (npm run check suggests it); keep it when the title changes."),
  summary: z.string().min(20).max(320).describe('One or two sentences saying what this is (20 to 320 characters).'),
  translatedFrom: z
    .string()
    .regex(/^[0-9a-f]{12}$/, 'a 12-character fingerprint')
    .optional()
    .describe('Translations only: fingerprint of the Catalan text this was made from (written by npm run translated).'),
};
