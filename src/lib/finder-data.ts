import { guideSequence, type FinderMethod } from './finder.ts';
import {
  DURATION_UNITS,
  FACILITATION_LEVELS,
  FORMATS,
  PARTICIPATION_LEVELS,
  PHASES,
  PURPOSES,
  type Phase,
} from '../schemas/vocabulary.ts';

/**
 * The one file the finder page loads: every method's facts, title and address, and the order of the
 * methods in each guide. Vocabulary values are written as their position in the model's lists and
 * methods as their position in the file, so that it stays small as the catalogue grows.
 */
export type EncodedMethod = [
  id: string,
  url: string,
  title: string,
  purposes: number[],
  phases: number[],
  participation: number,
  groupMin: number,
  groupMax: number,
  durationMin: number,
  durationMax: number,
  durationUnit: number,
  formats: number[],
  facilitation: number,
];
export type EncodedGuide = [title: string, url: string, methods: number[]];
export interface FinderFile {
  methods: EncodedMethod[];
  guides: EncodedGuide[];
}

export interface ListedMethod extends FinderMethod {
  url: string;
  title: string;
}
export interface ListedGuide {
  title: string;
  url: string;
  phases: Record<Phase, readonly string[]>;
}

const positions = <T>(list: readonly T[], values: readonly T[]) => values.map((value) => list.indexOf(value));

export function encodeFinderFile(methods: readonly ListedMethod[], guides: readonly ListedGuide[]): FinderFile {
  const index = new Map(methods.map((method, i) => [method.id, i]));
  return {
    methods: methods.map((m) => [
      m.id,
      m.url,
      m.title,
      positions(PURPOSES, m.purposes),
      positions(PHASES, m.phases),
      PARTICIPATION_LEVELS.indexOf(m.participation),
      m.groupSize.min,
      m.groupSize.max,
      m.duration.min,
      m.duration.max,
      DURATION_UNITS.indexOf(m.duration.unit),
      positions(FORMATS, m.format),
      FACILITATION_LEVELS.indexOf(m.facilitation),
    ]),
    guides: guides
      .map((guide): EncodedGuide => [
        guide.title,
        guide.url,
        guideSequence(guide.phases).flatMap((id) => (index.has(id) ? [index.get(id) as number] : [])),
      ])
      .filter(([, , sequence]) => sequence.length > 1),
  };
}

const pick = <T>(list: readonly T[], at: number): T => {
  const value = list[at];
  if (value === undefined) throw new Error(`No value at position ${at} of ${list.join(', ')}`);
  return value;
};

export function decodeFinderFile(file: FinderFile): { methods: ListedMethod[]; guides: { title: string; url: string; methods: string[] }[] } {
  const methods = file.methods.map(
    ([id, url, title, purposes, phases, participation, groupMin, groupMax, durationMin, durationMax, unit, formats, facilitation]): ListedMethod => ({
      id,
      url,
      title,
      purposes: purposes.map((p) => pick(PURPOSES, p)),
      phases: phases.map((p) => pick(PHASES, p)),
      participation: pick(PARTICIPATION_LEVELS, participation),
      groupSize: { min: groupMin, max: groupMax },
      duration: { min: durationMin, max: durationMax, unit: pick(DURATION_UNITS, unit) },
      format: formats.map((f) => pick(FORMATS, f)),
      facilitation: pick(FACILITATION_LEVELS, facilitation),
    }),
  );
  const guides = file.guides.map(([title, url, sequence]) => ({
    title,
    url,
    methods: sequence.map((i) => pick(methods, i).id),
  }));
  return { methods, guides };
}
