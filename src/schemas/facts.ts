import { z } from 'astro/zod';
import { entryId, entryIds, isoDate, source, year } from './common.ts';
import {
  AUDIENCES,
  AXIS_KINDS,
  DURATION_UNITS,
  EXPERIENCE_KINDS,
  FACILITATION_LEVELS,
  FORMATS,
  PARTICIPATION_LEVELS,
  PHASES,
  PURPOSES,
  TERRITORY_KINDS,
  WORKSHEET_KINDS,
} from './vocabulary.ts';

/**
 * Language-neutral facts, written once per entry in `content/<collection>/<id>/entry.yaml`.
 * Each field's description is what `npm run new` writes beside it for editors.
 */

const sources = z.array(source).min(1).describe('Where the facts come from: sources that certainly exist.');
const audiences = z.array(z.enum(AUDIENCES)).default([]).describe('Who the entry is mainly for.');
const glossary = entryIds.describe('Glossary terms the text relies on (ids of glossary entries).');
const order = z.number().int().default(0).describe('Position in lists, lowest first.');
const refs = (what: string) => entryIds.describe(what);

export const programmeFacts = z.strictObject({
  territories: z.array(entryId).min(1).describe('Territories the programme works in (ids of territories entries).'),
  period: z
    .strictObject({ start: year.describe('First year.'), end: year.optional().describe('Last year, if it has ended or has an end date.') })
    .optional()
    .describe('Years the programme runs, when a source gives them.'),
  audiences,
  glossary,
  order,
  sources,
});

export const axisFacts = z.strictObject({
  programme: entryId.describe('The programme this belongs to (id of a programmes entry).'),
  kind: z.enum(AXIS_KINDS).describe('What it is within its programme.'),
  number: z.number().int().positive().optional().describe("The measure's own number in its plan, if it has one."),
  order,
  actions: z
    .array(
      z.strictObject({
        id: entryId.describe('A short id for the action; each translation words it under actions.<id>.'),
        years: z.array(year).min(1).describe('Every year the action runs.'),
      }),
    )
    .default([])
    .describe("A measure's actions and the years each runs."),
  glossary,
  sources,
});

export const valueFacts = z.strictObject({
  programmes: z.array(entryId).min(1).describe('Programmes that hold this value (ids of programmes entries).'),
  order,
  glossary,
  sources,
});

// That max is at least min, here as in every range, is checked with the other cross-field rules (check-facts.ts)
const range = z.strictObject({
  min: z.number().int().positive().describe('Fewest people.'),
  max: z.number().int().positive().describe('Most people.'),
});

export const methodologyFacts = z.strictObject({
  purposes: z
    .array(z.enum(PURPOSES))
    .min(1)
    .max(3)
    .describe('What the method helps a group achieve: one to three purposes, the main one first.'),
  facilitation: z
    .enum(FACILITATION_LEVELS)
    .describe('Facilitation experience the team needs to run it well: none, some or experienced.'),
  phases: z.array(z.enum(PHASES)).min(1).describe('Phases of a coproduction process in which the method is used.'),
  participation: z.enum(PARTICIPATION_LEVELS).describe('How much power participants have (IAP2 spectrum).'),
  groupSize: range.describe('How many people take part.'),
  duration: z
    .strictObject({
      min: z.number().positive().describe('Shortest duration.'),
      max: z.number().positive().describe('Longest duration.'),
      unit: z.enum(DURATION_UNITS).describe('Unit of min and max.'),
    })
    .describe('How long running the method takes.'),
  format: z.array(z.enum(FORMATS)).min(1).describe('How it can be run.'),
  values: z.array(entryId).min(1).describe('Values the method serves (ids of values entries).'),
  axes: z.array(entryId).min(1).describe('Axes, goals, objectives or measures it serves (ids of axes entries).'),
  related: refs('Related methodologies (ids of methodologies entries).'),
  worksheets: refs('Worksheets its materials name: forms, templates, checklists (ids of worksheets entries).'),
  experiences: refs('Experiences that illustrate it (ids of experiences entries).'),
  territories: refs('Territories a source ties the method to (ids of territories entries).'),
  glossary,
  audiences,
  reviewed: isoDate.describe('Date of the last review of the method, YYYY-MM-DD.'),
  sources,
});

