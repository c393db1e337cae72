import {
  FACILITATION_LEVELS,
  FORMATS,
  PARTICIPATION_LEVELS,
  PHASES,
  PURPOSES,
  type DurationUnit,
  type FacilitationLevel,
  type Format,
  type ParticipationLevel,
  type Phase,
  type Purpose,
} from '../schemas/vocabulary.ts';

/**
 * The method finder: which methods fit a professional's situation, best first, and why. Its answers
 * live in the URL with language-neutral keys and values, so that a finder link works in every language.
 */

/** How much time the group has, from one session to months. */
export const TIME_SPANS = ['session', 'day', 'weeks', 'months'] as const;
export type TimeSpan = (typeof TIME_SPANS)[number];

/** The finder's questions, in the order the page asks them; each is also its URL key. */
export const QUESTIONS = ['purpose', 'phase', 'participation', 'people', 'time', 'format', 'experience'] as const;
export type Question = (typeof QUESTIONS)[number];

/** The values each question accepts in the URL; `people` takes a whole number instead. */
export const CHOICES = {
  purpose: PURPOSES,
  phase: PHASES,
  participation: PARTICIPATION_LEVELS,
  time: TIME_SPANS,
  format: FORMATS,
  experience: FACILITATION_LEVELS,
} as const;
export type ChoiceQuestion = keyof typeof CHOICES;

export interface Answers {
  purpose: Purpose[];
  phase: Phase[];
  participation: ParticipationLevel[];
  people?: number;
  time: TimeSpan[];
  format: Format[];
  experience: FacilitationLevel[];
}

/** What the finder needs to know of a method: its language-neutral facts. */
export interface FinderMethod {
  id: string;
  purposes: readonly Purpose[];
  phases: readonly Phase[];
  participation: ParticipationLevel;
  groupSize: { min: number; max: number };
  duration: { min: number; max: number; unit: DurationUnit };
  format: readonly Format[];
  facilitation: FacilitationLevel;
}

export const emptyAnswers = (): Answers => ({ purpose: [], phase: [], participation: [], time: [], format: [], experience: [] });

/** A key or value of the URL that the finder does not know, kept so that the page can say it ignored it. */
export interface Ignored {
  key: string;
  value: string;
}

const isChoice = <Q extends ChoiceQuestion>(question: Q, value: string): value is (typeof CHOICES)[Q][number] =>
  (CHOICES[question] as readonly string[]).includes(value);

/** The answers in a finder URL's query; anything it does not know is ignored and listed. */
export function readAnswers(params: URLSearchParams): { answers: Answers; ignored: Ignored[] } {
  const answers = emptyAnswers();
  const ignored: Ignored[] = [];
  for (const [key, raw] of params) {
    const value = raw.trim();
    if (key === 'people') {
      const people = /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN;
      if (people >= 1 && answers.people === undefined) answers.people = people;
      else ignored.push({ key, value });
    } else if (key in CHOICES) {
      const question = key as ChoiceQuestion;
      const list = answers[question] as string[];
      if (isChoice(question, value)) {
        if (!list.includes(value)) list.push(value);
      } else ignored.push({ key, value });
    } else ignored.push({ key, value });
  }
  return { answers, ignored };
}

