import type { z } from 'astro/zod';
import type { CollectionName } from './collections.ts';
import * as facts from './facts.ts';
import * as texts from './texts.ts';

interface CollectionModel {
  facts: z.ZodType;
  text: z.ZodType;
  /** Relation fields of the facts and the collection each points to. */
  refs: Record<string, CollectionName>;
}

const shared = { glossary: 'glossary' } as const;

/** The content model: for each collection, its facts, its translations and its typed relations. */
export const MODEL = {
  programmes: {
    facts: facts.programmeFacts,
    text: texts.programmeText,
    refs: { ...shared, territories: 'territories' },
  },
  axes: {
    facts: facts.axisFacts,
    text: texts.axisText,
    refs: { ...shared, programme: 'programmes' },
  },
  values: {
    facts: facts.valueFacts,
    text: texts.plainText,
    refs: { ...shared, programmes: 'programmes' },
  },
  methodologies: {
    facts: facts.methodologyFacts,
    text: texts.methodologyText,
    refs: {
      ...shared,
      values: 'values',
      axes: 'axes',
      related: 'methodologies',
      worksheets: 'worksheets',
      experiences: 'experiences',
      territories: 'territories',
    },
  },
  guides: {
    facts: facts.guideFacts,
    text: texts.plainText,
    refs: {
      ...shared,
      design: 'methodologies',
      planning: 'methodologies',
      execution: 'methodologies',
      evaluation: 'methodologies',
      programmes: 'programmes',
      axes: 'axes',
      values: 'values',
      territories: 'territories',
    },
  },
  experiences: {
    facts: facts.experienceFacts,
    text: texts.plainText,
    refs: { ...shared, programmes: 'programmes', axes: 'axes', territories: 'territories' },
  },
  glossary: {
    facts: facts.glossaryFacts,
    text: texts.glossaryText,
    refs: { related: 'glossary' },
  },
  worksheets: {
    facts: facts.worksheetFacts,
    text: texts.worksheetText,
    refs: { ...shared },
  },
  territories: {
    facts: facts.territoryFacts,
    text: texts.plainText,
    refs: { parent: 'territories' },
  },
} as const satisfies Record<CollectionName, CollectionModel>;

export type Model = typeof MODEL;
export type Facts<C extends CollectionName> = z.output<Model[C]['facts']>;
export type Text<C extends CollectionName> = z.output<Model[C]['text']>;
