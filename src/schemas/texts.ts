import { z } from 'astro/zod';
import { baseText, entryId } from './common.ts';

/** What a translation carries: text only, in the front matter of `content/<collection>/<id>/<lang>.mdx`. */

const paragraphs = z.array(z.string().min(1));

export const programmeText = z.strictObject({
  ...baseText,
  owner: z.string().min(1),
});

export const axisText = z.strictObject({
  ...baseText,
  /** The wording of each action declared in entry.yaml, keyed by its id. */
  actions: z.record(entryId, z.string().min(1)).default({}),
});

export const methodologyText = z.strictObject({
  ...baseText,
  purpose: z.string().min(1),
  whenToUse: paragraphs.min(1),
  whenNotToUse: paragraphs.min(1),
  roles: paragraphs.min(1),
  materials: paragraphs.min(1),
  steps: z.array(z.strictObject({ title: z.string().min(1), text: z.string().min(1) })).min(3),
  tips: paragraphs.min(1),
  risks: paragraphs.min(1),
  example: z.string().min(1),
});

export const glossaryText = z.strictObject({
  ...baseText,
  /** Other spellings or forms of the term a reader may search for. */
  aliases: z.array(z.string().min(1)).default([]),
});

export const plainText = z.strictObject({ ...baseText });