/** The query of a set of answers, in a stable order: the same situation always has the same address. */
export function writeAnswers(answers: Answers): string {
  const params = new URLSearchParams();
  for (const question of QUESTIONS) {
    if (question === 'people') {
      if (answers.people !== undefined) params.set('people', String(answers.people));
      continue;
    }
    for (const value of CHOICES[question].filter((v) => (answers[question] as readonly string[]).includes(v))) {
      params.append(question, value);
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The answers without one question: what the page offers when that answer is the one to relax. */
export function withoutAnswer(answers: Answers, question: Question): Answers {
  if (question === 'people') return { ...answers, people: undefined };
  return { ...answers, [question]: [] };
}

export function answeredQuestions(answers: Answers): Question[] {
  return QUESTIONS.filter((q) => (q === 'people' ? answers.people !== undefined : answers[q].length > 0));
}

/** Elapsed hours per unit, to compare a method's duration with the time a group has. */
const HOURS: Record<DurationUnit, number> = { minutes: 1 / 60, hours: 1, days: 24, weeks: 24 * 7, months: 24 * 365 / 12 };
/** The longest method each time span holds: a session of up to 4 hours, a day, up to 12 weeks, any. */
const SPAN_HOURS: Record<TimeSpan, number> = { session: 4, day: 24, weeks: 12 * 24 * 7, months: Number.POSITIVE_INFINITY };

const hours = (value: number, unit: DurationUnit) => value * HOURS[unit];

/** Whether one of the chosen values is among the method's: a key that repeats means either. */
const overlaps = <T>(chosen: readonly T[], own: readonly T[]) => chosen.some((value) => own.includes(value));

/** Whether a method's answer to one question fits what was answered. */
function meets(method: FinderMethod, answers: Answers, question: Question): boolean {
  switch (question) {
    case 'purpose':
      return overlaps(answers.purpose, method.purposes);
    case 'phase':
      return overlaps(answers.phase, method.phases);
    case 'format':
      return overlaps(answers.format, method.format);
    case 'participation':
      return answers.participation.includes(method.participation);
    case 'people':
      return answers.people !== undefined && answers.people >= method.groupSize.min && answers.people <= method.groupSize.max;
    case 'time': {
      const longest = Math.max(...answers.time.map((span) => SPAN_HOURS[span]));
      return hours(method.duration.min, method.duration.unit) <= longest;
    }
    case 'experience': {
      const team = Math.max(...answers.experience.map((level) => FACILITATION_LEVELS.indexOf(level)));
      return FACILITATION_LEVELS.indexOf(method.facilitation) <= team;
    }
  }
}

export interface Verdict {
  method: FinderMethod;
  met: Question[];
  missed: Question[];
  /** Higher is better among methods that meet as many answers */
  score: number;
}

/**
 * How well a method fits beyond meeting the answers: its main purpose is the one sought, it can be done
 * in the shortest time chosen, the group is well inside its range, and it asks less of the team.
 */
function closeness(method: FinderMethod, answers: Answers): number {
  let score = 0;
  const [main] = method.purposes;
  if (main && answers.purpose.includes(main)) score += 3;
  score += method.purposes.filter((p) => answers.purpose.includes(p)).length;
  if (answers.time.length > 0) {
    const longest = Math.max(...answers.time.map((span) => SPAN_HOURS[span]));
    if (hours(method.duration.max, method.duration.unit) <= longest) score += 1;
  }
  if (answers.people !== undefined) {
    const { min, max } = method.groupSize;
    if (answers.people >= min && answers.people <= max) score += 1 - Math.abs(answers.people - (min + max) / 2) / (max - min + 1);
  }
  if (answers.experience.length > 0) {
    const team = Math.max(...answers.experience.map((level) => FACILITATION_LEVELS.indexOf(level)));
    score += (team - FACILITATION_LEVELS.indexOf(method.facilitation)) * 0.25;
  }
  return score;
}

export function judge(method: FinderMethod, answers: Answers): Verdict {
  const asked = answeredQuestions(answers);
  const met = asked.filter((q) => meets(method, answers, q));
  const missed = asked.filter((q) => !met.includes(q));
  return { method, met, missed, score: closeness(method, answers) };
}

export interface FinderResult {
  /** Methods that meet every answer, best first */
  fitting: Verdict[];
  /** When none fits: the methods that miss fewest answers, each with what it misses */
  nearest: Verdict[];
  /** When none fits: the answer whose removal would let most methods fit */
  relax?: Question;
}

/** How many nearest methods the page shows when nothing fits. */
export const NEAREST_SHOWN = 5;

/** The methods that fit, best first (ties by `tieBreak`, e.g. the titles in the page's language). */
export function findMethods(
  methods: readonly FinderMethod[],
  answers: Answers,
  tieBreak: (a: FinderMethod, b: FinderMethod) => number = (a, b) => a.id.localeCompare(b.id),
): FinderResult {
  const verdicts = methods.map((method) => judge(method, answers));
  const order = (a: Verdict, b: Verdict) => a.missed.length - b.missed.length || b.score - a.score || tieBreak(a.method, b.method);
  const fitting = verdicts.filter((v) => v.missed.length === 0).sort(order);
  if (fitting.length > 0 || verdicts.length === 0) return { fitting, nearest: [] };
  const nearest = [...verdicts].sort(order).slice(0, NEAREST_SHOWN);
  const asked = answeredQuestions(answers);
  const freed = (question: Question) => verdicts.filter((v) => v.missed.length === 1 && v.missed[0] === question).length;
  const relax = [...asked].sort((a, b) => freed(b) - freed(a) || asked.indexOf(a) - asked.indexOf(b))[0];
  return { fitting, nearest, relax };
}

/** Where a method sits in the guides' phases: the method before it and the one after, per guide. */
export interface Neighbours {
  guide: string;
  before?: string;
  after?: string;
}

/** A guide's methods in the order of its phases, each method once, where it first appears. */
export function guideSequence(guide: Record<Phase, readonly string[]>): string[] {
  return [...new Set(PHASES.flatMap((phase) => guide[phase]))];
}

export function neighboursIn(sequences: ReadonlyMap<string, readonly string[]>, methodId: string): Neighbours[] {
  const found: Neighbours[] = [];
  for (const [guide, sequence] of sequences) {
    const at = sequence.indexOf(methodId);
    if (at === -1) continue;
    found.push({ guide, before: sequence[at - 1], after: sequence[at + 1] });
  }
  return found;
}
