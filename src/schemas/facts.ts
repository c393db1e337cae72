import { z } from 'astro/zod';
import { entryId, entryIds, isoDate, source, year } from './common.ts';
import {
  AUDIENCES,
  AXIS_KINDS,
  DURATION_UNITS,
  EXPERIENCE_KINDS,
  FORMATS,
  PARTICIPATION_LEVELS,
  PHASES,
  TERRITORY_KINDS,
} from './vocabulary.ts';

/** Language-neutral facts, written once per entry in `content/<collection>/<id>/entry.yaml`. */

const sources = z.array(source).min(1);
const audiences = z.array(z.enum(AUDIENCES)).default([]);

export const programmeFacts = z.strictObject({
  territories: z.array(entryId).min(1),
  period: z.strictObject({ start: year, end: year.optional() }).optional(),
  audiences,
  glossary: entryIds,
  order: z.number().int().default(0),
  sources,
});

export const axisFacts = z.strictObject({
  programme: entryId,
  kind: z.enum(AXIS_KINDS),
  number: z.number().int().positive().optional(),
  order: z.number().int().default(0),
  actions: z
    .array(
      z.strictObject({
        id: entryId,
        years: z.array(year).min(1),
      }),
    )
    .default([]),
  glossary: entryIds,
  sources,
});

export const valueFacts = z.strictObject({
  programmes: z.array(entryId).min(1),
  order: z.number().int().default(0),
  glossary: entryIds,
  sources,
});

const range = z
  .strictObject({ min: z.number().int().positive(), max: z.number().int().positive() })
  .refine((r) => r.max >= r.min, { message: 'max at least as large as min', path: ['max'] });

export const methodologyFacts = z.strictObject({
  phases: z.array(z.enum(PHASES)).min(1),
  participation: z.enum(PARTICIPATION_LEVELS),
  groupSize: range,
  duration: z
    .strictObject({ min: z.number().positive(), max: z.number().positive(), unit: z.enum(DURATION_UNITS) })
    .refine((r) => r.max >= r.min, { message: 'max at least as large as min', path: ['max'] }),
  format: z.array(z.enum(FORMATS)).min(1),
  values: z.array(entryId).min(1),
  axes: z.array(entryId).min(1),
  related: entryIds,
  experiences: entryIds,
  territories: entryIds,
  glossary: entryIds,
  audiences,
  reviewed: isoDate,
  sources,
});

export const guideFacts = z.strictObject({
  design: entryIds,
  planning: entryIds,
  execution: entryIds,
  evaluation: entryIds,
  programmes: entryIds,
  axes: entryIds,
  values: entryIds,
  territories: entryIds,
  glossary: entryIds,
  audiences,
  reviewed: isoDate,
  sources,
});

export const experienceFacts = z.strictObject({
  kind: z.enum(EXPERIENCE_KINDS),
  programmes: entryIds,
  axes: entryIds,
  territories: entryIds,
  glossary: entryIds,
  sources,
});

export const glossaryFacts = z.strictObject({
  related: entryIds,
  sources: z.array(source).default([]),
});

export const territoryFacts = z.strictObject({
  kind: z.enum(TERRITORY_KINDS),
  parent: entryId.optional(),
  /** Official code: INE municipality code for cities, the council's district number for districts. */
  code: z.string().min(1),
  order: z.number().int().default(0),
});
