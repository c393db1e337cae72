import { z } from 'astro/zod';
import { baseText, entryId } from './common.ts';

/**
 * What a translation carries: text only, in the front matter of `content/<collection>/<id>/<lang>.mdx`.
 * Each field's description is what `npm run new` writes beside it for editors.
 */

const sentences = (what: string) => z.array(z.string().min(1)).min(1).describe(what);

export const programmeText = z.strictObject({
  ...baseText,
  owner: z.string().min(1).describe('The body that runs the programme, named in this language.'),
});

export const axisText = z.strictObject({
  ...baseText,
  actions: z
    .record(entryId, z.string().min(1))
    .default({})
    .describe('The wording of each action declared in entry.yaml, keyed by its id.'),
});

export const methodologyText = z.strictObject({
  ...baseText,
  purpose: z.string().min(1).describe('What the method is for, in a paragraph.'),
  whenToUse: sentences('Situations the method suits, one sentence each.'),
  whenNotToUse: sentences('Situations where it does harm or wastes effort, one sentence each.'),
  roles: sentences('Who does what, facilitation included, one sentence each.'),
  materials: sentences('What to prepare, one item each.'),
  steps: z
    .array(
      z.strictObject({
        title: z.string().min(1).describe('The step in a few words.'),
        text: z.string().min(1).describe('What to do, concretely.'),
      }),
    )
    .min(3)
    .describe('The steps, in order.'),
  tips: sentences('Advice from practice, one sentence each.'),
  risks: sentences('What can go wrong and how to prevent it, one sentence each.'),
  example: z.string().min(1).describe('An illustrative scenario that names no real person or organisation.'),
});

export const glossaryText = z.strictObject({
  ...baseText,
  aliases: z.array(z.string().min(1)).default([]).describe('Other forms of the term readers may search for.'),
  avoid: z
    .array(z.string().min(2))
    .default([])
    .describe('Variants of the term not to write in this language: npm run check reports every use elsewhere.'),
  allowIn: z
    .array(z.string().min(2))
    .default([])
    .describe('Proper names in which an avoided variant is correct (e.g. Barcelona Activa, Pla d’impuls de l’ESS).'),
});

export const plainText = z.strictObject({ ...baseText });

export const worksheetText = z.strictObject({
  ...baseText,
  labels: z
    .record(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)?$/, 'a part id, or <part>.<option or column>'), z.string().min(1))
    .describe('The words of each part declared in entry.yaml, keyed by its id (and <id>.<option> or <id>.<column>).'),
});