export const guideFacts = z.strictObject({
  design: refs('Methodologies used in the design phase (ids of methodologies entries).'),
  planning: refs('Methodologies used in the planning phase.'),
  execution: refs('Methodologies used in the execution phase.'),
  evaluation: refs('Methodologies used in the evaluation phase.'),
  programmes: refs('Programmes the guide serves (ids of programmes entries).'),
  axes: refs('Axes, objectives or measures it serves (ids of axes entries).'),
  values: refs('Values it puts into practice (ids of values entries).'),
  territories: refs('Territories a source ties it to (ids of territories entries).'),
  glossary,
  audiences,
  reviewed: isoDate.describe('Date of the last review of the guide, YYYY-MM-DD.'),
  sources,
});

export const experienceFacts = z.strictObject({
  kind: z.enum(EXPERIENCE_KINDS).describe('What kind of experience the source names it as.'),
  programmes: refs('Programmes that name it (ids of programmes entries).'),
  axes: refs('Measures or axes that name it (ids of axes entries).'),
  action: entryId
    .optional()
    .describe("The action of one of its measures that names it: the id of an action in that measure's entry.yaml."),
  namedOnly: z
    .boolean()
    .default(false)
    .describe(
      'The sources only name it as an example, without saying what it does, where it is or who runs it: its page says so once, in words every such entry shares.',
    ),
  territories: refs('Where it is, as far as a source says (ids of territories entries).'),
  glossary,
  sources,
});

export const glossaryFacts = z.strictObject({
  related: refs('Related terms (ids of glossary entries).'),
  sources: z.array(source).default([]).describe('Sources where the term is used, if any.'),
});

export const territoryFacts = z.strictObject({
  kind: z.enum(TERRITORY_KINDS).describe('City or district.'),
  parent: entryId.optional().describe('The territory it is part of (id of a territories entry).'),
  code: z.string().min(1).describe("Official code: a city's INE municipality code, a district's number in its city."),
  order,
});

const partId = entryId.describe('A short id; each translation words it under labels.<id>.');
const rows = z.number().int().min(1).max(30);

/** One block of a worksheet, in print order. Its words are in each translation's `labels`. */
export const worksheetPart = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('heading').describe('A section heading.'), id: partId }),
  z.strictObject({ kind: z.literal('note').describe('A sentence of instructions.'), id: partId }),
  z.strictObject({ kind: z.literal('line').describe('A label and one line to write on.'), id: partId }),
  z.strictObject({
    kind: z.literal('lines').describe('A label and a box of several lines to write in.'),
    id: partId,
    rows: rows.describe('How many lines the box has.'),
  }),
  z.strictObject({
    kind: z.literal('choice').describe('A question answered by ticking boxes.'),
    id: partId,
    options: z.array(entryId).min(2).describe('The ids of the boxes to tick; labels.<id>.<option> words each.'),
  }),
  z.strictObject({
    kind: z.literal('table').describe('A table with blank rows to fill in.'),
    id: partId,
    columns: z.array(entryId).min(2).max(7).describe('The ids of its columns; labels.<id>.<column> words each.'),
    rows: rows.describe('How many blank rows it has.'),
  }),
  z.strictObject({ kind: z.literal('paragraph').describe('Template text to adapt, with blanks written ____.'), id: partId }),
  z.strictObject({ kind: z.literal('signature').describe('A label with lines for a signature, a name and a date.'), id: partId }),
]);
export type WorksheetPart = z.output<typeof worksheetPart>;

export const worksheetFacts = z.strictObject({
  kind: z.enum(WORKSHEET_KINDS).describe('What sort of document it is.'),
  adaptable: z
    .boolean()
    .default(false)
    .describe('A template meant to be adapted (agreements, consent forms, invitations): also offered as an editable DOCX.'),
  parts: z.array(worksheetPart).min(1).describe('The blocks of the sheet, in print order.'),
  glossary,
  reviewed: isoDate.describe('Date of the last review of the worksheet, YYYY-MM-DD.'),
  sources: z.array(source).default([]).describe('Where its format comes from, if a source defines it.'),
});
